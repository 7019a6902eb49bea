"""Reading an assignment table's file: the CSV delimiter is the header line's, whatever the data
lines hold; a workbook's dates read as printed.
"""

from __future__ import annotations

from datetime import datetime
from io import BytesIO

import pytest
from openpyxl import Workbook

from knowledge.catalogue.importer import Unreadable, read_bytes, validate

MANY = "Sở Giao thông vận tải; Sở Y tế; Sở Tư pháp; Sở Nội vụ; Sở Tài chính"


def test_a_comma_table_whose_cells_list_agencies_with_semicolons(assistant):
    text = (
        "Mục,Chủ trì,Phối hợp,Thời hạn\n"
        f"406-22,{MANY},Công an tỉnh,Tháng 9/2022\n"
        f'406-14,Sở Xây dựng,"{MANY}",Quý III/2022\n'
    )
    lines = read_bytes("bang.csv", text.encode())
    assert lines[1][1][1] == MANY  # more ";" on the line than "," did not fool it
    rows = validate(lines, assistant, "406", "bang.csv")
    assert [r.key for r in rows] == ["406-22", "406-14"]
    assert rows[0].lead[:2] == ("Sở Giao thông vận tải", "Sở Y tế") and len(rows[0].lead) == 5


def test_a_semicolon_table_whose_names_hold_commas(assistant):
    text = (
        "Mục;Chủ trì;Phối hợp;Thời hạn\n406-14;Sở Lao động, Thương binh và Xã hội;;Tháng 6/2022\n"
    )
    rows = validate(read_bytes("bang.csv", text.encode()), assistant, "406", "bang.csv")
    assert rows[0].lead == ("Sở Lao động, Thương binh và Xã hội",)


def test_a_workbook_date_reads_as_the_deadline_printed(assistant):
    book = Workbook()
    sheet = book.active
    sheet.append(["Mục", "Chủ trì", "Phối hợp", "Thời hạn"])
    sheet.append(["406-14", "Sở Xây dựng", None, datetime(2022, 6, 30)])
    out = BytesIO()
    book.save(out)
    lines = read_bytes("bang.xlsx", out.getvalue())
    assert lines[1][1] == ["406-14", "Sở Xây dựng", "", "ngày 30/6/2022"]
    # printed as /giao prints a day (ux14b item 7): the same last day
    assert (
        validate(lines, assistant, "406", "bang.xlsx")[0].deadline_text == "Trước ngày 30/6/2022"
    )


def test_an_empty_sheet_is_one_line():
    with pytest.raises(Unreadable, match="trống"):
        read_bytes("bang.xlsx", _empty_book())


def _empty_book() -> bytes:
    out = BytesIO()
    Workbook().save(out)
    return out.getvalue()
