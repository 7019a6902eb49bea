"""Importing a provincial assignment table like BIỂU 01 (csv or xlsx): row key or service name,
lead agencies, coordinating agencies, deadline — or, as the seed's own BIỂU 01 prints it, TT,
service name and one "Cơ quan thực hiện" cell (knowledge/catalogue/agency_cell.py reads it). Every
line is
validated; one bad line refuses the whole file, with each error's line number, so a province never
runs on half a table. A file that cannot be read at all is refused in one line (Unreadable).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from rapidfuzz import fuzz

from knowledge.calendar.deadline_text import printed_period
from knowledge.calendar.deadlines import DeadlineError, parse_deadline
from knowledge.catalogue.agency_cell import clean_cell, split_roles
from knowledge.catalogue.model import Assignment, Catalogue, Province
from knowledge.formats.book import Book
from knowledge.formats.safe_zip import FileRefused
from knowledge.formats.xlsx_reader import read_book
from knowledge.language.text import fold

COLUMNS = {
    "row": ("muc", "ma muc", "ma", "key", "tt", "stt"),
    "name": ("ten dich vu", "ten dich vu cong", "dich vu", "ten dich vu cong tthc"),
    "lead": ("chu tri", "co quan chu tri", "lead"),
    "coordinate": ("phoi hop", "co quan phoi hop", "coordinate"),
    "agencies": ("co quan thuc hien", "don vi thuc hien"),
    "deadline": ("thoi han", "han", "thoi han hoan thanh", "deadline"),
}
NOT_A_COLUMN = ("muc do",)  # "Mức độ dịch vụ" is the level, not the row ("Mục")
_KEY = re.compile(r"^(406|411)\s*[-/ ]\s*0*(\d{1,3})(?:\s*/\s*(.+))?$")
_NUMBER = re.compile(r"^0*(\d{1,3})$")
SEPARATORS = re.compile(r"[|;\n]")  # not the comma: "Sở Lao động, Thương binh và Xã hội" holds one
MIN_COVERAGE = 0.85
CLEAR_MARGIN = 0.9
SAME_TITLE = 85  # rapidfuzz ratio of the folded names: "Tur pháp" is the catalogue's "Tư pháp"
COORDINATOR = "Sở Thông tin và Truyền thông"
TABLE_SUFFIXES = (".csv", ".tsv", ".txt")
DELIMITERS = "\t;,"
# the separators a table of each name is read with (any other name: the comma alone)
_READ_AS = {".csv": ("\t", ";", ","), ".tsv": ("\t", ",")}
SEPARATOR_NAMES = {"\t": "dấu tab", ";": "dấu chấm phẩy", ",": "dấu phẩy"}


class ImportRefused(ValueError):
    def __init__(self, errors: list[str]):
        super().__init__("\n".join(errors))
        self.errors = errors


class Unreadable(FileRefused):
    """The file is not a table we can read at all: one line says why."""


@dataclass(frozen=True)
class ImportedRow:
    line: int
    key: str
    lead: tuple[str, ...]
    coordinate: tuple[str, ...]
    deadline_text: str
    role_text: str = ""
    # where the row comes from when not the version's own file at `line` (a row kept by a
    # merge: the seed's BIỂU 01 line, or the file and line of an earlier version)
    source: str = ""


Lines = list[tuple[int, list[str]]]


def read_table(path: Path) -> Lines:
    """(line number, cells) of a .csv (UTF-8, comma, semicolon or tab) or an .xlsx's first sheet,
    read in this process (tests, tools); what people send goes through the sandbox (job).
    """
    try:
        data = path.read_bytes()
    except OSError:
        raise Unreadable(f"Không đọc được tệp {path.name}.") from None
    return read_bytes(path.name, data)


def job(name: str, data: bytes) -> Lines:
    """The sandbox's entry (knowledge/formats/sandbox.py)."""
    return read_bytes(name, data)


