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

from knowledge.letters import form_names
from knowledge.letters.grid import ROW
from knowledge.letters.markers import numbered_item
from knowledge.letters.text import Line, plain

# The words that name an annex, in its heading and where the body points at it. A "biểu" is
# one when named, not numbered: "Biểu chi tiết nhiệm vụ" / "(Có biểu chi tiết kèm theo)" is a
# plan's table of tasks, "Biểu số 02" a form the units fill in.
_ANNEX = re.compile(r"\b(phu luc|danh muc|bang|bieu(?!\s+(?:so|mau|\d|[ivx]+)\b))\b")


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
    pointing = [
        i
        for i, ln in enumerate(body)
        if any(m.group(1) in names for m in _ANNEX.finditer(ln.plain))
    ]
    if not pointing:
        return body, frozenset()
    # the opening may name the annex as the basis ("… theo lịch tại Phụ lục kèm theo"): the
    # rows are the duty of the numbered item that points at them, when one does
    at = next((i for i in pointing if numbered_item(body[i].text)), pointing[0])
    rows = _with_duty(rows, body[at])
    printed = form_names.forms([Line(ln.no, "theo " + ln.text.strip(" .:")) for ln in above])
    return [*body[: at + 1], *rows, *body[at + 1 :]], frozenset(plain(f) for f in printed)


# A row of a table of dates per unit that the annex printed without its duty ("Dòng 1.").
_BARE_ROW = re.compile(rf"^{ROW} \d{{1,3}}\.$")


def _with_duty(rows: list[Line], item: Line) -> list[Line]:
    """Rows of a date per unit printed without their duty take the duty of the item that points
    at them ("1. Các huyện có tên tại Phụ lục … lập báo cáo …, theo thời hạn tại Phụ lục")."""
    number = numbered_item(item.text)
    duty = item.text[number.end() if number else 0 :].strip()
    return [
        Line(ln.no, f"{ln.text} {duty}", ln.gap, table=True) if _BARE_ROW.match(ln.text) else ln
        for ln in rows
    ]
