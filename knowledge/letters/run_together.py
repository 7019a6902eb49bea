"""A table of tasks a scan ran together a row a line, its cells apart by a single space, given
back its cells apart by tabs, as a typed table is (knowledge/letters/grid.py then reads each row
as a task).

The head is one line of the columns' names ("TT Nội dung nhiệm vụ Cơ quan chủ trì Cơ quan phối
hợp Thời gian hoàn thành"): a cell opens where a column's name the labels know opens
(knowledge/letters/details.py). Each row opens with its number, the next one counting up. A
row's cells come apart by what the register reads: the time is what follows the last unit; the
units' columns are the runs of names before it, a run apart from the next where no ",", ";" or
"và" joins them (the lead's cell, then the supporters'), counted back from the time; a name the
duty sends its work to ("… gửi Sở Thông tin và Truyền thông") is the duty's. A table whose rows
do not come apart this way is left as printed.
"""

from __future__ import annotations

import re
from itertools import pairwise

from knowledge.language.text import nfc
from knowledge.letters.details import LABELS, head_kind
from knowledge.letters.grid import head_columns
from knowledge.letters.register import Mention, Register
from knowledge.letters.text import PAGE_BREAK, TAKEN, Line, plain

_NUMBER_HEADS = ("tt", "stt", "so tt")
_ROW = re.compile(r"^(?P<n>\d{1,2})[.)]?\s+(?P<rest>\S.*)$")
_SPACED = re.compile(r"\S {2,}\S")
_RULE = re.compile(r"^[\s_\-=–—.*]*$")
# what joins two names of one cell: nothing but separators and "và"
_JOINED = re.compile(r"^\s*(?:[,;]|\bva\b)[\s,;]*(?:va\s+)?$")
# a word whose object a name is, inside the duty ("gửi Sở …", "báo cáo UBND tỉnh")
_OBJECT_OF = re.compile(r"\b(?:gui|ve|voi|cho|tai|qua|cua|den|trinh|bao cao)\s*$")
_UNIT_COLUMNS = ("units", "supporting")
_TIME_WORDS = 8  # a time cell is short: "Trước ngày 30/6/2022", "Thường xuyên"


def run_together(text: str, register: Register) -> str:
    """`text` with each table of tasks printed a row a line, cells run together, given back its
    cells apart by tabs (see the module)."""
    lines = text.split("\n")
    for at, raw in enumerate(lines):
        cells = _head(raw)
        if cells is None:
            continue
        kinds = head_columns(Line(0, "\t".join(cells)))
        if kinds is None or kinds[0] != "number":
            continue
        rows = _rows(lines, at + 1, kinds, register)
        if rows:
            lines[at] = "\t".join(cells)
            for no, row in rows:
                lines[no] = "\t".join(row)
    return "\n".join(lines)


def _head(raw: str) -> list[str] | None:
    """The head's cells, when `raw` is a head row run together: its number's column, then a
    cell at each column's name it prints."""
    # (a head with its columns apart, by tabs, borders or spaces, is knowledge/letters/spaced.py's
    # and grid.py's)
    if "\t" in raw or "|" in raw or _SPACED.search(raw.strip()):
        return None
    words = raw.split()
    if len(words) < 4 or plain(words[0]).strip(" .") not in _NUMBER_HEADS:
        return None
    low = [plain(w) for w in words]
    names = sorted({n for ns in LABELS.values() for n in ns}, key=len, reverse=True)
    starts, k, kind = [1], 1, None
    while k < len(words):
        name = next((n for n in names if " ".join(low[k : k + len(n.split())]) == n), None)
        # (a name of the cell's own kind goes on with it: "Nội dung nhiệm vụ" is one cell)
        named = head_kind(name) if name else None
        if name is not None and k != starts[-1] and named != kind:
            starts.append(k)
        kind = named if name is not None and (k == starts[-1] or named != kind) else kind
        k += len(name.split()) if name else 1
    if len(starts) < 3:
        return None
    bounds = [*starts, len(words)]
    return [words[0], *(" ".join(words[a:b]) for a, b in pairwise(bounds))]


def _rows(
    lines: list[str], at: int, kinds: list[str | None], register: Register
) -> list[tuple[int, list[str]]]:
    """Each row from `at` on, its line and its cells in the head's order, up to a line that is
    no next row (a page's marks and rules between rows skipped); none when a row does not come
    apart."""
    rows: list[tuple[int, list[str]]] = []
    k = at
    while k < len(lines):
        raw = lines[k].strip()
        if lines[k] in (PAGE_BREAK, TAKEN) or (raw and _RULE.match(raw)):
            k += 1
            continue
        m = _ROW.match(raw)
        if m is None or int(m.group("n")) != len(rows) + 1 or "\t" in raw:
            break
        # (composed as the register reads it, so a name's place is the printed one's)
        cells = _cells(nfc(m.group("rest")), kinds, register)
        if cells is None:
            return []
        rows.append((k, [m.group("n"), *cells]))
        k += 1
    return rows


def _cells(rest: str, kinds: list[str | None], register: Register) -> list[str] | None:
    """The row's cells after its number, in the head's order, or None."""
    columns = [c for c in kinds if c in _UNIT_COLUMNS]
    if set(kinds[1:]) - {"title", "timing", *_UNIT_COLUMNS} or not columns:
        return None
    mentions = register.mentions(rest)
    if not mentions:
        return None
    time = rest[mentions[-1].end :].strip(" ,;.")
    if not time or len(time.split()) > _TIME_WORDS or not time[:1].isupper():
        return None
    low = plain(rest)
    runs: list[list[Mention]] = [[mentions[-1]]]
    for m in reversed(mentions[:-1]):
        if _JOINED.match(low[m.end : runs[-1][0].start]):
            runs[-1].insert(0, m)
        elif not low[m.end : runs[-1][0].start].strip() and len(runs) < len(columns):
            runs.append([m])
        else:
            break
    while len(runs) > 1 and _OBJECT_OF.search(low[: runs[-1][0].start]):
        runs.pop()  # the duty's own: where it sends its work
    runs.reverse()
    title = rest[: runs[0][0].start].strip()
    if not title:
        return None
    cells = {"title": title, "timing": time}
    for column, run in zip(columns, runs, strict=False):
        cells[column] = rest[run[0].start : run[-1].end].strip()
    return [cells.get(kind or "", "") for kind in kinds[1:]]
