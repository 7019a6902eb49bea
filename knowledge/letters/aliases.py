"""Names a letter gives the units it lists: "Các sở, ban, ngành, UBND các huyện, thành phố (sau
đây gọi là các đơn vị) căn cứ …". From there on the letter says the short name where it means
those units ("2. … các đơn vị báo cáo …"), so the short name reads as them wherever it is
printed, as a role the letter gives one unit does (knowledge/letters/roles.py).
"""

from __future__ import annotations

import re

from knowledge.letters.register import PROVINCE_COMMITTEE, Register
from knowledge.letters.text import Line

# "(sau đây gọi là …)", "(sau đây gọi tắt là …)", "(gọi chung là …)": the bracket that names
# the units printed right before it; on the folded text.
_NAMING = re.compile(
    r"\(\s*(?:sau day\s+)?(?:duoc\s+)?goi\s+(?:tat\s+|chung\s+)?la\s+"
    r"(?P<alias>[^()\d;:]{3,60}?)\s*\)"
)
# what may part two of the units listed before the bracket
_BETWEEN = re.compile(r"^[\s,;]*(?:va\s+)?[\s,;]*$")


def learn(lines: list[Line], register: Register) -> dict[str, tuple[str, ...]]:
    """The short names the letter gives the units it lists: the name as printed → the units."""
    aliases: dict[str, tuple[str, ...]] = {}
    for line in lines:
        low = line.plain
        for naming in _NAMING.finditer(low):
            named = _listed_before(line, naming.start(), register)
            if named:
                alias = line.text[naming.start("alias") : naming.end("alias")].strip()
                aliases[alias] = named
    return aliases


def _listed_before(line: Line, at: int, register: Register) -> tuple[str, ...]:
    """The units named one after another that end right before `at` (only commas, semicolons
    or "và" between them); none when a word of another kind stands between."""
    low = line.plain
    names: list[str] = []
    end = at
    for m in reversed([m for m in register.mentions(line.text) if m.end <= at]):
        if not _BETWEEN.match(low[m.end : end]):
            break
        if PROVINCE_COMMITTEE in m.names:
            break  # the committee gives work, it is never one of "the units"
        names = [*m.names, *names]
        end = m.start
    return register.sort(names)
