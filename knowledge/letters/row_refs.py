"""A cell of a table of tasks that names its units by another row: "Cơ quan phối hợp: Các cơ
quan tại nhiệm vụ 1", "Các đơn vị thực hiện dòng 2". In a table of tasks, "nhiệm vụ n" (or
"dòng n", "STT n") is the row numbered n; its units are those its own "thực hiện" cell names.
"""

from __future__ import annotations

import re

from knowledge.letters import details
from knowledge.letters.register import Register
from knowledge.letters.sections import Section
from knowledge.letters.text import Line

# "các cơ quan tại nhiệm vụ 1", "các đơn vị thực hiện nhiệm vụ số 2", "cơ quan ở dòng 3".
_ROW_REF = re.compile(
    r"\b(?:co quan|don vi)(?:\s*,\s*(?:co quan|don vi|dia phuong))*\s+"
    r"(?:(?:duoc giao|thuc hien|chu tri)\s+)?(?:(?:neu\s+)?(?:tai|o|cua)\s+)?"
    r"(?:nhiem vu|dong|stt)\s+(?:so\s+)?(?P<n>\d{1,2})\b"
)


def row_units(cell: Line, section: Section, register: Register) -> tuple[str, ...]:
    """The units of the row `cell` points at, when `section` is a row of a table of tasks and
    the cell names another row of it; none otherwise."""
    if section.kind != "row" or section.parent is None:
        return ()
    m = _ROW_REF.search(cell.plain)
    if m is None or m.group("n") == section.number:
        return ()
    for row in section.parent.children:
        if row.kind == "row" and row.number == m.group("n"):
            units = details.record(row.all_lines).get("units")
            if units is None:
                return ()
            return tuple(n for x in register.mentions(units.text) for n in x.names)
    return ()
