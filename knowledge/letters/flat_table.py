"""A table of tasks a scan flattened to text, a cell a line (or a few, where it wrapped), given
back a row a line with its cells apart by tabs, as a typed table is (knowledge/letters/grid.py
then reads each row as a task).

The head is its cells one under the other ("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối
hợp", "Thời hạn" / "hoàn thành"); each row opens with its number alone on a line, the next one
counting up. A row's cells are told apart by what the head's words say each holds: the duty
first; the time last, from the line where a date phrase opens that runs to the row's end; the
units between, from the first line the register reads a unit at the start of; a unit opening a
line after one that ended its list (no ",", ";" or "và" left hanging) opens the next column of
units (the lead's cell, then the supporters'). A table whose rows do not come apart this way is
left as printed.

Lines keep their numbers: a row stands on its number's line and the lines it took are TAKEN.
"""

from __future__ import annotations

import re

from knowledge.letters.dates import deadlines
from knowledge.letters.grid import head_columns
from knowledge.letters.register import Register
from knowledge.letters.text import PAGE_BREAK, TAKEN, Line, plain

_NUMBER_HEADS = ("tt", "stt", "so tt")
_ROW_NUMBER = re.compile(r"^(\d{1,2})[.)]?$")
# a cell's line read as a date with a column's label before it: "Quý III/2022" alone is the
# time of its row as "Thời hạn: Quý III/2022" is
_LABEL = "Thời hạn: "
# a line that leaves its list of units open: the next unit is the same cell's
_LIST_GOES_ON = re.compile(r"(?:[,;]|\bva|\bvoi)\s*$")
_UNIT_COLUMNS = ("units", "supporting")
_READ_COLUMNS = {"title", "timing", *_UNIT_COLUMNS}


def rowed(text: str, register: Register) -> str:
    """`text` with each flattened table of tasks given back a row a line (see the module)."""
    lines = text.split("\n")
    at = 0
    while at < len(lines):
        at = _table(lines, at, register) or at + 1
    return "\n".join(lines)


def _table(lines: list[str], at: int, register: Register) -> int | None:
    """Read the table whose head opens at `at`, rewriting its lines; where it ends, or None when
    no flattened table opens there."""
    if plain(lines[at].strip()).strip(" .") not in _NUMBER_HEADS:
        return None
    cells, k = [lines[at].strip()], at + 1
    while k < len(lines) and not _ROW_NUMBER.match(lines[k].strip()):
        piece = lines[k].strip()
        if not piece or len(cells) > 8:
            return None
        if piece[0].islower():
            cells[-1] = f"{cells[-1]} {piece}"  # a head's cell wrapped ("Thời hạn" / "hoàn thành")
        else:
            cells.append(piece)
        k += 1
    kinds = head_columns(Line(0, "\t".join(cells)))
    if kinds is None or kinds[0] != "number" or not set(kinds[1:]) <= _READ_COLUMNS:
        return None  # a column this reader cannot tell apart (forms, notes): as printed
    rows = _rows(lines, k)
    read = [_cells(pieces, kinds, register) for _, _, pieces in rows]
    if not rows or any(r is None for r in read):
        return None
    lines[at] = "\t".join(cells)
    for no in range(at + 1, rows[-1][1]):
        if lines[no].strip() and lines[no] != PAGE_BREAK:
            lines[no] = TAKEN
    for n, ((first, _, _), row) in enumerate(zip(rows, read, strict=True), start=1):
        lines[first] = "\t".join([str(n), *(row or ())])
    return rows[-1][1]


def _rows(lines: list[str], at: int) -> list[tuple[int, int, list[str]]]:
    """Each row from `at` on: the line of its number, the line after its last, and the text of
    its lines, up to the next number counting up or a blank line (the table's end)."""
    rows: list[tuple[int, int, list[str]]] = []
    k = at
    while k < len(lines):
        number = _ROW_NUMBER.match(lines[k].strip())
        if number is None or int(number.group(1)) != len(rows) + 1:
            break
        first, pieces = k, []
        k += 1
        while k < len(lines) and (lines[k].strip() or lines[k] in (PAGE_BREAK, TAKEN)):
            got = _ROW_NUMBER.match(lines[k].strip())
            if got and int(got.group(1)) == len(rows) + 2:
                break
            if lines[k] not in (PAGE_BREAK, TAKEN):
                pieces.append(lines[k].strip())
            k += 1
        rows.append((first, k, pieces))
    return rows


def _cells(pieces: list[str], kinds: list[str | None], register: Register) -> list[str] | None:
    """The row's cells in the head's order, or None when they do not come apart."""
    if len(pieces) < 2:
        return None
    timed = next((k for k in range(1, len(pieces)) if _timing(pieces[k:])), None)
    if timed is None:
        return None
    starts, joined = [], ""
    for piece in pieces[:timed]:
        starts.append(len(joined))
        joined = f"{joined}{piece} "
    opened = {m.start for m in register.mentions(joined)}
    heads = [i for i in range(1, timed) if starts[i] in opened]
    columns = [c for c in kinds if c in _UNIT_COLUMNS]
    groups: list[list[str]] = []
    for i in range(heads[0] if heads else timed, timed):
        hanging = bool(groups) and _LIST_GOES_ON.search(plain(pieces[i - 1])) is not None
        if i in heads and not hanging:
            groups.append([])
        groups[-1].append(pieces[i])
    if not groups or len(groups) > len(columns):
        return None
    title = " ".join(pieces[: heads[0] if heads else timed])
    units = dict(zip(columns, (" ".join(g) for g in groups), strict=False))
    by_kind = {"title": title, "timing": " ".join(pieces[timed:]), **units}
    return [by_kind.get(kind or "", "") for kind in kinds[1:]]


def _timing(pieces: list[str]) -> bool:
    """The pieces are one date phrase, from their first word to their last."""
    text = _LABEL + " ".join(pieces)
    return any(
        f.start <= len(_LABEL) and f.end >= len(text.rstrip(" .;")) for f in deadlines(text, None)
    )
