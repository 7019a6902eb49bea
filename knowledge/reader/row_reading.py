"""The reading of a question whose words a row explains: the row said as sure, or offered with
the rows close to it, or the asker's own row first.

Said as sure only when nothing in the question says it may be another service: rows close behind
it, another row's wording, a word of its own put where the row prints a rare one (evidence.py
`substituted`), a kind of paper the row does not print (wording.py), an act of the question's own
(explaining.py `other_act`), the row's own qualifier left out or a compound of the question's own
inside its wording (row_things.py).

An act another title opens with, typed right before the row's wording that the row never prints
("gia hạn | giấy phép xây dựng …" against "Cấp giấy phép xây dựng …", acts.py) is no reading of
the row at all: the catalogue names its acts, and one it names elsewhere but not here is another
service on the row's thing. Not in the catalogue, the row shown beside as not the same; and so
is a row whose own wording the question says it does not mean (denials.py).

Apart from the weighing (interpret.py), which reads it when a service explains the question.
"""

from __future__ import annotations

from collections.abc import Sequence

from knowledge.catalogue.agencies import AgencyMention
from knowledge.catalogue.model import Province
from knowledge.reader.acts import Acts, act_before, listed_act_before
from knowledge.reader.acts_asked import ActsPrinted
from knowledge.reader.beside_wording import (
    act_of_its_own,
    agency_in_wording,
    object_of_its_own,
)
from knowledge.reader.denials import ruled_out
from knowledge.reader.explaining import CLOSE_RATIO, MIN_COVERAGE, Explaining, nearest
from knowledge.reader.matching import Matcher
from knowledge.reader.parse import Parsed
from knowledge.reader.question_words import Hit, Word
from knowledge.reader.reading import Reading
from knowledge.reader.residue import Residue
from knowledge.reader.roles import own_sector
from knowledge.reader.row_things import lone_thing, own_qualifier, qualifier_skipped
from knowledge.reader.row_wording import shorthand_only, stray_compound, telling_strays
from knowledge.reader.sector_rows import SectorRows
from knowledge.reader.substitution import Substitution
from knowledge.reader.unmarked_names import unmarked_outside
from knowledge.reader.weighing import TIE_RATIO, beside_agency, in_plan
from knowledge.reader.wording import Wording

SUGGESTIONS = 3


