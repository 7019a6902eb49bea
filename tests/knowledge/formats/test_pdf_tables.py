"""A ruled table in a PDF's text layer read a row a line (knowledge/formats/pdf_tables.py)."""

from __future__ import annotations

import io

from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

from knowledge.formats.letter_file import read_letter_file
from knowledge.formats.pdf_tables import segments, tables


def _pdf(*drawings: str) -> bytes:
    """A PDF of a page for each content stream in `drawings` (Helvetica as /F1)."""
    writer = PdfWriter()
    for drawing in drawings:
        page = writer.add_blank_page(595, 842)
        font = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
            }
        )
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
        )
        stream = DecodedStreamObject()
        stream.set_data(drawing.encode("latin-1"))
        page[NameObject("/Contents")] = writer._add_object(stream)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _text(x: float, y: float, words: str) -> str:
    return f"BT /F1 10 Tf {x} {y} Td ({words}) Tj ET\n"


# Three columns (50-80, 80-300, 300-450), a head row (700-720), then two rows (660-700 and
# 620-660) whose duty wraps over two lines and whose date sits once, centred, in a cell that
# spans both rows (no rule between them in the last column).
_GRID = (
    "0.5 w\n"
    "50 720 m 450 720 l S\n50 700 m 450 700 l S\n"
    "50 660 m 300 660 l S\n50 620 m 450 620 l S\n"
    "50 620 m 50 720 l S\n80 620 m 80 720 l S\n300 620 m 300 720 l S\n450 620 m 450 720 l S\n"
)
_CELLS = (
    _text(52, 706, "TT")
    + _text(82, 706, "Nhiem vu")
    + _text(302, 706, "Thoi han")
    + _text(52, 676, "1")
    + _text(82, 686, "Cap nhat du lieu")
    + _text(82, 672, "ho tich")
    + _text(302, 656, "Truoc ngay 30/6/2024")
    + _text(52, 636, "2")
    + _text(82, 640, "Bao cao ket qua")
)


def test_the_rules_a_page_draws_make_its_table():
    ops = [([50, 720], b"m"), ([450, 720], b"l"), ([50, 700, 400, 20], b"re")]
    found = segments(ops)
    assert sum(s.horizontal for s in found) == 3 and sum(not s.horizontal for s in found) == 2
    # two columns only: not a table of tasks
    assert tables(found) == []


def test_a_ruled_table_reads_a_row_a_line_and_a_spanning_date_for_each_row():
    text = read_letter_file(
        _pdf(_text(50, 760, "Before the table:") + _GRID + _CELLS + _text(50, 580, "After."))
    )
    lines = [line for line in text.splitlines() if line.strip()]
    assert lines == [
        "Before the table:",
        "TT | Nhiem vu | Thoi han",
        "1 | Cap nhat du lieu ho tich | Truoc ngay 30/6/2024",
        "2 | Bao cao ket qua | Truoc ngay 30/6/2024",
        "After.",
    ]


def test_a_page_without_rules_reads_as_pypdf_reads_it():
    text = read_letter_file(_pdf(_text(50, 760, "One line") + _text(50, 740, "Two line")))
    assert text.split() == ["One", "line", "Two", "line"]


# The same kind of table with no rule drawn: columns at 50, 80, 240 and 360, a head line, two
# rows whose duty and date wrap, the second row a line step further down than its lines are
# apart, then a paragraph at the margin.
_SPACED_TABLE = (
    _text(50, 760, "Cac don vi thuc hien cac nhiem vu sau:")
    + _text(50, 730, "TT")
    + _text(80, 730, "Nhiem vu")
    + _text(240, 730, "Don vi")
    + _text(360, 730, "Thoi han")
    + _text(50, 712, "1")
    + _text(80, 712, "Cap nhat du lieu")
    + _text(240, 712, "Cac so, nganh")
    + _text(360, 712, "Truoc ngay")
    + _text(80, 700, "ho tich")
    + _text(360, 700, "30/6/2024")
    + _text(50, 680, "2")
    + _text(80, 680, "Bao cao ket qua")
    + _text(240, 680, "UBND cac huyen")
    + _text(360, 680, "Trong thang 7/2024")
)
_SPACED = _SPACED_TABLE + _text(
    50, 650, "Cac don vi tong hop ket qua, gui ve So Thong tin va Truyen thong theo dung han."
)


