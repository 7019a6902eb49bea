"""The rows of the sector a service outside the catalogues belongs to, as hints beside "not in
the catalogue". Other documents list services by department or sector (Bắc Giang's portal:
"Lĩnh vực Tư pháp — Ghi vào Sổ hộ tịch …"); a question whose own wording no title prints but
one sector's names do ("trích lục hộ tịch") asks a service of that sector, and the rows whose
lead ministry is that sector's ("Bộ Tư pháp chủ trì": the civil status rows) are the nearest
the catalogues hold. Built once per catalogue; an ask reads a few dictionaries.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import numpy as np

from knowledge.catalogue.model import Catalogue
from knowledge.language.text import Token, tokenize
from knowledge.reader.matching import Matcher
from knowledge.reader.question_words import Hit
from knowledge.reader.wording import name_words

HINTS = 2  # rows shown beside "not in the catalogue"
_DEPARTMENT = (("so",), ("linh", "vuc"))  # "Sở Tư pháp", "Lĩnh vực Tư pháp": the sector after


def _sector(department: str) -> tuple[str, ...]:
    words = tuple(t.fold for t in tokenize(department))
    for head in _DEPARTMENT:
        if words[: len(head)] == head:
            return words[len(head) :]
    return ()


class SectorRows:
    """Which sector the names of other documents print a pair in, and the rows each sector's
    ministry leads."""

    def __init__(self, catalogue: Catalogue, matcher: Matcher):
        self.matcher = matcher
        by_pair: dict[tuple[str, str], set[tuple[str, ...]]] = {}
        for province in catalogue.provinces.values():
            for stat in province.stats:
                sector = _sector(stat.agency)
                if sector:
                    for pair in itertools.pairwise(name_words(stat.service)):
                        by_pair.setdefault(pair, set()).add(sector)
        self.rows: dict[tuple[str, ...], list[str]] = {}
        for row in catalogue.rows.values():
            lead = [t.fold for t in tokenize(row.ministry_role)]
            for sector in {s for found in by_pair.values() for s in found}:
                if lead[: len(sector) + 1] == ["bo", *sector]:
                    self.rows.setdefault(sector, []).append(row.key)
        # a pair no title prints, that the names of one sector only print
        self.pairs = {
            pair: next(iter(found))
            for pair, found in by_pair.items()
            if len(found) == 1 and pair not in matcher.pair_accents
        }
        self.masks = {sector: matcher.mask_of(keys) for sector, keys in self.rows.items()}

    def hints(self, tokens: Sequence[Token], prior: np.ndarray | None = None) -> tuple[Hit, ...]:
        """The rows nearest a question about a service no row holds, by the sector whose names
        print its own wording: the last such pair, as the last words of a Vietnamese name say
        whose thing it is ("bản sao | trích lục | hộ tịch" is the civil status's copy); none
        when no sector's names print any."""
        found = [
            self.pairs[(a.fold, b.fold)]
            for a, b in itertools.pairwise(tokens)
            if (a.fold, b.fold) in self.pairs and self.pairs[(a.fold, b.fold)] in self.rows
        ]
        if not found:
            return ()
        sector = found[-1]
        words = self.matcher.words(tokens)
        hits = self.matcher.rank(words, limit=HINTS, prior=prior, allowed=self.masks[sector])
        kept = [h.key for h in hits]
        rest = [Hit(k, 0.0, 0.0) for k in self.rows[sector] if k not in kept]
        return (*hits, *rest)[:HINTS]
