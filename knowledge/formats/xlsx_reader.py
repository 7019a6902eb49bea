"""Reading an .xlsx a user sent, within bounds: the one reader of uploaded workbooks (forms in
knowledge/formats/form_book.py, assignment tables in knowledge/catalogue/importer.py).

The workbook is read once, in one pass over each part, keeping only the cells that hold a value:
the zip's bounds and XML without DTDs (knowledge/formats/safe_zip.py), then at most
`max_shared_strings` shared strings and `max_sheets` sheets, each within `max_rows` ×
`max_columns` both as its <dimension> declares and as its cells really lie. Beyond any bound the
file is refused in one line naming it (FileRefused), before the rest is read. A formula cell
keeps its formula ("=SUM(B7:B9)") beside the value Excel cached, so a form can refuse it.

Parsing streams through expat with small handlers instead of openpyxl: openpyxl loads every
shared string and pads every row up to the declared extent (a 7 KB file declaring AZ200000 took
2 GB), and its parsers raise a dozen kinds of error.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from knowledge.formats.book import Book, Sheet
from knowledge.formats.safe_zip import (
    ZIP_LIMITS,
    FileRefused,
    ZipLimits,
    has_member,
    number,
    open_zip,
    stream_xml,
)


@dataclass(frozen=True)
class BookLimits:
    zip: ZipLimits = ZIP_LIMITS
    max_sheets: int = 50
    max_shared_strings: int = 200_000
    max_rows: int = 10_000
    max_columns: int = 100
    max_cells: int = 300_000  # cells holding a value, in the whole book
    max_styles: int = 20_000


LIMITS = BookLimits()


def job(name: str, data: bytes) -> dict:
    """The sandbox's entry (knowledge/formats/sandbox.py): the book as JSON."""
    return read_book(name, data).to_json()


_REF = re.compile(r"^\$?([A-Za-z]{1,3})\$?(\d{1,7})$")
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
# builtin number formats that show a date or a time (ECMA-376 18.8.30)
DATE_FORMAT_IDS = frozenset([*range(14, 23), *range(27, 37), *range(45, 48), *range(50, 59)])
_QUOTED = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.|_.|\*.')


def column_index(letters: str) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - 64
    return number


def column_letters(index: int) -> str:
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def is_date_format(code: str) -> bool:
    bare = _QUOTED.sub("", code).lower()
    return bare not in ("", "general") and bool(re.search(r"[dmyhs]", bare))


def from_serial(serial: float, date1904: bool) -> datetime:
    """An Excel date serial as a datetime (1900 system, with Lotus's 29/2/1900 skipped)."""
    if date1904:
        return datetime(1904, 1, 1) + timedelta(days=serial)
    base = datetime(1899, 12, 31) if serial < 60 else datetime(1899, 12, 30)
    return base + timedelta(days=serial)


