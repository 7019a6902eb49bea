"""A district unit named by its place alone: "chiem hoa con gi chua xong", "lâm bình có hạn gì".

The register reads "UBND huyện Chiêm Hóa", "huyện Chiêm Hóa", "ubnd chiem hoa" as the unit, but
not the place alone: a place is a place, and its words folded may be ordinary words. So the place
alone is read as the unit only as a guess ("Có phải bạn hỏi UBND huyện Chiêm Hóa?"), where it is
typed as the unit's name prints it (without marks, or with the name's own), and never the place
that is also the province's name ("Tuyên Quang": the province, not its city).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from knowledge.catalogue.units import DIVISIONS
from knowledge.language.text import Token, accent_key, tokenize

_DIVISIONS = tuple(d.lower() for d in DIVISIONS)


@dataclass(frozen=True)
class Place:
    unit: str  # "UBND huyện Chiêm Hóa"
    start: int  # the place's token span in the question
    end: int


def place_of(unit: str) -> list[Token]:
    """The place a district unit's name holds: "Chiêm Hóa" of "UBND huyện Chiêm Hóa"."""
    return list(_place(unit))


# Read once a unit's name (and the province's): every question looks for each district's place,
# and tokenizing the names again was most of that look.
@functools.lru_cache(maxsize=1024)
def _place(unit: str) -> tuple[Token, ...]:
    rest = unit.split(" ", 1)[1] if unit.startswith("UBND ") else unit
    for division in _DIVISIONS:
        if rest.lower().startswith(division + " "):
            return tuple(tokenize(rest[len(division) + 1 :]))
    return ()


@functools.lru_cache(maxsize=64)
def _folds(name: str) -> tuple[str, ...]:
    return tuple(t.fold for t in tokenize(name))


def _as_typed(typed: Sequence[Token], printed: Sequence[Token]) -> bool:
    return all(
        t.fold == p.fold and (not t.has_marks or accent_key(t.raw) == accent_key(p.raw))
        for t, p in zip(typed, printed, strict=True)
    )


def place_named(tokens: Sequence[Token], units: Sequence[str], province: str) -> Place | None:
    """The one district unit whose place the question types alone, or None."""
    home = _folds(province)
    found = []
    for unit in units:
        place = _place(unit)
        size = len(place)
        if not place or tuple([p.fold for p in place]) == home:
            continue
        first = place[0].fold  # a start only where the place's first word is typed
        for i in range(len(tokens) - size + 1):
            if tokens[i].fold == first and _as_typed(tokens[i : i + size], place):
                found.append(Place(unit, i, i + size))
                break
    return found[0] if len(found) == 1 else None


def with_unit(question: str, tokens: Sequence[Token], place: Place) -> str:
    """The question with the place typed as its unit's name."""
    raws = [re.escape(t.raw) for t in tokens[place.start : place.end]]
    pattern = re.compile(r"(?<!\w)" + r"\W+".join(raws) + r"(?!\w)", re.IGNORECASE)
    return pattern.sub(lambda _: place.unit, question, count=1)
