"""A date per unit: "- UBND A, UBND B: trước ngày 31/10/2022; - Các huyện còn lại: trước ngày
15/12/2022", "Sở Y tế, Công an tỉnh trước ngày 15/9/2023; UBND các huyện, thành phố trong vòng
05 ngày làm việc …".

One duty, several units, each with its own date: the clause of a date (cut at ";" or at the
start of its line or table cell) opens with the units it is for, nothing but their names before
the date (a colon or a dash aside). "Các huyện còn lại", "các đơn vị còn lại": the units of the
duty that no other clause of the line names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.letters.dates import Found
from knowledge.letters.register import Register
from knowledge.letters.text import Line, plain

_REST = re.compile(r"^(?:cac\s+|nhung\s+)?(?:\w+\s+){0,3}con lai$")
_LEAD = " -+•–:"


@dataclass(frozen=True)
class Schedule:
    names: tuple[str, ...] = ()  # the units the date's clause names
    others: frozenset[str] = frozenset()  # for "… còn lại": the units the other clauses name


def _clauses(line: Line) -> list[tuple[int, int]]:
    """The spans of a line's clauses from its cell on, apart at ";"."""
    spans, start = [], line.cell
    for m in re.finditer(";", line.text[line.cell :]):
        spans.append((start, line.cell + m.start()))
        start = line.cell + m.end()
    return [*spans, (start, len(line.text))]


def _who(line: Line, start: int, end: int, register: Register) -> tuple[str, ...] | None:
    """The units `line.text[start:end]` names and nothing else, or None."""
    text = line.text[start:end]
    lead = len(text) - len(text.lstrip(_LEAD))
    text = text[lead:].rstrip(_LEAD)
    if not text:
        return None
    names: list[str] = []
    pos = 0
    low = plain(text)
    for m in register.mentions(text):
        if low[pos : m.start].strip(" ,") not in ("", "va"):
            return None
        names += m.names
        pos = m.end
    return tuple(dict.fromkeys(names)) if names and not low[pos:].strip(" ,") else None


def scheduled(line: Line, found: Found, register: Register) -> Schedule | None:
    """Whom the date `found` is set for, when its clause is a unit's line of a schedule."""
    spans = _clauses(line)
    here = next(((s, e) for s, e in spans if s <= found.start < e), None)
    if here is None or len(spans) < 2:
        return None
    head = line.text[here[0] : found.start]
    if _REST.match(plain(head).strip(_LEAD + " ")):
        others: set[str] = set()
        for s, e in spans:
            if (s, e) != here:
                cut = _date_start(line.text[s:e])
                named = _who(line, s, s + cut, register) if cut else None
                others.update(named or ())
        return Schedule(others=frozenset(others)) if others else None
    names = _who(line, here[0], found.start, register)
    if not names:
        return None
    # the clauses before it that are names and nothing else list the same owners, with no
    # date of their own: "Các Sở, ban, ngành; UBND các huyện, thành phố định kỳ hằng quý …"
    before = [span for span in spans if span[1] <= here[0]]
    while before and (listed := _who(line, *before[-1], register)):
        names = (*listed, *names)
        before.pop()
    return Schedule(names=tuple(dict.fromkeys(names)))


# Where a clause's date begins: its first "trước", "chậm nhất", "trong", "hoàn thành", a digit.
_DATE_WORDS = re.compile(r"\b(?:truoc|cham nhat|trong|hoan thanh|han|ngay)\b|\d")


def _date_start(clause: str) -> int:
    m = _DATE_WORDS.search(plain(clause))
    return m.start() if m else 0