def read_bytes(name: str, data: bytes) -> Lines:
    suffix = Path(name).suffix.lower()
    if suffix == ".xlsx":
        lines = lines_of(read_book(name, data))
    elif suffix in TABLE_SUFFIXES:
        lines = _csv(name, data)
    else:
        raise Unreadable(f"Tệp {name}: chỉ nhận bảng .xlsx, .csv hoặc .tsv.")
    return checked(name, lines)


def checked(name: str, lines: Lines) -> Lines:
    if not any(any(cells) for _, cells in lines):
        raise Unreadable(f"Tệp {name} trống: không có dòng nào.")
    return [(int(i), [str(c) for c in cells]) for i, cells in lines]


def lines_of(book: Book) -> Lines:
    """The workbook's active sheet as lines of text (its used range; the values Excel cached)."""
    return [
        (i, [_text(v) for v in row]) for i, row in enumerate(book.active_sheet.rows(), start=1)
    ]


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        # a deadline typed as a date in Excel, as the deadline reader reads a printed date
        return f"ngày {value.day}/{value.month}/{value.year}"
    return str(value).strip()


def _csv(name: str, data: bytes) -> Lines:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise Unreadable(
            f"Tệp {name} không phải văn bản UTF-8: lưu lại bằng “CSV UTF-8” rồi gửi lại."
        ) from None
    if "\x00" in text:
        raise Unreadable(f"Tệp {name} không phải bảng văn bản .csv.")
    # The delimiter is the one under which a header line is recognised: data lines may hold
    # "Sở Lao động, Thương binh và Xã hội" or agencies listed with ";", the header does not.
    head = text.splitlines()[:10] or [""]
    found = [
        (len(lines[header[0]][1]), d)
        for d in DELIMITERS
        if (header := _header(lines := _split(head, d))) is not None
    ]
    delimiter = (
        max(found)[1]
        if found
        else max(DELIMITERS, key=lambda d: max(line.count(d) for line in head))
    )
    if found and delimiter not in _READ_AS.get(Path(name).suffix.lower(), (",",)):
        # a table is an .xlsx, a .csv or a .tsv (the seed table is one, and rows pasted from a
        # spreadsheet are tab separated, ux38 #9); a file of another name is read only when it
        # is comma separated; one with no header is refused for that, below
        raise Unreadable(
            f"Tệp {name}: chỉ nhận bảng .xlsx, .csv hoặc .tsv (cột cách nhau bằng dấu phẩy hoặc "
            f"dấu tab); tệp này có các cột cách nhau bằng {SEPARATOR_NAMES[delimiter]}. Lưu lại "
            "thành .csv hoặc .xlsx rồi gửi lại."
        )
    return _split(text, delimiter)


def _split(text: str | list[str], delimiter: str) -> Lines:
    source = io.StringIO(text) if isinstance(text, str) else text
    return [
        (i, [c.strip() for c in row])
        for i, row in enumerate(csv.reader(source, delimiter=delimiter), start=1)
    ]


def _header(lines: Lines) -> tuple[int, dict[str, int]] | None:
    for index, (_, cells) in enumerate(lines[:10]):
        found: dict[str, int] = {}
        for col, cell in enumerate(cells):
            name = fold(cell)
            if name.startswith(NOT_A_COLUMN):
                continue
            for field, words in COLUMNS.items():
                if field not in found and (
                    name in words or any(name.startswith(w + " ") for w in words)
                ):
                    found[field] = col
                    break
        has_row = "row" in found or "name" in found
        has_agencies = "lead" in found or "agencies" in found
        if has_row and has_agencies and "deadline" in found:
            return index, found
    return None


