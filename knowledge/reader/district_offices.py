"""An office named inside a district unit: "phòng văn hóa huyện Lâm Bình", "phòng tư pháp
UBND huyện Yên Sơn".

A provincial department's sector ("văn hóa", "tư pháp") typed right before a district unit's
name, in the same clause, is that district's own office, which answers to the district's
committee: the district unit is the agency named, and asks (or is asked about) as one. Which
names are district units is the register's (agencies.tsv, and the units a province lists in
provinces.toml): no district is typed here.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from knowledge.catalogue.agencies import AgencyMention
from knowledge.language.text import words

# what ends a clause: "Sở Y tế, UBND huyện Lâm Bình" are two agencies, not one office
_BREAK = re.compile(r"[,;:.?!\n]")


def within_districts(
    text: str, count: int, mentions: Sequence[AgencyMention], units: Collection[str]
) -> list[AgencyMention]:
    """The mentions, each one of a non-district agency followed at once, in the same clause,
    by a district unit's taken into that unit's mention. count: the question's tokens, which
    the clauses' words must be (a word the parse repaired into two leaves the mentions)."""
    if len(mentions) < 2 or not any(m.name in units for m in mentions[1:]):
        return list(mentions)
    clause = _clause_numbers(text, count)
    found: list[AgencyMention] = []
    for m in mentions:
        last = found[-1] if found else None
        if (
            last is not None
            and m.name in units
            and last.name not in units
            and last.end == m.start
            and clause is not None
            and clause[last.start] == clause[m.end - 1]
        ):
            found[-1] = AgencyMention(m.name, last.start, m.end, m.strong)
        else:
            found.append(m)
    return found


def _clause_numbers(text: str, count: int) -> list[int] | None:
    numbers: list[int] = []
    for n, part in enumerate(_BREAK.split(text.lower())):
        numbers += [n] * len(words(part))
    return numbers if len(numbers) == count else None