class RowReading(Residue):
    explain: Explaining
    wording: Wording
    acts: Acts
    opening: set[tuple[str, str]]
    listed: set[tuple[str, str]]
    clause_acts: dict[str, set[str]]
    # the word pairs (folded) each row's whole text prints, its roles and dates included
    # ("hộ gia đình, cá nhân" of 406-39's rollout): filled by the Assistant (ask.py)
    told: dict[str, frozenset[tuple[str, str]]]
    shared: frozenset[tuple[str, str]]  # the pairs several rows' texts print (role_pairs.py)
    lone: dict[tuple[str, str], str]  # the pairs one row prints outside its title, and the row

    def __init__(self, matcher: Matcher):
        super().__init__(matcher)
        self.told = {}
        self.shared = frozenset()
        self.lone = {}
        self.sectors: SectorRows | None = None  # filled by the Assistant (ask.py)
        # the acts each row's title prints ("Cấp, gia hạn …"), for an act asked it does not
        self.acts_done = ActsPrinted(matcher)

    def not_there(
        self,
        parsed: Parsed,
        asker: str | None,
        hits: Sequence[Hit],
        named: Sequence[int] | None = None,
    ) -> Reading:
        """A service no row holds: the nearest rows beside it, what was asked quoted back
        (named: words that name it though no title prints them, `Residue.asked`)."""
        return Reading("absent", agency=asker, hits=nearest(hits), asked=self.asked(parsed, named))

    def act_undone(self, reading: Reading, parsed: Parsed) -> Reading | None:
        """An offer whose first row does not do an act the question asks (acts_asked.py): a
        service in neither decision, the rows shown beside as not the same."""
        if reading.intent != "suggest" or not reading.hits:
            return None
        if not self.acts_done.undone(reading.hits[0].key, parsed.tokens):
            return None
        return Reading(
            "absent", agency=reading.agency, hits=nearest(reading.hits), asked=self.asked(parsed)
        )

    @staticmethod
    def own_beside(
        province: Province,
        asker: str | None,
        subject: AgencyMention | None,
        kept: Sequence[Hit],
    ) -> Hit | None:
        """Of the rows kept beside the best, the one the asker's agency has a part in, when the
        best is a row outside the province's plan (a 2020 row in a 2021 province) and the
        question names no other agency."""
        if asker is None or (subject is not None and subject.name != asker):
            return None
        own = {a.key for a in province.rows_of(asker)}
        if not own or kept[0].key in own or in_plan(kept[0], province):
            return None
        return next((h for h in kept[1:] if h.key in own), None)

    def row_reading(
        self,
        parsed: Parsed,
        province: Province,
        asker: str | None,
        subject: AgencyMention | None,
        beside: AgencyMention | None,
        hits: Sequence[Hit],
        words: Sequence[Word],
        left: Sequence[Word],
        other: bool,
        swapped: Substitution,
    ) -> Reading:
        """The reading when the best row explains the question (interpret.py `read`): other:
        another row's wording is a good share of the question; swapped: what `substituted`
        found."""
        best = hits[0]
        kept = (
            best,
            *(
                h
                for h in hits[1:]
                if h.score >= CLOSE_RATIO * best.score and h.coverage >= MIN_COVERAGE
            ),
        )
        close = len(kept) > 1 and (
            kept[1].score >= TIE_RATIO * best.score
            or self.explain.lone_margin(best.key, kept[1].key, words)
            # rows that explain the same share of the question, beside a word none of
            # them explains ("<a verb of its own> thuế cá nhân", "cấp giấy phép | karaoke"):
            # that word tells which, or that it is none of them
            or (
                kept[1].coverage >= best.coverage
                and (
                    bool(telling_strays(left, words)) or lone_thing(self.matcher, best.key, words)
                )
            )
        )
        sector = own_sector(province, asker, best.key, parsed)
        if sector:
            hit = next((h for h in hits if h.key == sector), Hit(sector, best.score, 1.0))
            return Reading("service", agency=asker, hits=(hit,))
        if (
            act_before(self.matcher, self.acts, best.key, words, self.opening)
            or listed_act_before(self.listed, self.matcher, best.key, words)
            or ruled_out(self.matcher, best.key, parsed)
            or self.acts_done.undone(best.key, parsed.tokens)
            # an agency named where the row prints the one that issues its paper ("đổi bằng
            # lái do ngành | công an | cấp"): another sector's paper
            or agency_in_wording(
                self.matcher, best.key, parsed.tokens, [m for m in parsed.agencies if m.strong]
            )
        ):
            # another act on the row's thing ("gia hạn", "cấp lại | giấy chứng nhận …" of a
            # row that prints "Cấp" alone); or the row's own wording said not to be meant
            # ("… trong nước (không phải quốc tế)")
            return Reading("absent", agency=asker, hits=nearest(hits), asked=self.asked(parsed))
        own_row = self.own_beside(province, asker, subject, kept)
        if own_row is not None:
            # an officer asking of a service their agency leads or coordinates in another
            # row (a 2021 row beside a 2020 one of the same name): their own row first,
            # both offered
            rest = tuple(h for h in kept if h is not own_row)
            return Reading("service", agency=asker, hits=(own_row, *rest), sure=False)
        # wording of another row in the question: answer, but offer the choice
        return Reading(
            "service",
            agency=asker
            or (
                subject.name if subject else beside_agency(self.matcher, parsed, beside, best.key)
            ),
            hits=kept if not other else tuple(hits[:SUGGESTIONS]),
            # "thẻ | tạm trú": a kind of paper the row does not print, offered
            sure=not (
                close
                or other
                or swapped
                or self.wording.kind_unprinted(self.matcher, best.key, words)
                or self.explain.other_act(best.key, words, left)
                or act_before(self.matcher, self.acts, best.key, words)
                or qualifier_skipped(self.matcher, best.key, words)
                or own_qualifier(self.matcher, best.key, words, left)
                # an act of the question's own before the row's wording (beside_wording.py)
                or act_of_its_own(self.matcher, self.clause_acts, self.listed, best.key, words)
                or object_of_its_own(self.matcher, best.key, words)
                # a compound of the question's own, in words no title knows, beside the row's
                # wording: "giải chấp | sổ đỏ" may be another service on the row's thing
                or stray_compound(left)
                # "bhyt | học sinh": one shorthand the only wording shared, beside more
                or shorthand_only(self.matcher, best.key, words)
                # "hành nghề duoc": "được" to the catalogue, "dược" to another document
                or unmarked_outside(
                    self.explain.outside, self.matcher, best.key, self.tokens(parsed)
                )
            ),
        )
