"""The forms' cell checks, one by one, and each form's round trip: template -> filled with
openpyxl -> parsed -> compiled for the province with the unit on each line.
"""

from __future__ import annotations

from datetime import date
from io import BytesIO

import pytest
from openpyxl import load_workbook

from knowledge.deliverables.form_checks import (
    parse_grid,
    read_count,
    read_mark,
    read_quarter,
    read_text,
)
from knowledge.deliverables.form_compile import Sent, compile_form
from knowledge.deliverables.forms import FORMS, summary
from knowledge.formats.form_book import form_of, is_form_upload, open_book, parse_book, template
from knowledge.formats.xlsx import render


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (12, 12),
        (0, 0),
        (12.0, 12),
        ("12", 12),
        (" 7 ", 7),
        ("1.591", 1591),
        ("1,591", 1591),
        (None, None),
        ("  ", None),
        ("abc", "«abc» không phải số"),
        ("12a", "«12a» không phải số"),
        ("1.5", "«1.5» không phải số"),
        (1.5, "«1.5» không phải số nguyên"),
        (-3, "«-3» là số âm"),
        (True, "«True» không phải số"),
        ("=SUM(B7:B9)", "«=SUM(B7:B9)» là công thức; hãy ghi số"),
    ],
)
def test_read_count(value, expected):
    assert read_count(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("x", True), ("X", True), (" x ", True), ("✓", True), (None, False), ("", False)],
)
def test_read_mark(value, expected):
    assert read_mark(value) is expected


def test_read_mark_refuses_other_text():
    assert read_mark("có") == "«có» không phải dấu x (để trống hoặc ghi x)"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Quý II/2021", "Quý II/2021"),
        ("quy III", "Quý III/2021"),
        ("Quý 3/2021", "Quý III/2021"),
        (None, None),
        ("Quý IV/2021", "«Quý IV/2021» không phải Quý II/2021 hoặc Quý III/2021"),
    ],
)
def test_read_quarter(value, expected):
    assert read_quarter(value) == expected


def test_read_text_joins_lines_and_reads_whole_floats():
    assert read_text("  Cấp\n phép ") == "Cấp phép"
    assert read_text(3.0) == "3"
    assert read_text(None) == ""


def pl1_grid(**cells):
    form = FORMS["pl1"]
    grid = {(form.header_row, 1): "Cấp chính quyền"}
    for i, label in enumerate(("Cấp tỉnh", "Cấp huyện", "Cấp xã")):
        grid[(7 + i, 1)] = label
    for ref, value in cells.items():
        grid[(int(ref[1:]), ord(ref[0]) - 64)] = value
    return grid


def test_phu_luc_i_names_sheet_row_and_column():
    parsed = parse_grid(FORMS["pl1"], pl1_grid(B7=10, C7="abc", D8=-1))
    assert parsed.errors == [
        "Phụ lục I, dòng 7, cột C: «abc» không phải số",
        "Phụ lục I, dòng 8, cột D: «-1» là số âm",
    ]


def test_phu_luc_i_levels_cannot_exceed_the_total():
    parsed = parse_grid(FORMS["pl1"], pl1_grid(B7=10, C7=5, D7=5, E7=1))
    assert parsed.errors == [
        "Phụ lục I, dòng 7: mức độ 2, 3, 4 cộng lại (11) nhiều hơn tổng số TTHC (10) ở cột B"
    ]


def test_phu_luc_i_rows_are_fixed():
    grid = pl1_grid()
    grid[(8, 1)] = "Cấp thôn"
    assert parse_grid(FORMS["pl1"], grid).errors == [
        "Phụ lục I, dòng 8, cột A: phải là «Cấp huyện» (không thêm, bớt dòng)"
    ]


def test_a_sheet_not_laid_out_as_the_form_is_refused_at_its_header():
    errors = parse_grid(FORMS["pl2"], {(6, 2): "Tên"}).errors
    assert errors == [
        "Phụ lục II, dòng 6: không đúng mẫu (ô B6 phải là «Lĩnh vực/DVCTT»). "
        "Hãy tải lại mẫu từ /baocao."
    ]


def list_grid(code, *rows):
    form = FORMS[code]
    grid = {(form.header_row, 2): form.headers[0][1]}
    for i, values in enumerate(rows):
        for j, value in enumerate(values, start=1):
            if value is not None:
                grid[(form.first_row + i, j)] = value
    return grid


