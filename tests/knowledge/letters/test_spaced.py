"""A table of tasks laid out with spaces (a text file, a PDF's text layer printed from one):
its rows given back a line each, cells apart by a tab, a wrapped cell joined under its column
(knowledge/letters/spaced.py); the two columns of a letter's head and prose stay as printed."""

from __future__ import annotations

from knowledge.letters.spaced import tabbed

TABLE = """4. Thời gian thực hiện
TT   Nội dung                        Đơn vị thực hiện     Thời hạn
1    Cử cán bộ đầu mối tham gia      Các Sở, ban, ngành   Trước ngày
     kiểm thử                                             12/6/2023

2    Báo cáo kết quả kiểm thử        Sở Y tế              Trước ngày 30/6/2023
Trân trọng./."""


def test_rows_are_a_line_each_with_their_wrapped_cells():
    lines = tabbed(TABLE).split("\n")
    assert len(lines) == len(TABLE.split("\n"))  # every line keeps its number
    assert lines[1] == "TT\tNội dung\tĐơn vị thực hiện\tThời hạn"
    assert lines[2] == (
        "1\tCử cán bộ đầu mối tham gia kiểm thử\tCác Sở, ban, ngành\tTrước ngày 12/6/2023"
    )
    assert lines[3] == ""
    assert lines[5] == "2\tBáo cáo kết quả kiểm thử\tSở Y tế\tTrước ngày 30/6/2023"
    assert lines[6] == "Trân trọng./."


def test_a_letters_head_and_prose_stay_as_printed():
    text = (
        "ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 12/UBND-KSTT             Tuyên Quang, ngày 4 tháng 10 năm 2021\n"
        "Các cơ quan gửi báo cáo  trước ngày 20/10/2021  theo Mẫu số 01."
    )
    assert tabbed(text) == text


DRAWN = """|TT | Nhiệm vụ                  | Chủ trì       | Thời hạn    |
 1   Rà soát quy trình nội bộ    Sở Tư pháp      Chậm nhất
     lĩnh vực hộ tịch _                          ngày 16/5/
                                                 2022
______________________________________________________
                                          Trang 1/2
 2   Công khai quy hoạch         Sở Xây dựng     Trước ngày
     xây dựng                                    10/6/2022

Trân trọng./."""


def test_a_head_drawn_with_borders_over_rows_laid_out_with_spaces():
    lines = tabbed(DRAWN).split("\n")
    assert len(lines) == len(DRAWN.split("\n"))
    assert lines[0] == "TT\tNhiệm vụ\tChủ trì\tThời hạn"
    # a date its cell wrapped after a slash is whole; a scan's speck after a cell is gone
    assert (
        lines[1]
        == "1\tRà soát quy trình nội bộ lĩnh vực hộ tịch\tSở Tư pháp\tChậm nhất ngày 16/5/2022"
    )
    # the page's foot inside the table is no row's text; the rows go on after it
    assert lines[4:6] == ["", ""]
    assert lines[6] == "2\tCông khai quy hoạch xây dựng\tSở Xây dựng\tTrước ngày 10/6/2022"
    assert lines[-1] == "Trân trọng./."


def test_a_bordered_table_whose_rows_have_borders_is_left_to_the_others():
    text = (
        "|TT | Nhiệm vụ | Chủ trì | Thời hạn |\n"
        "| 1 | Rà soát | Sở Tư pháp | Trước ngày 16/5/2022 |"
    )
    assert tabbed(text) == text
