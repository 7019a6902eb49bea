"""A report table written as an .xlsx workbook: titles over the whole width, header rows with their
merges, the column numbers row, bordered body, bold section rows, notes under the table.
"""

from __future__ import annotations

from io import BytesIO

from knowledge.deliverables.layout import Table
from knowledge.formats.cells import put


def render(table: Table) -> bytes:
    # openpyxl imported here, not at the bot's start (a fifth of its imports)
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    book = Workbook()
    sheet = book.active
    sheet.title = table.sheet[:31]
    width = table.width
    row = 1
    for i, title in enumerate(table.titles):
        cell = put(sheet, row, 1, title)
        cell.font = Font(bold=i < len(table.titles) - 1, size=12)
        cell.alignment = Alignment(horizontal="center", wrap_text=True)
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
        row += 1
    row += 1
    header_top = row
    for header in table.headers:
        for col, text in enumerate(header, start=1):
            cell = put(sheet, row, col, text or None)
            cell.font = Font(bold=True)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.border = box
        row += 1
    for r1, c1, r2, c2 in table.merges:
        sheet.merge_cells(
            start_row=header_top + r1 - 1,
            start_column=c1,
            end_row=header_top + r2 - 1,
            end_column=c2,
        )
    for col, number in enumerate(table.numbers, start=1):
        cell = put(sheet, row, col, number)
        cell.alignment = Alignment(horizontal="center")
        cell.font = Font(italic=True)
        cell.border = box
    row += 1
    for index, values in enumerate(table.rows):
        bold = index in table.sections
        for col, value in enumerate(values, start=1):
            cell = put(sheet, row, col, value if value != "" else None)
            cell.border = box
            cell.font = Font(bold=bold)
            cell.alignment = Alignment(
                vertical="top",
                wrap_text=True,
                horizontal="center" if isinstance(value, int) or value == "x" else None,
            )
        row += 1
    if table.notes:
        row += 1
        put(sheet, row, 1, "Ghi chú:").font = Font(bold=True)
        for note in table.notes:
            row += 1
            put(sheet, row, 1, f"- {note}")
    for col, size in enumerate(table.widths, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = size
    out = BytesIO()
    book.save(out)
    return out.getvalue()