class _Reader:
    def __init__(self, name: str, data: bytes, limits: BookLimits):
        self.name, self.limits = name, limits
        self.archive: zipfile.ZipFile = open_zip(name, data, limits.zip)
        self.cells = 0

    def refuse(self, why: str) -> FileRefused:
        return FileRefused(f"Tệp {self.name}: {why}")

    def stream(self, member: str, start=None, end=None, text=None) -> None:
        stream_xml(self.archive, member, self.name, start, end, text, self.limits.zip)

    # -- the parts ------------------------------------------------------------------------------
    def workbook_part(self) -> str:
        found: list[str] = []

        def start(tag: str, attrs: dict[str, str]) -> None:
            if tag == "Relationship" and attrs.get("Type", "").endswith("/officeDocument"):
                found.append(attrs.get("Target", "").lstrip("/"))

        if has_member(self.archive, "_rels/.rels"):
            self.stream("_rels/.rels", start)
        part = found[0] if found else "xl/workbook.xml"
        if not has_member(self.archive, part):
            raise FileRefused(f"Tệp {self.name} không phải bảng tính .xlsx (không có workbook).")
        return part

    def relations(self, part: str) -> dict[str, tuple[str, str]]:
        """Id -> (type, member) of a part's relationships."""
        folder, base = posixpath.split(part)
        rels = posixpath.join(folder, "_rels", base + ".rels")
        found: dict[str, tuple[str, str]] = {}

        def start(tag: str, attrs: dict[str, str]) -> None:
            if tag == "Relationship" and attrs.get("TargetMode") != "External":
                target = attrs.get("Target", "")
                member = (
                    target.lstrip("/")
                    if target.startswith("/")
                    else posixpath.normpath(posixpath.join(folder, target))
                )
                found[attrs.get("Id", "")] = (attrs.get("Type", "").rpartition("/")[2], member)

        if has_member(self.archive, rels):
            self.stream(rels, start)
        return found

    def workbook(self, part: str) -> tuple[list[tuple[str, bool, str]], int, bool]:
        """(name, hidden, relationship id) of each sheet, the active tab, the 1904 date system."""
        sheets: list[tuple[str, bool, str]] = []
        state = {"active": 0, "date1904": False}

        def start(tag: str, attrs: dict[str, str]) -> None:
            if tag == "sheet":
                if len(sheets) >= self.limits.max_sheets:
                    raise self.refuse(f"có hơn {self.limits.max_sheets} trang tính.")
                rid = attrs.get(f"{RELS} id", "")
                hidden = attrs.get("state", "visible") != "visible"
                sheets.append((attrs.get("name", f"Sheet{len(sheets) + 1}"), hidden, rid))
            elif tag == "workbookView":
                state["active"] = _int(attrs.get("activeTab"), 0)
            elif tag == "workbookPr":
                state["date1904"] = attrs.get("date1904") in ("1", "true")

        self.stream(part, start)
        if not sheets:
            raise self.refuse("không có trang tính nào.")
        return sheets, int(state["active"]), bool(state["date1904"])

    def date_styles(self, member: str | None) -> list[bool]:
        """For each cell style (cellXfs), whether it shows a date."""
        if member is None or not has_member(self.archive, member):
            return []
        custom: dict[int, str] = {}
        styles: list[bool] = []
        where = {"xfs": False}

        def start(tag: str, attrs: dict[str, str]) -> None:
            if tag == "numFmt":
                custom[_int(attrs.get("numFmtId"), -1)] = attrs.get("formatCode", "")
            elif tag == "cellXfs":
                where["xfs"] = True
            elif tag == "xf" and where["xfs"]:
                if len(styles) >= self.limits.max_styles:
                    raise self.refuse(f"có hơn {self.limits.max_styles} kiểu ô.")
                number = _int(attrs.get("numFmtId"), 0)
                styles.append(
                    number in DATE_FORMAT_IDS
                    or (number in custom and is_date_format(custom[number]))
                )

        def end(tag: str) -> None:
            if tag == "cellXfs":
                where["xfs"] = False

        self.stream(member, start, end)
        return styles

    def shared_strings(self, member: str | None) -> list[str]:
        if member is None or not has_member(self.archive, member):
            return []
        limit = self.limits.max_shared_strings
        strings: list[str] = []
        parts: list[str] = []
        depth = {"t": 0, "rPh": 0}

        def start(tag: str, attrs: dict[str, str]) -> None:
            if tag == "sst" and _int(attrs.get("uniqueCount"), 0) > limit:
                raise self.refuse(f"khai báo hơn {number(limit)} chuỗi, quá giới hạn.")
            if tag in depth:
                depth[tag] += 1
            elif tag == "si":
                parts.clear()

        def end(tag: str) -> None:
            if tag in depth:
                depth[tag] -= 1
            elif tag == "si":
                if len(strings) >= limit:
                    raise self.refuse(f"có hơn {number(limit)} chuỗi, quá giới hạn.")
                strings.append("".join(parts))

        def text(chars: str) -> None:
            if depth["t"] and not depth["rPh"]:  # phonetic runs are not part of the text
                parts.append(chars)

        self.stream(member, start, end, text)
        return strings

    def sheet(
        self, sheet: Sheet, member: str, strings: list[str], dates: list[bool], date1904: bool
    ) -> None:
        limits = self.limits
        at = {"row": 0, "col": 0}
        cell: dict[str, Any] = {}
        buffer: list[str] = []
        inside = {"v": False, "f": False, "t": False, "is": False}

        def outside(row: int, col: int) -> FileRefused:
            return self.refuse(
                f"trang «{sheet.name}» có ô {column_letters(col)}{row}, ngoài giới hạn "
                f"{number(limits.max_rows)} dòng × {limits.max_columns} cột "
                "(xóa các dòng, cột thừa rồi gửi lại)."
            )

        def start(tag: str, attrs: dict[str, str]) -> None:
            if tag == "c":
                ref = attrs.get("r")
                if ref:
                    m = _REF.match(ref)
                    if not m:
                        raise self.refuse(f"trang «{sheet.name}» có địa chỉ ô sai «{ref[:20]}».")
                    col, row = column_index(m.group(1)), int(m.group(2))
                else:
                    col, row = at["col"] + 1, at["row"] or 1
                if row > limits.max_rows or col > limits.max_columns:
                    raise outside(row, col)
                at["col"] = col
                cell.clear()
                cell.update(row=row, col=col, t=attrs.get("t", "n"), s=_int(attrs.get("s"), 0))
            elif tag == "row":
                row = _int(attrs.get("r"), at["row"] + 1)
                if row > limits.max_rows or row < 1:
                    raise outside(row, 1)
                at["row"], at["col"] = row, 0
            elif tag == "dimension":
                last = attrs.get("ref", "").rpartition(":")[2]
                m = _REF.match(last)
                if m and (
                    int(m.group(2)) > limits.max_rows
                    or column_index(m.group(1)) > limits.max_columns
                ):
                    raise outside(int(m.group(2)), column_index(m.group(1)))
            elif tag in inside:
                inside[tag] = True
                if tag in ("v", "f") or (tag == "t" and inside["is"]):
                    buffer.clear()

        def end(tag: str) -> None:
            if tag == "v":
                inside["v"] = False
                cell["v"] = "".join(buffer)
            elif tag == "f":
                inside["f"] = False
                cell["f"] = "".join(buffer)
            elif tag == "t" and inside["is"]:
                inside["t"] = False
                cell["is"] = cell.get("is", "") + "".join(buffer)
            elif tag == "is":
                inside["is"] = False
            elif tag == "c":
                self.keep(sheet, cell, strings, dates, date1904)

        def text(chars: str) -> None:
            if inside["v"] or inside["f"] or inside["t"]:
                buffer.append(chars)

        self.stream(member, start, end, text)

    def keep(
        self, sheet: Sheet, cell: dict, strings: list[str], dates: list[bool], date1904: bool
    ) -> None:
        place = (cell["row"], cell["col"])
        if cell.get("f"):
            sheet.formulas[place] = "=" + cell["f"]
        value = self.value(sheet, cell, strings, dates, date1904)
        if value is None or value == "":
            return
        self.cells += 1
        if self.cells > self.limits.max_cells:
            raise self.refuse(f"có hơn {number(self.limits.max_cells)} ô có dữ liệu.")
        sheet.cells[place] = value

    def value(
        self, sheet: Sheet, cell: dict, strings: list[str], dates: list[bool], date1904: bool
    ) -> Any:
        kind, raw = cell["t"], cell.get("v")
        if kind == "inlineStr":
            return cell.get("is", "")
        if raw is None:
            return None
        if kind == "s":
            index = _int(raw, -1)
            if not 0 <= index < len(strings):
                ref = f"{column_letters(cell['col'])}{cell['row']}"
                raise self.refuse(f"trang «{sheet.name}», ô {ref} trỏ tới chuỗi không có.")
            return strings[index]
        if kind in ("str", "e"):
            return raw
        if kind == "b":
            return raw.strip() in ("1", "true")
        if kind == "d":
            try:
                return datetime.fromisoformat(raw.strip())
            except ValueError:
                return raw
        try:
            number = float(raw)
        except ValueError:
            return raw
        if cell["s"] < len(dates) and dates[cell["s"]] and 0 <= number < 2_958_466:
            return from_serial(number, date1904)
        return int(number) if number.is_integer() and abs(number) < 2**53 else number


def _int(text: str | None, default: int) -> int:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default


def read_book(name: str, data: bytes, limits: BookLimits = LIMITS) -> Book:
    """Every sheet of the workbook, within the limits; FileRefused with one line otherwise."""
    reader = _Reader(name, data, limits)
    part = reader.workbook_part()
    listed, active, date1904 = reader.workbook(part)
    relations = reader.relations(part)
    by_type = {kind: member for kind, member in relations.values()}
    dates = reader.date_styles(by_type.get("styles", "xl/styles.xml"))
    strings = reader.shared_strings(by_type.get("sharedStrings", "xl/sharedStrings.xml"))
    sheets = []
    for sheet_name, hidden, rid in listed:
        sheet = Sheet(sheet_name, hidden)
        kind, member = relations.get(rid, ("", ""))
        if kind == "worksheet" and has_member(reader.archive, member):
            reader.sheet(sheet, member, strings, dates, date1904)
        sheets.append(sheet)
    return Book(name, sheets, active if 0 <= active < len(sheets) else 0)