def validate(lines: Lines, assistant, province_decision: str, name: str = "") -> list[ImportedRow]:
    """The table's lines as assignments; Unreadable when no header is recognised, ImportRefused
    listing every bad line.
    """
    header = _header(lines)
    if header is None:
        raise Unreadable(
            f"Tệp {name}: không thấy dòng tiêu đề nhận ra được — cần các cột Mục (hoặc TT, Tên "
            "dịch vụ), Chủ trì và Phối hợp (hoặc Cơ quan thực hiện), Thời hạn."
        )
    start, columns = header
    header_cells = [fold(c) for c in lines[start][1]]
    errors: list[str] = []
    result: list[ImportedRow] = []
    seen: dict[str, int] = {}
    parent: str | None = None  # the last numbered row: its sub-rows are printed without a TT
    for line, cells in lines[start + 1 :]:
        if not any(cells) or [fold(c) for c in cells] == header_cells:
            continue  # blank, or the header printed again on a new page

        def cell(field: str, cells: list[str] = cells) -> str:
            col = columns.get(field)
            return clean_cell(cells[col]) if col is not None and col < len(cells) else ""

        number, title = cell("row"), cell("name")
        if "name" in columns and not any(cell(f) for f in COLUMNS if f != "row"):
            continue  # a group heading ("I. NHÓM DỊCH VỤ CÔNG …")
        problems: list[str] = []
        key = _row_key(number, title, parent, assistant, province_decision, problems)
        if key and (_NUMBER.match(number) or _KEY.match(number)):
            parent = key.split("/")[0]
        role_text = ""
        if "agencies" in columns:
            role_text = cell("agencies")
            lead, coordinate = split_roles(role_text, assistant.agencies)
            if not lead:
                problems.append(f"không thấy cơ quan chủ trì trong “{role_text[:80]}”")
        else:
            lead = _agencies(cell("lead"), assistant, problems, "chủ trì")
            if not lead and not any("chủ trì" in p for p in problems):
                problems.append("thiếu cơ quan chủ trì")
            coordinate = _agencies(cell("coordinate"), assistant, problems, "phối hợp")
        deadline = cell("deadline")
        if deadline or not (key and _has_subrows(key, assistant)):
            try:
                # a month, a quarter or a day as the documents print it ("Thang 7/2021"
                # typed without marks is "Tháng 7/2021", as "So XD" is "Sở Xây dựng"; a bare
                # "31/12/2021" is "Trước ngày 31/12/2021", as /giao reads it)
                deadline = printed_period(deadline)
                parse_deadline(deadline)
            except DeadlineError as exc:
                problems.append(f"thời hạn không hợp lệ: {exc}")
        if key and key in seen:
            problems.append(f"mục {key} đã có ở dòng {seen[key]}")
        if problems:
            errors += [f"dòng {line}: {p}" for p in problems]
            continue
        assert key is not None  # _row_key reports a problem when it finds no row
        seen[key] = line
        result.append(ImportedRow(line, key, lead, coordinate, deadline, role_text))
    if errors:
        raise ImportRefused(errors)
    if not result:
        raise Unreadable(f"Tệp {name}: có tiêu đề nhưng không có dòng dữ liệu nào.")
    return result


def _has_subrows(key: str, assistant) -> bool:
    # A row printed with its sub-rows (406-11) carries no deadline of its own: they do.
    return any(k.startswith(key + "/") for k in assistant.catalogue.rows)


def _row_key(
    number: str, title: str, parent: str | None, assistant, decision: str, problems: list[str]
) -> str | None:
    rows = assistant.catalogue.rows
    bare = _NUMBER.match(number)
    if bare:
        key = f"{decision}-{int(bare.group(1))}"
        if key not in rows:
            problems.append(f"không có mục {key} trong danh mục")
            return None
        if title and fuzz.ratio(fold(title), fold(rows[key].title)) < SAME_TITLE:
            problems.append(
                f"số {number} là mục {key} “{rows[key].title[:60]}”, bảng ghi “{title[:60]}”"
            )
            return None
        return key
    if not number and title and parent:
        subs = [r for k, r in rows.items() if k.startswith(parent + "/")]
        scored = [(fuzz.ratio(fold(title), fold(r.title)), r.key) for r in subs]
        best = max(scored, default=(0.0, ""))
        if best[0] >= SAME_TITLE:
            return best[1]
    return resolve_row(number or title, assistant, decision, problems)