def test_list_lines_read_tier_field_and_level():
    parsed = parse_grid(
        FORMS["pl2"],
        list_grid(
            "pl2",
            ("A", "Cấp tỉnh"),
            ("I", "Lĩnh vực Xây dựng"),
            (1, "Cấp giấy phép xây dựng", None, "x", None, "ghi chú"),
            ("B", "Cấp huyện"),
            (1, "Đăng ký hộ kinh doanh", "x"),  # under a tier, no field line
            ("II", "Lĩnh vực"),
            (2, None),  # a numbered line left empty
        ),
    )
    assert parsed.errors == []
    assert parsed.lines == [
        {
            "tier": "tinh",
            "field": "Xây dựng",
            "name": "Cấp giấy phép xây dựng",
            "l2": False,
            "l3": True,
            "l4": False,
            "note": "ghi chú",
        },
        {
            "tier": "huyen",
            "field": "",
            "name": "Đăng ký hộ kinh doanh",
            "l2": True,
            "l3": False,
            "l4": False,
            "note": "",
        },
    ]


def test_list_errors_each_name_their_place():
    parsed = parse_grid(
        FORMS["pl2"],
        list_grid(
            "pl2",
            (1, "Trước mục A", "x"),
            ("A", "Cấp huyện"),
            ("A", "Cấp tỉnh"),
            (1, None, "x"),
            (2, "Hai mức", "x", "x"),
            (3, "Không mức"),
            (4, "Dấu lạ", "có"),
        ),
    )
    assert parsed.errors == [
        "Phụ lục II, dòng 7: dịch vụ nằm trước các mục A (Cấp tỉnh), B (Cấp huyện), C (Cấp xã)",
        "Phụ lục II, dòng 8, cột A: mục «A» là cấp tỉnh, cột B lại ghi «Cấp huyện»",
        "Phụ lục II, dòng 10, cột B: thiếu tên dịch vụ",
        "Phụ lục II, dòng 11, cột C, D, E: đánh dấu x đúng một mức độ (đang đánh 2)",
        "Phụ lục II, dòng 12, cột C, D, E: đánh dấu x đúng một mức độ",
        "Phụ lục II, dòng 13, cột C: «có» không phải dấu x (để trống hoặc ghi x)",
    ]
    assert parsed.lines == []


def test_phu_luc_iii_and_iv_allow_no_level_but_not_two():
    parsed = parse_grid(
        FORMS["pl4"],
        list_grid("pl4", ("A", "Cấp tỉnh"), (1, "Một", None, None, "Chưa có CSDL")),
    )
    assert parsed.errors == [] and parsed.lines[0]["reason"] == "Chưa có CSDL"
    parsed = parse_grid(FORMS["pl3"], list_grid("pl3", ("C", "Cấp xã"), (1, "Hai", "x", "x", "x")))
    assert parsed.errors == [
        "Phụ lục III, dòng 9, cột C, D: chỉ đánh dấu x một mức độ đang cung cấp"
    ]


def test_phu_luc_iv_needs_a_reason():
    parsed = parse_grid(FORMS["pl4"], list_grid("pl4", ("A", "Cấp tỉnh"), (1, "Một", "x")))
    assert parsed.errors == ["Phụ lục IV, dòng 9, cột E: thiếu lý do không đủ điều kiện"]


def test_bieu_02_checks_lead_agency_and_quarter():
    def resolve(text):
        return "Sở Xây dựng" if text.lower() in ("sxd", "sở xây dựng") else None

    grid = list_grid(
        "bieu02",
        ("A", "CẤP TỈNH"),
        (1, "Cấp giấy phép di dời", "x", None, "SXD", "Công an tỉnh", "Quý III/2021"),
        (2, "Cấp phép khác", None, "x", "Sở Mơ", None, "Quý IV"),
        (None, "Tổng số DVCTT đề xuất tích hợp, kết nối", 1, 1),
    )
    parsed = parse_grid(FORMS["bieu02"], grid, resolve)
    assert parsed.errors == [
        "BIỂU 02, dòng 11, cột E: không nhận ra cơ quan «Sở Mơ»",
        "BIỂU 02, dòng 11, cột G: «Quý IV» không phải Quý II/2021 hoặc Quý III/2021",
    ]
    assert parsed.lines[0]["lead"] == "Sở Xây dựng"


