"""The bounded workbook reader, in this process: every hostile file refused in one line naming
it, fast and in little memory (the sandbox's own budget is tested in test_sandbox.py); real
workbooks read back whole.
"""

from __future__ import annotations

import time
import tracemalloc
import zipfile
from datetime import datetime
from io import BytesIO

import pytest
from openpyxl import Workbook

from knowledge.deliverables.forms import FORMS
from knowledge.formats.form_book import form_of, parse_book, template
from knowledge.formats.safe_zip import FileRefused, ZipLimits, check_xml_parts, open_zip
from knowledge.formats.xlsx_reader import BookLimits, read_book
from tests import hostile_files as hostile
from tests.hostile_files import MAIN, book, sheet_xml

MB = 1024 * 1024

HOSTILE = {
    "5 million shared strings": (hostile.many_shared_strings, "giải nén ra 81 MB"),
    "a cell at AZ200000, declared": (hostile.far_cell, "có ô AZ200000, ngoài giới hạn"),
    "a cell at AZ200000, undeclared": (
        lambda: hostile.far_cell(declared=False),
        "có ô A200000, ngoài giới hạn",
    ),
    "billion laughs": (hostile.billion_laughs, "khai báo DTD/thực thể XML"),
    "cut sheet": (
        lambda: hostile.cut("xl/worksheets/sheet1.xml"),
        "phần xl/worksheets/sheet1.xml không phải XML hợp lệ",
    ),
    "cut workbook": (
        lambda: hostile.cut("xl/workbook.xml"),
        "phần xl/workbook.xml không phải XML hợp lệ",
    ),
    "cut styles": (lambda: hostile.cut("xl/styles.xml"), "phần xl/styles.xml không phải XML"),
}


@pytest.mark.parametrize("probe", list(HOSTILE))
def test_each_hostile_workbook_is_refused_in_one_line_fast_and_small(probe):
    make, says = HOSTILE[probe]
    data = make()
    assert len(data) < 400 * 1024  # small on disk
    tracemalloc.start()
    started = time.perf_counter()
    with pytest.raises(FileRefused) as refused:
        read_book("bieu.xlsx", data)
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    message = str(refused.value)
    assert message.startswith("Tệp bieu.xlsx") and "\n" not in message
    assert says in message
    assert seconds < 2.0 and peak < 50 * MB, (seconds, peak)


def test_shared_strings_are_counted_as_they_come_and_as_declared():
    many = "<si/>" * 250_001
    data = book({"xl/sharedStrings.xml": f'<sst xmlns="{MAIN}">{many}</sst>'})
    with pytest.raises(FileRefused, match=r"có hơn 200\.000 chuỗi"):
        read_book("a.xlsx", data)
    declared = book({"xl/sharedStrings.xml": f'<sst xmlns="{MAIN}" uniqueCount="9000000"/>'})
    with pytest.raises(FileRefused, match=r"khai báo hơn 200\.000 chuỗi"):
        read_book("a.xlsx", declared)


def test_rows_and_cells_beyond_the_limits_are_refused_even_without_addresses():
    rows = "<row/>" * 10_001
    with pytest.raises(FileRefused, match="ô A10001"):
        read_book("a.xlsx", book({"xl/worksheets/sheet1.xml": sheet_xml(rows)}))
    cells = "<row>" + "<c><v>1</v></c>" * 101 + "</row>"
    with pytest.raises(FileRefused, match="ô CW1"):
        read_book("a.xlsx", book({"xl/worksheets/sheet1.xml": sheet_xml(cells)}))
    small = BookLimits(max_cells=3)
    cells = "<row>" + "<c><v>1</v></c>" * 4 + "</row>"
    with pytest.raises(FileRefused, match="có hơn 3 ô có dữ liệu"):
        read_book("a.xlsx", book({"xl/worksheets/sheet1.xml": sheet_xml(cells)}), small)


