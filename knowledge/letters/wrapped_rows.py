"""A text copy of a table of tasks whose cells wrap over several lines, each row given back on
one line: "1<tab>Hoàn thành tích hợp … 25 dịch vụ" then "công thiết yếu …<tab>Sở Thông tin và
Truyền" then "thông<tab>Công an tỉnh …" is one row of five cells. A row opens with its number in
the first cell; the lines after it are its own until it holds a cell per column of the head row
(knowledge/letters/grid.py then reads the rows as the letter's items)."""

from __future__ import annotations

import re

from knowledge.letters.grid import head_columns
from knowledge.letters.text import Line

_ROW_NUMBER = re.compile(r"^\s*\d{1,2}[.)]?\s*$")


def rejoined(text: str) -> str:
    """`text` with each wrapped row of a tab-separated table of tasks on its first line, the
    pieces of a cell joined by a space; the lines it took are left blank, so every other line
    keeps its number. A bordered row broken the same way is made whole too (_closed)."""
    lines = _closed(text.split("\n"))
    width = 0  # the cells of the head row of the table being read; 0 outside one
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if "\t" not in line:
            width = width if not line.strip() else 0
            continue
        kinds = head_columns(Line(0, line))
        if kinds is not None:
            width = len(kinds)
            continue
        tabs = line.count("\t")
        if not width or tabs >= width - 1 or not _opens_row(line):
            continue
        pieces, j = [line], i
        while j < len(lines) and tabs < width - 1 and lines[j].strip():
            if _opens_row(lines[j]):
                break
            pieces.append(lines[j])
            tabs += lines[j].count("\t")
            j += 1
        if tabs != width - 1:
            continue  # the cells do not come out as the head's: as printed
        lines[i - 1] = " ".join(p.strip(" ") for p in pieces).replace(" \t ", "\t")
        lines[i:j] = [""] * (j - i)
        i = j
    return "\n".join(lines)


def _closed(lines: list[str]) -> list[str]:
    """`lines` with each row of a bordered table ("| 3 | Rà soát … | Sở Tư pháp | Trong tháng"
    then "3/2023 |") that a line break cut inside a cell given back on its first line: the
    row before it closes with its border, this one does not, and the lines after it up to the
    one that does make up the cells of the row before; the lines it took are left blank."""
    lines = list(lines)
    for i, line in enumerate(lines):
        if not _BORDERED.match(line) or line.rstrip().endswith("|"):
            continue
        above = next((ln for ln in reversed(lines[:i]) if ln.strip()), "")
        if not (_BORDERED.match(above) and above.rstrip().endswith("|")):
            continue
        pieces, j = [line.strip()], i + 1
        while j < len(lines) and j - i <= _CUT_LINES and lines[j].strip():
            if _BORDERED.match(lines[j]):
                break  # the next row: this one is as printed
            pieces.append(lines[j].strip())
            j += 1
            if pieces[-1].endswith("|"):
                break
        whole = " ".join(pieces)
        if whole.endswith("|") and whole.count("|") == above.count("|"):
            lines[i] = whole
            lines[i + 1 : j] = [""] * (j - i - 1)
    return lines


# a bordered table's row: its first cell opened by a border ("| 3 | …")
_BORDERED = re.compile(r"^\s*\|[^|]*\S[^|]*\|")
_CUT_LINES = 4  # the most lines a cut row goes on over


def _opens_row(line: str) -> bool:
    return "\t" in line and _ROW_NUMBER.match(line.split("\t")[0]) is not None
