"""Agency names that the province's own letters print mostly as ordinary words.

An officer shortens "Sở Kế hoạch và Đầu tư" to "kế hoạch" and "Sở Xây dựng" to "xây dựng", but
the letters print "kế hoạch" alone as the plan ("Kế hoạch số 93/KH-UBND") and "xây dựng" as the
work ("tái cấu trúc quy trình, xây dựng, tích hợp"). Such a short form, typed with no word
that says an agency follows ("bên", "ngành", "phía"), is a guess: the agency is offered, not
answered as sure. Counted in the letters' text, not listed: the form where it stands alone
(not followed by the rest of the agency's name), after an agency word ("Sở", "Bộ", "ngành",
"bên") against elsewhere.
"""

from __future__ import annotations

from collections.abc import Sequence

from knowledge.catalogue.agencies import AgencyMention
from knowledge.language.text import Token, tokenize

AGENCY_WORDS = frozenset({"so", "bo", "nganh", "ben", "phia"})  # before a name: an agency's
CUES = frozenset({"ben", "nganh", "phia"})  # typed before a short form: the agency meant
MIN_ORDINARY = 2  # uses alone in the letters that make a form their ordinary wording
CONNECTORS = frozenset({"va"})


class OrdinaryNames:
    """The letters' words, folded, and the verdict for each short form asked about."""

    def __init__(self, texts: Sequence[str]):
        self.docs = [[t.fold for t in tokenize(text)] for text in texts]
        self._seen: dict[tuple[tuple[str, ...], tuple[str, ...]], bool] = {}

    def ordinary(self, form: Sequence[str], name: str) -> bool:
        """Whether the letters print `form` (folded words) alone as an ordinary word more often
        than as the agency `name` (MIN_ORDINARY at least)."""
        words = [t.fold for t in tokenize(name)]
        sector = [w for w in words[1:] if w not in CONNECTORS]
        typed = [w for w in form if w not in CONNECTORS]
        rest = words[1:]
        if sector[: len(typed)] == typed:
            # the words after the form in the printed name: "và Đầu tư" after "kế hoạch"
            kept = 0
            for n, w in enumerate(words[1:]):
                kept += w not in CONNECTORS
                if kept == len(typed):
                    rest = words[n + 2 :]
                    break
        key = (tuple(form), tuple(rest))
        if key not in self._seen:
            self._seen[key] = self._count(list(form), rest)
        return self._seen[key]

    def _count(self, form: list[str], rest: list[str]) -> bool:
        named = ordinary = 0
        size = len(form)
        for doc in self.docs:
            for i in range(len(doc) - size + 1):
                if doc[i : i + size] != form:
                    continue
                if rest and doc[i + size : i + size + len(rest)] == rest:
                    continue  # the name printed whole
                if i and doc[i - 1] in AGENCY_WORDS:
                    named += 1
                else:
                    ordinary += 1
        return ordinary >= MIN_ORDINARY and ordinary > named


def guessed(tokens: Sequence[Token], mention: AgencyMention, names: OrdinaryNames) -> bool:
    """Whether a weak mention, typed with no agency word before it, is a form the letters print
    mostly as an ordinary word: the agency is then a guess."""
    if mention.strong:
        return False
    if mention.start and tokens[mention.start - 1].fold in CUES | {"so"}:
        return False
    form = [t.fold for t in tokens[mention.start : mention.end]]
    return names.ordinary(form, mention.name)
