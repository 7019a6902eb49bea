"""A table of tasks in a letter's body, read as the letter would say it in prose.

Letters often set their tasks as a table: a head row naming the columns ("TT | Nội dung | Đơn vị
thực hiện | Thời gian"), then a row per task. The readers of a file give each row as one line, its
cells apart by " | " or a tab (knowledge/formats/letter_file.py). Each row becomes an item of
the letter, inside the item that holds the table: its number and its duty ("Dòng 1. Cử cán bộ
…"), then a labelled line per other column ("Đơn vị thực hiện: …", "Thời gian: …"), so a row's
units and date are read as those of one task (knowledge/letters/details.py's labels), never as
the whole letter's.
"""

from __future__ import annotations

import re

from knowledge.letters.details import head_kind
from knowledge.letters.text import Line, plain

# a pipe standing alone ("a | | b": an empty cell between, its spaces folded), or tabs
_CELL_GAP = re.compile(r"\s*(?<!\S)\|(?!\S)\s*|\t+")
_NUMBER_HEAD = ("tt", "stt", "so tt")
# How a row is numbered when read as an item: "Dòng 2. …", an item of its own kind, inside the
# letter's item that holds the table (knowledge/letters/sections.py).
ROW = "Dòng"
_DITTO = re.compile(r"^\s*(?:nt|n\.t|nhu tren)\s*\.?\s*$")
_ROW_NUMBER = re.compile(r"^\d{1,2}[.)]?$")


def _cells(line: Line) -> list[str]:
    return [c.strip() for c in _CELL_GAP.split(line.text)]


def head_columns(line: Line) -> list[str | None] | None:
    """The kind of each column of a head row (None: a column no label names), when the row is
    the head of a table of tasks: a column of duties, of dates and at least one more."""
    cells = _cells(line)
    if len(cells) < 3:
        return None
    kinds: list[str | None] = []
    for cell in cells:
        low = plain(cell).strip(" .:")
        if low in _NUMBER_HEAD:
            kinds.append("number")
            continue
        kinds.append(head_kind(low))
    known = {k for k in kinds if k}
    if {"title", "timing"} <= known and len(known) >= 3:
        return kinds
    # a date per unit ("STT | Đơn vị | … | Thời hạn hoàn thành"): the duty is the text above
    return kinds if {"units", "timing"} <= known and "title" not in known else None


def unfold(lines: list[Line]) -> list[Line]:
    """`lines` with each row of a table of tasks given as its numbered duty and labelled lines;
    a row that does not fit its head (another count of cells) ends the table."""
    result: list[Line] = []
    kinds: list[str | None] | None = None
    heads: list[str] = []
    pending: list[tuple[Line, list[str]]] = []  # a table of dates per unit, read to its end
    last: list[str] = []  # the row above
    # a table of tasks ended by a page break: its rows go on after the page's number, without
    # its head row printed again (a Word table continued on the next page as another table)
    broken: tuple[list[str | None], list[str]] | None = None
    for line in [*lines, None]:
        cells = _cells(line) if line is not None else []
        if kinds is None and broken is not None and line is not None:
            if len(cells) == len(broken[0]) and _numbered(cells, broken[0]):
                kinds, heads = broken
            elif not _PAGE_NUMBER.match(line.plain.strip()):
                broken = None
        if kinds is not None and [plain(c) for c in cells] == [plain(h) for h in heads]:
            continue  # the head printed again on the next page: no row
        if kinds is not None and len(cells) != len(kinds) and line is not None:
            # tabs typed once per cell: two tabs in a row hold an empty cell between them
            each = [c.strip() for c in line.text.split("\t")]
            cells = each if "\t" in line.text and len(each) == len(kinds) else cells
        if kinds is not None and 3 <= len(cells) < len(kinds) and _numbered(cells, kinds):
            # the row's last cells left empty: a line's end trimmed them, not another table
            cells += [""] * (len(kinds) - len(cells))
        if kinds is not None and len(cells) == len(kinds):
            # "nt" (như trên): the cell above, again
            cells = [
                above if _DITTO.match(plain(cell)) else cell
                for cell, above in zip(cells, last, strict=True)
            ]
            last = cells
            if "title" in kinds:
                result += _row(line, cells, kinds, heads, len(result))  # type: ignore[arg-type]
            else:
                pending.append((line, cells))  # type: ignore[arg-type]
            continue
        if pending and kinds is not None:
            result += _per_unit(pending, kinds, heads, result)
        if kinds is not None and "title" in kinds and line is not None:
            broken = (kinds, heads) if _PAGE_NUMBER.match(line.plain.strip()) else None
        pending, kinds = [], None
        if line is None:
            break
        kinds = head_columns(line)
        if kinds is None:
            result.append(line)
        else:
            heads = last = cells
    return result