def resolve_row(text: str, assistant, decision: str, problems: list[str]) -> str | None:
    if not text:
        problems.append("thiếu mục (mã hoặc tên dịch vụ)")
        return None
    rows = assistant.catalogue.rows
    m = _KEY.match(text.strip())
    if m:
        key = f"{m.group(1)}-{int(m.group(2))}" + (f"/{m.group(3).strip()}" if m.group(3) else "")
        found = next((k for k in rows if fold(k) == fold(key)), None)
        if found is None:
            problems.append(f"không có mục {text!r} trong danh mục")
        return found
    wanted = fold(text)
    exact = [r.key for r in rows.values() if fold(r.title) == wanted and not r.sub]
    if len(exact) == 1:
        return exact[0]
    prior = {k: 1.0 for k, r in rows.items() if r.decision == decision}
    hits = assistant.matcher.search(text, limit=2, prior=prior)
    if (
        hits
        and hits[0].coverage >= MIN_COVERAGE
        and (len(hits) == 1 or hits[1].score < CLEAR_MARGIN * hits[0].score)
    ):
        return hits[0].key
    problems.append(f"không xác định được mục cho “{text[:80]}” (ghi mã mục, ví dụ 406-14)")
    return None


def _agencies(text: str, assistant, problems: list[str], role: str) -> tuple[str, ...]:
    names = []
    for part in (p.strip() for p in SEPARATORS.split(text or "")):
        if not part:
            continue
        name = assistant.agencies.resolve(part)
        if name is None:
            problems.append(f"cơ quan {role} không rõ: “{part[:80]}”")
        else:
            names.append(name)
    return tuple(dict.fromkeys(names))


MERGED = "các dòng trong tệp"  # a merged version's source: "<file>, các dòng trong tệp"
EDITED = "/giao"  # a version with one row edited in chat: "/giao 406-22"


def merged_source(name: str) -> str:
    return f"{name}, {MERGED}"


def edit_source(key: str) -> str:
    return f"{EDITED} {key}"


def table_label(source: str) -> str:
    """How answers cite the table in force ("Nguồn: …"): a patched table is the table before
    with rows changed, not the patch's file alone."""
    if source.endswith(", " + MERGED) or source.startswith(EDITED + " "):
        return f"bảng phân công của tỉnh, sửa đổi gần nhất: {source}"
    return f"bảng nhập từ {source}"


def applied_label(source: str) -> str:
    """What an applied version is called when the chat quotes it back."""
    return f"sửa đổi {source}" if source.startswith(EDITED + " ") else f"bảng {source}"


def with_imported(
    catalogue: Catalogue, slug: str, name: str, decision: str, rows: list[ImportedRow], source: str
) -> Catalogue:
    """The catalogue with this province's assignments replaced by the imported table (a new
    province if needed).
    """
    base = catalogue.provinces.get(slug) or Province(
        slug=slug, name=name, coordinator=COORDINATOR, decision=decision
    )
    assignments = {}
    for r in rows:
        assignments[r.key] = Assignment(
            key=r.key,
            province=slug,
            lead=base.expand(r.lead),  # "UBND huyện" means each of the province's units
            coordinate=base.expand(r.coordinate),
            deadline_text=r.deadline_text,
            milestones=parse_deadline(r.deadline_text) if r.deadline_text else (),
            role_text=r.role_text,
            source=r.source or f"{source}#dòng {r.line}",
        )
    province = replace(
        base,
        assignments=assignments,
        assignments_label=table_label(source),
        name=name or base.name,
    )
    return replace(catalogue, provinces={**catalogue.provinces, slug: province})
