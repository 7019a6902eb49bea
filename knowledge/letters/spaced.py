"""A table of tasks laid out with spaces, as a text file or a PDF's text layer prints one when
no border or tab is kept: a head row whose cells stand apart by runs of spaces ("TT    Nội dung
    Đơn vị thực hiện    Thời hạn"), then a row per task, a long cell wrapped onto the lines
under it at its column's place. Cleaning a line folds its spaces, so the columns would be lost
and the rows read as sentences of the item above; here each row is given back with its cells
apart by a tab, as a typed table is (knowledge/letters/text.py then reads it as a table's row,
and knowledge/letters/grid.py as the tasks it sets). The lines a wrapped row took are left
blank, so every line keeps its number.
"""

from __future__ import annotations

import re

from knowledge.letters.details import head_kind
from knowledge.letters.text import PAGE_BREAK, TAKEN, plain

_GAP = re.compile(r" {2,}")
_NUMBER_HEADS = ("tt", "stt", "so tt")
_ROW_NUMBER = re.compile(r"^\d{1,2}[.)]?$")
# a date its cell wrapped after a slash ("ngày 15/4/" over "2023") is one date again
_SPLIT_DATE = re.compile(r"(\d/) (?=\d{4}\b)")
_SPECK = re.compile(r"\s+[~_^`]+$")  # a speck a scan left after a cell's text
_SLACK = 3  # how far a wrapped piece may stand from its column's start
# what a page's end leaves inside a table: a rule, a page number, the page break itself
_FURNITURE = re.compile(r"^\s*(?:[_\-=–—.*]{3,}|(?:trang\s*)?\d{1,3}\s*/\s*\d{1,3})?\s*$")


def _pieces(raw: str) -> list[tuple[int, str]]:
    """The text of a line between runs of two spaces or more, each with where it starts."""
    found, start = [], 0
    for gap in [*_GAP.finditer(raw), None]:
        end = gap.start() if gap else len(raw)
        piece = raw[start:end]
        if piece.strip():
            found.append((start + len(piece) - len(piece.lstrip()), piece.strip()))
        if gap is None:
            break
        start = gap.end()
    return found


def _head(raw: str, below: str) -> tuple[list[int], bool] | None:
    """Where each column of a head row of a table of tasks starts, and whether the first is the
    rows' number; None for any other line. `below` is the next line: a head drawn with borders
    ("|STT| Nội dung | Chủ trì |") over rows laid out with spaces is this table too, its
    borders read as the spaces they stand for."""
    if "\t" in raw or "|" in below or "\t" in below:
        return None  # a table the other readers take
    cells = _pieces(raw.replace("|", " "))
    if len(cells) < 3:
        return None
    kinds = [
        "number" if plain(c).strip(" .:") in _NUMBER_HEADS else head_kind(plain(c).strip(" .:"))
        for _, c in cells
    ]
    known = {k for k in kinds if k}
    if "timing" in known and known & {"title", "units"} and len(known) >= 3:
        return [at for at, _ in cells], kinds[0] == "number"
    return None


def _column(at: int, starts: list[int]) -> int | None:
    """The column a piece starting at `at` stands in (None: before the first's place)."""
    inside = [i for i, s in enumerate(starts) if s <= at + _SLACK]
    return inside[-1] if inside else None


def tabbed(text: str) -> str:
    """`text` with each table of tasks laid out with spaces given a row a line, its cells
    apart by a tab; anything else as it is."""
    lines = text.split("\n")
    out = list(lines)
    i = 0
    while i < len(lines):
        below = next((b for b in lines[i + 1 :] if b.strip()), "")
        head = _head(lines[i], below)
        if head is None:
            i += 1
            continue
        starts, numbered = head
        out[i] = "\t".join(c for _, c in _pieces(lines[i].replace("|", " ")))
        row: list[list[str]] | None = None
        at = i  # the line the current row is given on
        j = i + 1
        while j < len(lines):
            pieces = _pieces(lines[j])
            if not pieces:  # a blank line inside the table, unless the table ended
                j += 1
                continue
            if row is not None and _page_end(lines, j):
                # a page's foot inside the table, its rows going on after: no row's text
                while _furniture(lines[j]):
                    out[j] = "" if lines[j].strip() else lines[j]
                    j += 1
                continue
            columns = [_column(p, starts) for p, _ in pieces]
            placed = [c for c in columns if c is not None]
            # a row fills its columns left to right, each once, from the first
            opens_row = len(pieces) >= 2 and columns[0] == 0 and placed == sorted(set(placed))
            opens_row = opens_row and len(placed) == len(columns)
            # (a table numbering its rows opens each with its number)
            if opens_row and (not numbered or _ROW_NUMBER.match(pieces[0][1])):
                row, at = [[] for _ in starts], j
                for (_, cell), c in zip(pieces, columns, strict=True):
                    row[c or 0].append(cell)
            elif row is not None and None not in columns and 0 not in columns:
                for (_, cell), c in zip(pieces, columns, strict=True):
                    row[c or 0].append(cell)  # a wrapped cell goes on under its column
                out[j] = ""
            else:
                break
            out[at] = "\t".join(_cell(cell) for cell in row)
            j += 1
        i = j
    return "\n".join(out)


def _cell(pieces: list[str]) -> str:
    """A cell's wrapped pieces as one text, a scan's specks at their ends left out."""
    return _SPLIT_DATE.sub(r"\1", " ".join(_SPECK.sub("", p) for p in pieces))


def _furniture(raw: str) -> bool:
    return raw in (PAGE_BREAK, TAKEN) or (bool(raw.strip()) and bool(_FURNITURE.match(plain(raw))))


def _page_end(lines: list[str], at: int) -> bool:
    """A page's foot opens at `at` and a row numbered as the table's opens after it."""
    k = at
    while k < len(lines) and (_furniture(lines[k]) or not lines[k].strip()):
        k += 1
    pieces = _pieces(lines[k]) if k < len(lines) and k > at else []
    return len(pieces) >= 2 and bool(_ROW_NUMBER.match(pieces[0][1]))
