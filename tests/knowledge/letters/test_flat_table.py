"""A table of tasks a scan flattened a cell a line, given back a row a line by its head's words:
the duty first, the units between (the lead's cell, then the supporters'), the time last."""

from __future__ import annotations

from knowledge.letters.flat_table import rowed
from knowledge.letters.scanned import restored

TABLE = (
    "TT\nNhiệm vụ\nCơ quan chủ trì\nCơ quan phối hợp\nThời hạn\nhoàn thành\n"
    "1\nSố hóa hồ sơ hộ tịch còn hiệu lực\ntheo Nghị định số 107/2021/NĐ-CP\n"
    "Sở Tư pháp;\nSở Tài nguyên\nvà Môi trường\nViễn thông\nTuyên Quang\nTrước ngày\n30/9/2022\n"
    "                                2\n"
    "2\nTriển khai thanh toán trực tuyến phí, lệ phí\nSở Tài chính\nQuý IV/2022\n"
)


def _rows(text: str, register) -> list[list[str]]:
    return [ln.split("\t") for ln in rowed(restored(text), register).split("\n") if "\t" in ln]


def test_each_row_comes_back_on_its_numbers_line_with_the_heads_cells(register):
    rows = _rows("Kính gửi: Sở Tư pháp.\n" + TABLE, register)
    assert rows == [
        ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành"],
        [
            "1",
            "Số hóa hồ sơ hộ tịch còn hiệu lực theo Nghị định số 107/2021/NĐ-CP",
            "Sở Tư pháp; Sở Tài nguyên và Môi trường",
            "Viễn thông Tuyên Quang",
            "Trước ngày 30/9/2022",
        ],
        # a row with no supporter leaves that cell empty; the page's number is no row
        ["2", "Triển khai thanh toán trực tuyến phí, lệ phí", "Sở Tài chính", "", "Quý IV/2022"],
    ]


def test_every_line_keeps_its_number(register):
    text = "Kính gửi: Sở Tư pháp.\n" + TABLE
    lines = rowed(restored(text), register).split("\n")
    assert len(lines) == len(text.split("\n"))
    assert lines[7].startswith("1\t")  # the first row stands on its number's line


def test_a_row_whose_time_cannot_be_read_leaves_the_table_as_printed(register):
    text = "Kính gửi: Sở Tư pháp.\n" + TABLE.replace("Quý IV/2022", "Sớm nhất có thể")
    assert rowed(text, register) == text
