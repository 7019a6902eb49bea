"""The reading of a question no row explains and no list, period or task answers: rows offered
where the words point at them, "not in the catalogue" where they are a service's own words no
title holds, and the examples where they are about nothing the bot knows. Apart from the
weighing (interpret.py), which reads it last.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from knowledge.catalogue.agencies import AgencyMention
from knowledge.language.text import Token
from knowledge.reader.explaining import nearest, worth_suggesting
from knowledge.reader.outside_services import Outside
from knowledge.reader.parse import Parsed
from knowledge.reader.question_words import Hit, Word
from knowledge.reader.reading import Reading
from knowledge.reader.row_reading import SUGGESTIONS, RowReading
from knowledge.reader.side_clauses import typed
from knowledge.reader.substitution import substituted
from knowledge.reader.weighing import TIE_RATIO

BARE_NAME = 3  # words of a question that is a service's name alone ("luật sư")


class Unexplained(RowReading):
    outside: Outside | None
    acts: dict[str, set[str]]

    def unexplained(
        self,
        parsed: Parsed,
        asker: str | None,
        subject: AgencyMention | None,
        hits: Sequence[Hit],
        words: Sequence[Word],
        tokens: Sequence[Token],
        tell: set[str],
        stray: list[Word],
        left: Sequence[Word],
        loose: Sequence[Word],
        prior: np.ndarray | None = None,
    ) -> Reading:
        """tell, stray, left, loose: the evidence the weighing read (evidence.py, explaining.py);
        prior: the rows' weights for the province."""
        periods = bool(parsed.periods)
        if any(s.kind in ("form", "table") for s in parsed.others):
            return Reading("forms", sure=False)  # a form no task of the province asks for
        if (left or loose) and tell:
            # of rows the words tie, one the question names by its everyday name too ("thế
            # chấp" for the security interest, beside "sổ đỏ" of the land row)
            near = [
                h
                for h in hits[:SUGGESTIONS]
                if h is hits[0]
                or (
                    h.score >= TIE_RATIO * hits[0].score
                    and self.explain.everyday_name(h.key, words)
                )
            ]
            first = self.explain.offered(near, words, tokens, tell, stray)
            if first is hits[0] and self.replaced(parsed, hits, words, left):
                # "giấy phép khai thác khoáng sản (cát sỏi lòng sông) …": a rare word of the
                # row offered replaced, though the story around it leaves it little of the
                # question: another service (a row named by its everyday name is offered)
                return self.not_there(parsed, asker, hits)
            if first:
                # little of the question, but wording only this row prints: offer it
                offer = (first, *(h for h in hits[:SUGGESTIONS] if h is not first))
                return Reading("suggest", agency=asker, hits=offer, sure=False)
            whole = self.explain.whole_rows(hits, words)
            if whole:
                # every word of a row's title is in the question, if not as the title puts
                # them ("cư trú tạm thời" holds "tạm trú"): offered, never "not there" as sure
                return Reading("suggest", agency=asker, hits=whole, sure=False)
            # A service, by its words, that no row of the catalogues holds.
            beside = nearest(hits) or self.sector_near(tokens, prior)
            return Reading("absent", agency=asker, hits=beside, asked=self.asked(parsed))
        # beside "not there", the rows of the sector whose services the words name (sector_rows.py)
        sector = self.sector_near
        if subject:
            # a service beside an agency, in words no title holds
            return Reading(
                "absent", agency=asker, hits=sector(tokens, prior), asked=self.asked(parsed)
            )
        if hits and not (left or loose) and worth_suggesting(words, tell, periods):
            return Reading("suggest", agency=asker, hits=tuple(hits[:SUGGESTIONS]), sure=False)
        bare = len(parsed.tokens) <= BARE_NAME and len(parsed.residue) == len(parsed.tokens)
        if bare and self.outside and self.outside.names_a_service(words):
            # "karaoke", "luật sư" alone: no title's word, but a word of a service other
            # documents name (a longer question about "bóng" or "đẹp" is about something else)
            return Reading(
                "absent", agency=asker, hits=sector(tokens, prior), asked=self.asked(parsed)
            )
        if (
            not tell
            and self.outside
            and self.outside.named_after_act(self.matcher, self.acts, tokens)
        ):
            # "cấp bản sao trích lục hộ tịch": an act on a thing other documents' services
            # name, in words no title prints: a service the catalogues do not hold
            return Reading(
                "absent", agency=asker, hits=sector(tokens, prior), asked=self.asked(parsed)
            )
        return Reading("unknown", sure=False)

    def sector_near(self, tokens: Sequence[Token], prior: np.ndarray | None) -> tuple[Hit, ...]:
        """The rows of the sector whose services the question's own words name, shown beside
        "not in the catalogue" where no row is near by its words (sector_rows.py)."""
        return self.sectors.hints(tokens, prior) if self.sectors else ()

    def replaced(
        self, parsed: Parsed, hits: Sequence[Hit], words: Sequence[Word], left: Sequence[Word]
    ) -> bool:
        """Whether the question puts a word of its own where the best row prints a rare one
        ("khoáng sản" for "thủy sản": substitution.py)."""
        key = hits[0].key
        return substituted(self.matcher, key, words, left, *typed(parsed)) == "another"
