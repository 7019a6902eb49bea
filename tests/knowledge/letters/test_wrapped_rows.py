"""A text copy of a table of tasks whose cells wrap over lines: each row read back whole."""

from __future__ import annotations

from knowledge.letters.wrapped_rows import rejoined

HEAD = "STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời hạn hoàn thành"


def test_a_wrapped_row_is_given_on_its_first_line_and_the_others_keep_their_numbers():
    text = "\n".join(
        [
            HEAD,
            "1\tLắp đặt camera giám sát tại bộ phận",
            "một cửa cấp huyện\tUBND các huyện,",
            "thành phố\tViễn thông Tuyên Quang\tTrước ngày 30/9/2023",
            "Văn phòng UBND tỉnh thông báo để các cơ quan biết.",
        ]
    )
    lines = rejoined(text).split("\n")
    assert len(lines) == 5
    assert lines[1].split("\t") == [
        "1",
        "Lắp đặt camera giám sát tại bộ phận một cửa cấp huyện",
        "UBND các huyện, thành phố",
        "Viễn thông Tuyên Quang",
        "Trước ngày 30/9/2023",
    ]
    assert lines[2:4] == ["", ""]
    assert lines[4] == "Văn phòng UBND tỉnh thông báo để các cơ quan biết."


def test_an_empty_cell_between_two_tabs_counts_as_a_cell():
    text = "\n".join(
        [HEAD, "4\tBáo cáo số liệu dân cư,", "gửi Công an tỉnh\tSở Tư pháp\t\tTháng 7"]
    )
    row = rejoined(text).split("\n")[1].split("\t")
    assert row == ["4", "Báo cáo số liệu dân cư, gửi Công an tỉnh", "Sở Tư pháp", "", "Tháng 7"]


def test_lines_that_never_fill_the_head_s_cells_stay_as_printed():
    text = "\n".join([HEAD, "1\tMột dòng thiếu cột", "", "Trân trọng./."])
    assert rejoined(text) == text
    # no head row of a table of tasks: nothing is joined
    plain = "1\tMột\n2\tHai"
    assert rejoined(plain) == plain


def test_a_bordered_row_cut_inside_its_date_cell_is_read_whole():
    text = "\n".join(
        [
            "| TT | Nhiệm vụ | Chủ trì | Thời hạn |",
            "|---|---|---|---|",
            "| 1 | Rà soát phí | Sở Tư pháp | Trước ngày 15/8/2024 |",
            "| 2 | Cập nhật tài khoản | Sở Tài chính | Trong tháng",
            "9/2024 |",
            "Trân trọng./.",
        ]
    )
    lines = rejoined(text).split("\n")
    assert lines[3] == "| 2 | Cập nhật tài khoản | Sở Tài chính | Trong tháng 9/2024 |"
    assert lines[4] == "" and lines[5] == "Trân trọng./."


def test_a_bordered_row_that_never_closes_stays_as_printed():
    text = "| TT | Nhiệm vụ | Thời hạn |\n| 1 | Rà soát | Trong tháng\n\nGhi chú 9/2024 |"
    assert rejoined(text) == text