def test_zip_bounds_members_sizes_passwords_and_lies():
    out = BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for i in range(301):
            archive.writestr(f"x{i}.xml", "<a/>")
    with pytest.raises(FileRefused, match="301 phần nén"):
        open_zip("a.xlsx", out.getvalue())
    with pytest.raises(FileRefused, match="quá lớn"):
        open_zip("a.xlsx", b"PK" + b"\0" * (2 * MB))
    data = bytearray(book({}))
    data[data.find(b"PK\x01\x02") + 8] |= 1  # the directory says the first member is encrypted
    with pytest.raises(FileRefused, match="có mật khẩu"):
        read_book("a.xlsx", bytes(data))
    # a member that inflates past the size its header declares fails, whatever it says
    with pytest.raises(FileRefused, match="giới hạn 1 KB"):
        open_zip("a.xlsx", book({}), ZipLimits(max_member_bytes=1024, max_total_bytes=1024))
    lying = _declare_smaller(book({"xl/worksheets/sheet1.xml": sheet_xml("<row/>" * 3000)}))
    with pytest.raises(FileRefused, match="hỏng"):
        read_book("a.xlsx", lying)


def _declare_smaller(data: bytes) -> bytes:
    """The sheet's uncompressed size rewritten as 100 bytes in both of its headers."""
    name = b"xl/worksheets/sheet1.xml"
    raw = bytearray(data)
    local = zipfile.ZipFile(BytesIO(data)).getinfo(name.decode()).header_offset
    raw[local + 22 : local + 26] = (100).to_bytes(4, "little")
    entry = raw.find(b"PK\x01\x02")
    while raw[entry + 46 : entry + 46 + len(name)] != name:
        entry = raw.find(b"PK\x01\x02", entry + 4)
    raw[entry + 24 : entry + 28] = (100).to_bytes(4, "little")
    return bytes(raw)


def test_xml_parts_of_any_zip_refuse_doctypes_for_other_readers():
    out = BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("word/document.xml", '<!DOCTYPE d SYSTEM "file:///etc/passwd"><d/>')
    with pytest.raises(FileRefused, match=r"thư\.docx bị từ chối: phần word/document\.xml"):
        check_xml_parts("thư.docx", out.getvalue())
    out = BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("word/document.xml", "<d><p>Kính gửi</p></d>")
    check_xml_parts("thư.docx", out.getvalue())
    with pytest.raises(FileRefused, match=r"không phải tệp \.docx đọc được"):
        check_xml_parts("thư.docx", b"%PDF-1.4")


def test_values_as_excel_shows_them_and_formulas_kept_beside():
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Bảng"
    sheet["A1"] = "Mục"
    sheet["B1"] = 406
    sheet["C1"] = 2.5
    sheet["D1"] = True
    sheet["E1"] = datetime(2021, 6, 30)
    sheet["F1"] = "=SUM(B1:C1)"
    sheet["B3"] = "xa"
    workbook.create_sheet("Ẩn").sheet_state = "hidden"
    out = BytesIO()
    workbook.save(out)
    read = read_book("t.xlsx", out.getvalue())
    assert read.sheetnames == ["Bảng", "Ẩn"] and read.sheets[1].hidden
    first = read.active_sheet
    assert first.cells == {
        (1, 1): "Mục",
        (1, 2): 406,
        (1, 3): 2.5,
        (1, 4): True,
        (1, 5): datetime(2021, 6, 30),
        (3, 2): "xa",
    }
    assert first.formulas == {(1, 6): "=SUM(B1:C1)"}
    assert first.rows()[1] == [None] * 5 and len(first.rows()) == 3
    assert read.from_json(read.to_json()) == read


def test_a_template_reads_back_as_its_form():
    read = read_book("mau.xlsx", template(FORMS["pl1"], "Sở Xây dựng"))
    assert form_of(read) == (FORMS["pl1"], "Sở Xây dựng")
    assert parse_book(read, FORMS["pl1"]).errors == []
