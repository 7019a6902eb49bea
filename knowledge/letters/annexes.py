"""A table of tasks annexed after the signature, read where the body points at it.

A letter may set its tasks only in an annex ("PHỤ LỤC: DANH MỤC NHIỆM VỤ", a table of duties,
units and dates after the signature) and say in its body "thực hiện các nhiệm vụ tại Phụ lục kèm
theo". Its rows (already read as items by knowledge/letters/grid.py) then stand in the body
right after the line that names the annex, as a table printed there would: the item that points
at them holds them, and what the body says to the rows' units (who receives their reports) holds
for them. A table of figures or a blank form has no duty and date columns, so it never moves.
"""

from __future__ import annotations

import re

from knowledge.letters import details
from knowledge.letters.text import Line, plain

# The words that name an annex, in its heading and where the body points at it.
_ANNEX = re.compile(r"\b(phu luc|danh muc|bang)\b")


def with_annexed_tasks(
    lines: list[Line], start: int, end: int
) -> tuple[list[Line], frozenset[str]]:
    """The body (`lines[start:end]`) with the table of tasks after `end`, if any, moved in; and
    the names of the annex moved (plain: "phu luc"), which are no form its tasks are made on."""
    body = lines[start:end]
    if any(ln.table for ln in body):
        return body, frozenset()
    first = next((i for i in range(end, len(lines)) if lines[i].table), None)
    if first is None:
        return body, frozenset()
    last = first
    while last < len(lines) and (lines[last].table or not lines[last].text.strip()):
        last += 1
    rows = [ln for ln in lines[first:last] if ln.table]
    above = lines[max(end, first - 4) : first]
    names = {m.group(1) for ln in above for m in _ANNEX.finditer(ln.plain)}
    at = next(
        (i for i, ln in enumerate(body) if any(n in ln.plain for n in names)),
        None,
    )
    if at is None:
        return body, frozenset()
    printed = details.forms([Line(ln.no, "theo " + ln.text.strip(" .:")) for ln in above])
    return [*body[: at + 1], *rows, *body[at + 1 :]], frozenset(plain(f) for f in printed)