def test_a_table_without_rules_reads_a_row_a_line_by_its_columns():
    lines = [line for line in read_letter_file(_pdf(_SPACED)).splitlines() if line.strip()]
    assert lines == [
        "Cac don vi thuc hien cac nhiem vu sau:",
        "TT | Nhiem vu | Don vi | Thoi han",
        "1 | Cap nhat du lieu ho tich | Cac so, nganh | Truoc ngay 30/6/2024",
        "2 | Bao cao ket qua | UBND cac huyen | Trong thang 7/2024",
        "Cac don vi tong hop ket qua, gui ve So Thong tin va Truyen thong theo dung han.",
    ]


def test_two_columns_of_a_letter_head_are_no_table():
    text = read_letter_file(
        _pdf(
            _text(50, 760, "UBND TINH")
            + _text(300, 760, "CONG HOA XA HOI")
            + _text(50, 740, "So: 12/STTTT")
            + _text(300, 740, "ngay 2 thang 3 nam 2024")
        )
    )
    assert "|" not in text


def test_a_table_without_rules_goes_on_over_the_page_without_its_head_row():
    first = _SPACED_TABLE  # the table ends the page
    second = (
        _text(50, 800, "3")
        + _text(80, 800, "Cap nhat so lieu")
        + _text(240, 800, "So Y te")
        + _text(360, 800, "Truoc ngay 15/8/2024")
        + _text(50, 770, "Cac don vi thuc hien nghiem tuc.")
    )
    lines = [line for line in read_letter_file(_pdf(first, second)).splitlines() if line.strip()]
    assert lines[-2:] == [
        "3 | Cap nhat so lieu | So Y te | Truoc ngay 15/8/2024",
        "Cac don vi thuc hien nghiem tuc.",
    ]
    # a page that does not end on the table: the next page's aligned lines are its own
    alone = read_letter_file(_pdf(_SPACED, second))
    assert "3 | Cap nhat" not in alone


# A table drawn without rules whose head cells wrap over two lines ("Don vi chu" / "tri",
# "Thoi gian" / "hoan thanh"), in the order a writer draws it: a row's printed lines one after
# the other, or a cell at a time (a cell's second line before the next cell's first).
_WRAPPED_HEAD = [
    (50, 730, "TT"),
    (80, 730, "Nhiem vu"),
    (240, 730, "Don vi chu"),
    (240, 718, "tri"),
    (360, 730, "Thoi gian"),
    (360, 718, "hoan thanh"),
]
_WRAPPED_ROWS = [
    (50, 698, "1"),
    (80, 698, "Cap nhat du lieu"),
    (80, 686, "ho tich"),
    (240, 698, "So Tu phap"),
    (360, 698, "Truoc ngay"),
    (360, 686, "30/6/2024"),
    (50, 664, "2"),
    (80, 664, "Bao cao ket qua"),
    (240, 664, "UBND cac huyen"),
    (360, 664, "Trong thang 7/2024"),
]


def _drawn(pieces, by_line: bool) -> str:
    if by_line:
        pieces = sorted(pieces, key=lambda p: (-p[1], p[0]))
    return "".join(_text(x, y, words) for x, y, words in pieces)


def test_a_head_row_wrapped_over_two_lines_is_one_row_of_whole_names():
    for by_line in (True, False):
        page = (
            _text(50, 760, "Cac don vi thuc hien cac nhiem vu sau:")
            + _drawn(_WRAPPED_HEAD, by_line)
            + _drawn(_WRAPPED_ROWS, by_line)
            + _text(50, 630, "Cac don vi tong hop ket qua theo dung han.")
        )
        lines = [line for line in read_letter_file(_pdf(page)).splitlines() if line.strip()]
        assert lines == [
            "Cac don vi thuc hien cac nhiem vu sau:",
            "TT | Nhiem vu | Don vi chu tri | Thoi gian hoan thanh",
            "1 | Cap nhat du lieu ho tich | So Tu phap | Truoc ngay 30/6/2024",
            "2 | Bao cao ket qua | UBND cac huyen | Trong thang 7/2024",
            "Cac don vi tong hop ket qua theo dung han.",
        ], by_line


def test_a_number_column_s_head_may_wrap_too():
    head = [(50, 730, "So"), (50, 718, "TT"), *_WRAPPED_HEAD[1:]]
    page = _drawn(head, False) + _drawn(_WRAPPED_ROWS, False)
    lines = [line for line in read_letter_file(_pdf(page)).splitlines() if line.strip()]
    assert lines[0] == "So TT | Nhiem vu | Don vi chu tri | Thoi gian hoan thanh"
    assert lines[1].startswith("1 | Cap nhat du lieu ho tich | So Tu phap")
