"""A PDF table drawn without rules, read by where its words start.

A table whose columns are aligned by spacing alone has no rules for knowledge/formats/pdf_tables.py
to find, and pypdf's text layer gives each printed line of it as one line: the wrapped cells of a
row interleave ("Rà soát, lập danh sách cán bộ, Các sở, ban, ngành Trước thứ Sáu, …"). Each
piece of text is drawn at its own x, though: a printed line of three pieces or more, far apart,
is a head row, its pieces' x the columns' starts (a head cell may wrap: the lines close under it
with nothing in the first column go on with the head); the lines below it whose every piece
starts at one of those columns and fits in it are the table's, and a piece in the first column
or a wider gap between lines starts a new row. A writer may draw a cell at a time, its wrapped
lines before the next cell's first: a piece goes on the recent printed line at its height. The
table is then read a row a line, its cells apart by " | ", as a ruled one is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

_GAP = 12.0  # points between two pieces of one printed line that start two columns
_ALIGN = 2.0  # a piece this close to a column's start is in that column
_RECENT = 4  # a cell's wrapped lines that may come between two pieces of one printed line
_ROW_STEP = 1.25  # a line this many times the table's line step below the last starts a row
_EM = 0.42  # a character's width as a share of the font's size, about (a narrow estimate)
# A page's number alone on a line: "2", "- 2 -", "Trang 2".
_PAGE_NUMBER = re.compile(r"^(?:[Tt]rang\s*)?[-–\s]*\d{1,3}(?:\s*/\s*\d{1,3})?[-–\s]*$")
_NUMBER = re.compile(r"^\s*(?:\d{1,3}|[IVX]{1,4}|[a-zđ])[.)]?\s*$")


@dataclass(frozen=True)
class Piece:
    """A piece of text pypdf read, where it was drawn, and its place in the reading."""

    index: int
    text: str
    x: float
    y: float
    size: float


@dataclass(frozen=True)
class Table:
    """A table found: the pieces it spans (first and last index) and its lines of text."""

    first: int
    last: int
    lines: list[str]
    starts: list[float]  # its columns' x


def _printed_lines(pieces: list[Piece]) -> list[list[Piece]]:
    """The pieces of each printed line, in reading order: the non-blank ones at one height. A
    table drawn a cell at a time gives a cell's wrapped lines before the next cell's first:
    a piece at the height of one of the last few lines, to the right of it, goes on that line."""
    lines: list[list[Piece]] = []
    for piece in pieces:
        if not piece.text.strip():
            continue
        line = next(
            (
                ln
                for ln in lines[-1 : -_RECENT - 1 : -1]
                if abs(ln[-1].y - piece.y) <= _ALIGN and piece.x > ln[-1].x
            ),
            None,
        )
        if line is not None:
            line.append(piece)
        else:
            lines.append([piece])
    return lines


def _head(line: list[Piece]) -> list[float] | None:
    xs = [p.x for p in line]
    if len(xs) >= 3 and all(b - a > _GAP for a, b in pairwise(xs)):
        return xs
    return None


def _column(piece: Piece, starts: list[float]) -> int | None:
    """The column a piece is in, when it starts at one and fits in it."""
    for i, start in enumerate(starts):
        if abs(piece.x - start) <= _ALIGN:
            width = len(piece.text.strip()) * piece.size * _EM
            room = starts[i + 1] - start if i + 1 < len(starts) else None
            return i if room is None or width <= room + piece.size else None
    return None


def _fits(line: list[Piece], starts: list[float], above: list[Piece]) -> bool:
    below = above[0].y - line[0].y
    return 0 < below <= 3 * max(p.size for p in above) and all(
        _column(p, starts) is not None for p in line
    )


def tables(
    pieces: list[Piece], carried: list[float] | None = None
) -> tuple[list[Table], list[float] | None]:
    """The tables without rules among a page's pieces of text; `carried`: the columns of a
    table the page before ended on, whose rows go on at the top of this page without its head
    row printed again. Returns the tables and the columns of one this page ends on."""
    lines = _printed_lines(pieces)
    found: list[Table] = []
    i = 0
    while carried and i < len(lines) and _PAGE_NUMBER.match(_text(lines[i])):
        i += 1  # the page's number over its text
    if carried and i < len(lines) and all(_column(p, carried) is not None for p in lines[i]):
        j = i + 1
        while j < len(lines) and _fits(lines[j], carried, lines[j - 1]):
            j += 1
        if any(len(line) >= 2 for line in lines[i:j]):
            found.append(_table(lines[i:j], _rows(lines[i:j], carried, 0), carried))
            i = j
    while i < len(lines):
        starts = _head(lines[i])
        if starts is None:
            i += 1
            continue
        j = i + 1
        while j < len(lines) and _fits(lines[j], starts, lines[j - 1]):
            j += 1
        head = _head_lines(lines[i:j], starts)
        body = lines[i + head : j]
        if sum(len(line) >= 2 for line in body) < 1:  # one row at least, of two cells or more
            i += 1
            continue
        found.append(_table(lines[i:j], _rows(lines[i:j], starts, head), starts))
        i = j
    # the page ends on the last table when nothing but its number follows it
    last = found[-1] if found else None
    after = [ln for ln in lines if last and ln[0].index > last.last]
    ends = last is not None and all(_PAGE_NUMBER.match(_text(ln)) for ln in after)
    return found, (last.starts if last and ends else None)


def _table(lines: list[list[Piece]], rows: list[str], starts: list[float]) -> Table:
    """The table over these printed lines: the pieces it spans, first to last in reading order
    (a cell's wrapped lines may come before the next cell's first)."""
    indices = [p.index for line in lines for p in line]
    return Table(min(indices), max(indices), rows, starts)


def _head_lines(lines: list[list[Piece]], starts: list[float]) -> int:
    """How many printed lines the head row takes: its cells may wrap ("Đơn vị chủ" / "trì",
    "Số" / "TT"). A line close under it goes on with the head unless a row's number stands in
    its first column: the first row starts with its number, or a line step further down."""
    n = 1
    while n < len(lines):
        line, above = lines[n], lines[n - 1]
        close = 0 < above[0].y - line[0].y <= 1.6 * max(p.size for p in above)
        first = [p for p in line if _column(p, starts) == 0]
        if not close or any(_NUMBER.match(p.text) for p in first):
            break
        n += 1
    return n


def _text(line: list[Piece]) -> str:
    return " ".join(p.text.strip() for p in line)


def _rows(lines: list[list[Piece]], starts: list[float], head: int) -> list[str]:
    """The table a row a line; its first `head` printed lines are its head row (none when the
    table goes on from the page before)."""
    steps = [a[0].y - b[0].y for a, b in pairwise(lines)]
    step = min(steps) if steps else 0.0
    rows: list[list[list[str]]] = []
    for n, line in enumerate(lines):
        first = next((p for p in line if _column(p, starts) == 0), None)
        numbered = first is not None and _NUMBER.match(first.text) is not None
        new = (
            not rows
            or (n == head and head > 0)  # below the head row, the first row
            or (n > head and steps[n - 1] > step * _ROW_STEP)
            or (n > head and numbered and any(rows[-1][0]))
        )
        if new:
            rows.append([[] for _ in starts])
        for k, piece in enumerate(line):
            column = k if head and n == 0 else _column(piece, starts)
            rows[-1][column or 0].append(piece.text.strip())
    out: list[str] = []
    for row in rows:
        out += [" | ".join(" ".join(cell) for cell in row), ""]
    return out