def fill(data: bytes, cells: dict) -> bytes:
    book = load_workbook(BytesIO(data))
    sheet = book.worksheets[0]
    for ref, value in cells.items():
        sheet[ref] = value
    out = BytesIO()
    book.save(out)
    return out.getvalue()


def first_row(code):
    return FORMS[code].first_row


ROUND_TRIPS = {
    "pl1": ({"B7": 20, "C7": 4, "D7": 6, "E7": 8, "B9": 3, "E9": 1}, {}),
    "pl2": ({"A8": "I", "B8": "Lĩnh vực Hộ tịch", "B9": "Đăng ký khai sinh", "E9": "x"}, {}),
    "pl3": ({"A9": "I", "B9": "Lĩnh vực Đất đai", "B10": "Đăng ký đất đai", "D10": "x"}, {}),
    "pl4": ({"A9": "I", "B9": "Lĩnh vực Y tế", "B10": "Cấp CCHN", "E10": "Cần bản gốc"}, {}),
    "bieu02": (
        {
            "A10": "I",
            "B10": "Lĩnh vực Xây dựng",
            "B11": "Cấp giấy phép di dời công trình",
            "C11": "x",
            "E11": "Sở Xây dựng",
            "G11": "Quý III/2021",
        },
        {},
    ),
}


@pytest.mark.parametrize("code", list(FORMS))
def test_round_trip_template_filled_parsed_compiled(code):
    form = FORMS[code]
    cells, _ = ROUND_TRIPS[code]
    data = fill(template(form, "Sở Xây dựng"), cells)
    assert is_form_upload(data)
    book = open_book(data)
    assert form_of(book) == (form, "Sở Xây dựng")
    parsed = parse_book(book, form)
    assert parsed.errors == []
    other = parse_book(open_book(fill(template(form, "Sở Y tế"), cells)), form)
    table = compile_form(
        form,
        "Tuyên Quang",
        [Sent("Sở Xây dựng", 1, parsed.data), Sent("Sở Y tế", 2, other.data)],
        date(2021, 5, 20),
    )
    assert table.titles[len(form.titles)] == form.attached
    assert render(table)[:2] == b"PK"
    if code == "pl1":
        tinh = next(r for r in table.rows if r[0] == "Cấp tỉnh")
        assert tinh[1:5] == [40, 8, 12, 16] and tinh[-1] == "2 đơn vị"
        assert table.rows[-1][:5] == ["Tổng", 46, 8, 12, 18]
        assert summary(form, parsed.data).startswith("Cấp tỉnh: 20 TTHC (mức 2: 4")
        return
    lines = [r for r in table.rows if isinstance(r[0], int)]
    assert [r[-1] for r in lines] == ["Sở Xây dựng", "Sở Y tế"]
    assert lines[0][1] == lines[1][1] and lines[0][1] in cells.values()
    tiers = [
        r[1] for i, r in enumerate(table.rows) if i in table.sections and r[0] in ("A", "B", "C")
    ]
    assert tiers == ["CẤP TỈNH"]
    if code == "bieu02":  # the total line counts the ticks of columns (3) and (4)
        assert table.rows[-1][1:4] == ["Tổng số DVCTT đề xuất tích hợp, kết nối", 2, 0]
    fields = {r[1] for r in table.rows if r[0] == "I"}
    assert len(fields) == 1 and next(iter(fields)).startswith("Lĩnh vực ")


def test_phu_luc_iv_template_prefilled_lines_round_trip():
    lines = [
        {
            "tier": "tinh",
            "field": "",
            "name": "406-11/Y tế Kết nối dữ liệu dân cư — ngành Y tế",
            "l2": False,
            "l3": False,
            "reason": "chưa có CSDL ngành",
        }
    ]
    parsed = parse_book(open_book(template(FORMS["pl4"], "Sở Y tế", lines)), FORMS["pl4"])
    assert parsed.errors == [] and parsed.lines == lines


def test_a_workbook_without_the_marker_is_not_a_form():
    from openpyxl import Workbook

    out = BytesIO()
    Workbook().save(out)
    assert not is_form_upload(out.getvalue())
    assert not is_form_upload(b"plain text")