# A page's number printed at its foot or head: "2", "- 2 -", "Trang 2", "2/3".
_PAGE_NUMBER = re.compile(r"^(?:trang\s*)?[-–\s]*\d{1,3}(?:\s*/\s*\d{1,3})?[-–\s]*$")


def _numbered(cells: list[str], kinds: list[str | None]) -> bool:
    """The row carries a row number in the table's number column (a table with none: a row)."""
    if "number" not in kinds:
        return True
    return _ROW_NUMBER.match(cells[kinds.index("number")]) is not None


# An item's number at the start of the text above a table ("1.1.", "a)", "2.").
_ITEM_NUMBER = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[a-zđ]\))\s+")


def _per_unit(
    rows: list[tuple[Line, list[str]]],
    kinds: list[str | None],
    heads: list[str],
    above: list[Line],
) -> list[Line]:
    """A table of a date per unit under a duty ("Hoàn thành … theo thời hạn tại Bảng dưới đây"):
    the rows that share a date are one row of that duty, their units together."""
    last = next((ln for ln in reversed(above) if ln.text.strip()), None)
    # the duty is a sentence above the table; a row of another table above it (a catalogue's
    # rows, its head printed again after a page break) is no duty of these rows
    duty = "" if last is None or last.table or len(_cells(last)) >= 3 else last.text
    if duty.upper() == duty:  # a title in capitals ("DANH MỤC …") names an annex, not a duty
        duty = ""
    # an annex's note of the letter it goes with ("(Kèm theo Văn bản số … ngày …)") is no duty:
    # the rows stay rows without one, for the body's line that points at the annex to hold
    # (knowledge/letters/annexes.py)
    annexed = _ANNEX_NOTE.match(plain(duty)) is not None
    duty = "" if annexed else _ITEM_NUMBER.sub("", duty).strip()
    timing = _deadline_column(kinds, heads)
    units = kinds.index("units")
    if not duty and not annexed:
        return [line for line, _ in rows]
    groups: dict[str, list[tuple[Line, list[str]]]] = {}
    for line, cells in rows:
        groups.setdefault(cells[timing], []).append((line, cells))
    result: list[Line] = []
    for when, group in groups.items():
        first, cells = group[0]
        number = cells[kinds.index("number")] if "number" in kinds else ""
        number = number.rstrip(".)") if _ROW_NUMBER.match(number) else str(len(result) + 1)
        result.append(Line(first.no, f"{ROW} {number}. {duty}".rstrip(), first.gap, table=True))
        for index in (units, timing):
            label = f"{heads[index].rstrip(' :')}: "
            value = when if index == timing else "; ".join(c[units] for _, c in group)
            result.append(Line(first.no, label + value, table=True, cell=len(label)))
    return result


# The note under an annex's title naming the letter it goes with.
_ANNEX_NOTE = re.compile(r"^\(?\s*kem theo\b")
# A column of the date a thing is due ("Hạn gửi báo cáo", "Thời hạn"), not of when it is planned
# to happen ("Thời gian kiểm tra (dự kiến)").
_DUE_HEAD = re.compile(r"^(?:thoi )?han\b")


def _deadline_column(kinds: list[str | None], heads: list[str]) -> int:
    """The column of a table of dates per unit that holds the units' deadlines: of two columns
    of time, the one its head names a deadline ("Hạn …"), else the first."""
    timings = [i for i, k in enumerate(kinds) if k == "timing"]
    due = [i for i in timings if _DUE_HEAD.match(plain(heads[i]).strip())]
    return (due or timings)[0]


def _row(
    line: Line, cells: list[str], kinds: list[str | None], heads: list[str], at: int
) -> list[Line]:
    number = next((c for c, k in zip(cells, kinds, strict=True) if k == "number"), "")
    number = number.rstrip(".)") if _ROW_NUMBER.match(number) else str(at + 1)
    duty = next(c for c, k in zip(cells, kinds, strict=True) if k == "title")
    rows = [Line(line.no, f"{ROW} {number}. {duty}", line.gap, table=True)]
    for cell, kind, head in zip(cells, kinds, heads, strict=True):
        if kind not in ("number", "title") and cell:
            label = f"{head.rstrip(' :')}: "
            rows.append(Line(line.no, label + cell, table=True, cell=len(label)))
    return rows
