"""The units a letter names that the province's register does not hold. A unit in the Kính gửi
list or in a table's units or supporting column that the register cannot place would get no
task, no reminder and no line in any view; dropped without a word, the draft read "Có thể công
bố" and the coordinator never learnt that an addressee is not followed (issue 19, "Bad input":
a unit the register does not know keeps the draft back, line by line, until it is checked).
"""

from __future__ import annotations

import re

from knowledge.letters.details import head_kind
from knowledge.letters.model import Problem
from knowledge.letters.register import Register
from knowledge.letters.sections import RELATED
from knowledge.letters.text import Line, plain

# what a cell may hold beside its units: separators, joining words, a bracketed role
_PIECES = re.compile(r"\s*[,;+&/]\s*")
_JOINING = re.compile(r"^(?:(?:va|cung|voi)\s+)+")
_DITTO = re.compile(r"^(?:nt|n\.t|nhu tren)\.?$")
# a group the register cannot expand ("UBND các xã, phường, thị trấn", "Các doanh nghiệp"): the
# letter reaches beyond the province's units, which is no unit missing from the register
_GROUP = re.compile(r"(?:^|\s)cac\s")
_LABEL = re.compile(r"^(?P<label>[^:]{2,60}?)\s*:\s*")


def unknown_unit(name: str, register: Register) -> str:
    """The line a unit the register lacks gets (the reader's own wording for Kính gửi)."""
    return f"không có “{name}” trong danh sách đơn vị của tỉnh {register.province.name}"


def unplaced(
    lines: list[Line],
    unknown: tuple[Line, ...],
    register: Register,
    body_end: int | None = None,
    dated: frozenset[int] = frozenset(),
) -> list[Problem]:
    """A problem for each Kính gửi item the register did not read (`unknown`, as the reader
    found them), for each name in a table's units or supporting cell it did not read, and for
    each district unit a line up to the body's end (`body_end`) names by a place the province
    does not hold ("đề nghị UBND các huyện: Hàm Yên, Bảo Yên …"): read as no unit, that
    district would owe nothing and be chased for nothing. A table row whose own time cell sets
    no date (`dated`: the lines a duty is dated on) is ongoing work, no task ("Thường xuyên"):
    a body its cells name that the register lacks owes and supports nothing tracked."""
    found = [
        Problem(item.no, unknown_unit(item.text, register))
        for item in unknown
        if not _GROUP.search(item.plain)
    ]
    said = {item.no for item in unknown}
    for line in lines[:body_end]:
        if line.no not in said:
            strange = register.strangers(line.text)
            found += [Problem(line.no, unknown_unit(n, register)) for n in strange]
    ongoing = _ongoing_rows(lines, dated)
    for line in lines:
        if not line.table or not line.cell or line.no in ongoing:
            continue
        label = _LABEL.match(line.text)
        if label is None or head_kind(plain(label.group("label"))) not in ("units", "supporting"):
            continue
        for name in _unread_names(line.text[line.cell :], register):
            found.append(Problem(line.no, unknown_unit(name, register)))
    return found


def _ongoing_rows(lines: list[Line], dated: frozenset[int]) -> set[int]:
    """The table rows (by their line) that print a time cell and have no duty dated on them."""
    timed = set()
    for line in lines:
        label = _LABEL.match(line.text) if line.table and line.cell else None
        if label is not None and head_kind(plain(label.group("label"))) == "timing":
            timed.add(line.no)
    return timed - dated


def _unread_names(cell: str, register: Register) -> list[str]:
    """The names in a cell outside every unit the register read: a piece between separators
    that is printed as a name (capitalised, two words or more), not "các đơn vị liên quan"."""
    spans = sorted((m.start, m.end) for m in register.mentions(cell))
    rest, pos = [], 0
    for start, end in spans:
        rest.append(cell[pos:start])
        pos = end
    rest.append(cell[pos:])
    names = []
    for part in rest:
        for piece in _PIECES.split(re.sub(r"\([^)]*\)", " ", part)):
            piece = piece.strip(" .:-–")
            joining = _JOINING.match(plain(piece))
            piece = piece[joining.end() :] if joining else piece
            low = plain(piece)
            if len(piece.split()) < 2 or not piece[0].isupper() or _DITTO.match(low):
                continue
            if RELATED.match(low) or _GROUP.search(low):
                continue
            names.append(piece)
    return names
