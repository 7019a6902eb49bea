"""A form as an .xlsx workbook: the template a unit fills (laid out as the seed prints it, with a
hidden sheet naming the form and the unit, so the bot knows an uploaded file for what it is), and
the reading of a filled one back into cells for knowledge/deliverables/forms.py to check.
"""

from __future__ import annotations

from io import BytesIO
from typing import Any

from knowledge.deliverables.form_checks import Parsed, parse_grid
from knowledge.deliverables.forms import FORMS, TIERS, Form
from knowledge.formats.book import Book, Sheet
from knowledge.formats.cells import Formula, put
from knowledge.formats.safe_zip import ZIP_LIMITS, FileRefused
from knowledge.formats.xlsx_reader import read_book

MARKER_SHEET = "_mau"
MARKER = "dvctt-mau-bieu"  # A1 of the hidden sheet; A2 the form's code, A3 the unit
MAX_BYTES = ZIP_LIMITS.max_bytes
WIDTHS = {"stt": 6, "name": 60, "tier": 18, "reason": 50, "note": 30, "lead": 30}
GUIDE = {
    "counts": [
        "Ghi số thủ tục hành chính (TTHC) vào các ô cột B–E của ba dòng Cấp tỉnh, Cấp huyện, "
        "Cấp xã; để trống nghĩa là 0.",
        "Mức độ 2, 3, 4 cộng lại không được nhiều hơn Tổng số TTHC của dòng đó.",
        "Không thêm, bớt dòng; dòng Tổng bot tự cộng.",
    ],
    "list": [
        "Dưới mỗi mục A (Cấp tỉnh), B (Cấp huyện), C (Cấp xã): một dòng lĩnh vực (cột A: I, II, "
        "…; cột B: Lĩnh vực …), rồi các dòng dịch vụ (cột A: 1, 2, …; cột B: tên dịch vụ).",
        "Chèn thêm dòng khi cần; xóa các mục không có dịch vụ nào cũng được.",
        "Các cột mức độ: ghi x vào ô của mức độ, để trống các ô còn lại.",
        "Gửi lại tệp này cho bot (đính kèm tệp trong tin nhắn riêng) để nộp.",
    ],
}


def _box(cell, bold: bool = False, center: bool = False) -> None:
    from openpyxl.styles import Alignment, Border, Font, Side

    thin = Side(style="thin")
    cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    cell.font = Font(bold=bold)
    cell.alignment = Alignment(
        horizontal="center" if center else None, vertical="center", wrap_text=True
    )


def template(
    form: Form, unit: str, lines: list[dict] | None = None, counts: dict | None = None
) -> bytes:
    """The form for `unit` to fill; `lines` prefill a list (Phụ lục IV from the unit's rows
    reported "không đủ điều kiện"), `counts` Phụ lục I (a submission made in the chat is kept as
    the workbook it would have been). `unit` "": the blank form an admin fills for a unit, whose
    name they write on the unit's line (`unit_cell` reads it back).
    """
    # openpyxl imported here, not at the bot's start (a fifth of its imports)
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = form.name
    width = len(form.columns)
    texts = [*form.titles, form.attached, f"{form.unit_label} {unit}"]
    for row, text in enumerate(texts, start=1):
        cell = put(sheet, row, 1, text)
        cell.font = Font(bold=row <= len(form.titles), italic=row > len(form.titles))
        cell.alignment = Alignment(horizontal="center", wrap_text=True)
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
    row = form.header_row
    for header in form.headers:
        for col, text in enumerate(header, start=1):
            _box(put(sheet, row, col, text or None), bold=True, center=True)
        row += 1
    for r1, c1, r2, c2 in form.merges:
        sheet.merge_cells(
            start_row=form.header_row + r1 - 1,
            start_column=c1,
            end_row=form.header_row + r2 - 1,
            end_column=c2,
        )
    if form.numbers:
        for col in range(1, width + 1):
            _box(put(sheet, row, col, f"({col})"), center=True)
        row += 1
    if form.shape == "counts":
        _count_rows(sheet, form, counts or {})
    else:
        _list_rows(sheet, form, lines or [])
    for col, column in enumerate(form.columns, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = WIDTHS.get(column.key, 14)
    guide = book.create_sheet("Hướng dẫn")
    for i, text in enumerate(GUIDE[form.shape], start=1):
        put(guide, i, 1, f"- {text}")
    guide.column_dimensions["A"].width = 120
    marker = book.create_sheet(MARKER_SHEET)
    for i, value in enumerate((MARKER, form.code, unit), start=1):
        put(marker, i, 1, value)
    marker.sheet_state = "hidden"
    book.active = 0
    out = BytesIO()
    book.save(out)
    return out.getvalue()


def _count_rows(sheet, form: Form, counts: dict) -> None:
    from openpyxl.utils import get_column_letter

    first = form.first_row
    for i, (tier, _, label) in enumerate(TIERS):
        given = counts.get(tier) or {}
        for col, column in enumerate(form.columns, start=1):
            value = label if col == 1 else given.get(column.key)
            _box(put(sheet, first + i, col, value if value != "" else None))
    total = first + len(TIERS)
    _box(put(sheet, total, 1, "Tổng"), bold=True)
    for col in range(2, len(form.columns)):
        letter = get_column_letter(col)
        formula = Formula(f"=SUM({letter}{first}:{letter}{total - 1})")
        _box(put(sheet, total, col, formula), bold=True, center=True)
    _box(put(sheet, total, len(form.columns)))


def _list_rows(sheet, form: Form, lines: list[dict]) -> None:
    row = form.first_row
    width = len(form.columns)

    def add(values: list[Any], bold: bool = False) -> None:
        nonlocal row
        for col in range(1, width + 1):
            value = values[col - 1] if col - 1 < len(values) else None
            _box(put(sheet, row, col, value), bold=bold)
        row += 1

    for tier, letter, label in TIERS:
        add([letter, label], bold=True)
        in_tier = [line for line in lines if line["tier"] == tier]
        fields = list(dict.fromkeys(line["field"] for line in in_tier))
        for f_index, field in enumerate(fields):
            if field:
                add([_roman(f_index), f"Lĩnh vực {field}"], bold=True)
            chosen = [line for line in in_tier if line["field"] == field]
            for n, line in enumerate(chosen, start=1):
                add([n, *(_cell_value(c.kind, line.get(c.key)) for c in form.columns[1:])])
        if not in_tier:
            add(["I", "Lĩnh vực "], bold=True)
            add([1])


def _cell_value(kind: str, value: Any) -> Any:
    if kind == "mark":
        return "x" if value else None
    return value if value not in ("", None) else None


def _roman(i: int) -> str:
    numerals = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
    return numerals[i] if i < len(numerals) else str(i + 1)


class NotAWorkbook(FileRefused):
    pass


def open_book(data: bytes, name: str = "bieu.xlsx") -> Book:
    """The workbook read in this process, within the reader's bounds (tests, tools); what people
    send is read in the sandbox (knowledge/formats/sandbox.py, job "xlsx").
    """
    return read_book(name, data)


def form_of(book: Book) -> tuple[Form, str] | None:
    """The form and unit a workbook's hidden marker names: None for any other workbook."""
    if MARKER_SHEET not in book.sheetnames:
        return None
    marker = book[MARKER_SHEET]
    values = [marker.value(i, 1) for i in (1, 2, 3)]
    if values[0] != MARKER or values[1] not in FORMS:
        return None
    return FORMS[values[1]], str(values[2] or "")


def _form_sheet(book: Book, form: Form) -> Sheet:
    return book[form.name] if form.name in book.sheetnames else book.sheets[0]


def unit_cell(book: Book, form: Form) -> str:
    """The text of the form's unit line as the workbook holds it now ("Cơ quan, đơn vị: Sở Y
    tế"), "" when blank; a formula there is read as its formula, which names no unit.
    """
    sheet = _form_sheet(book, form)
    value = sheet.formulas.get((form.unit_row, 1), sheet.value(form.unit_row, 1))
    return str(value).strip() if value is not None else ""


def parse_book(book: Book, form: Form, resolve=None) -> Parsed:
    """The form's sheet (by its printed name, else the first) read and checked cell by cell; a
    formula cell is read as its formula, which the checks refuse.
    """
    return parse_grid(form, _form_sheet(book, form).grid(formulas=True), resolve)


def is_form_upload(data: bytes) -> bool:
    """A document the bot gave as a template: False for anything else, including files that do
    not open.
    """
    try:
        return form_of(open_book(data)) is not None
    except FileRefused:
        return False
