"""A table of tasks read by the words of its head, whatever their order and wording, its rows'
empty cells kept in place, a list outside it given to the row it names, and a unit its support
cell names on its own out of its lead cell's group."""

from __future__ import annotations

from knowledge.letters.contents import parts_under
from knowledge.letters.details import about_row, head_kind
from knowledge.letters.extract import read_letter
from knowledge.letters.grid import unfold
from knowledge.letters.text import Line, plain

HEAD = "STT | Nhiệm vụ | Đơn vị thực hiện | Đơn vị phối hợp | Thời hạn | Biểu mẫu"


def _texts(lines: list[Line]) -> list[str]:
    return [ln.text for ln in unfold(lines)]


def test_heads_in_other_words_name_their_columns_by_a_word_of_their_kind():
    assert head_kind(plain("Cơ quan, đơn vị thực hiện")) == "units"
    assert head_kind(plain("Cơ quan được giao chủ trì")) == "units"
    assert head_kind(plain("Đơn vị phối hợp thực hiện")) == "supporting"
    assert head_kind(plain("Hạn hoàn thành")) == "timing"
    assert head_kind(plain("Ghi chú")) is None
    assert head_kind(plain("Tình hình thực hiện")) is None


def test_a_sentence_is_no_column_name_whatever_words_it_holds():
    sentence = "Các đơn vị thực hiện nhiệm vụ theo đúng thời hạn đã được giao"
    assert head_kind(plain(sentence)) is None


def test_a_row_whose_last_cells_were_trimmed_keeps_its_columns():
    rows = [Line(1, HEAD), Line(2, "1 | Lập kế hoạch | Sở Y tế | | Trước ngày 28/01/2022")]
    assert _texts(rows) == [
        "Dòng 1. Lập kế hoạch",
        "Đơn vị thực hiện: Sở Y tế",
        "Thời hạn: Trước ngày 28/01/2022",
    ]


def test_columns_are_read_by_their_heads_not_their_places_and_tabs_keep_empty_cells():
    head = "TT\tThời gian hoàn thành\tNội dung công việc\tMẫu biểu\t"
    head += "Cơ quan phối hợp\tCơ quan chủ trì"
    row = "1\tChậm nhất ngày 10/6/2022\tBáo cáo kết quả\tPhụ lục II\t\tSở Y tế"
    assert _texts([Line(1, head), Line(2, row)]) == [
        "Dòng 1. Báo cáo kết quả",
        "Thời gian hoàn thành: Chậm nhất ngày 10/6/2022",
        "Mẫu biểu: Phụ lục II",
        "Cơ quan chủ trì: Sở Y tế",
    ]


def test_a_list_outside_the_table_belongs_to_the_task_it_names():
    lines = [
        Line(1, "Kế hoạch năm 2022 của cơ quan, đơn vị (nhiệm vụ 1) gồm các nội dung:"),
        Line(2, "a) Mục tiêu, chỉ tiêu;"),
        Line(3, "b) Tổ chức thực hiện."),
        Line(4, "Trân trọng./."),
    ]
    first = ("Mục tiêu, chỉ tiêu;", "Tổ chức thực hiện.")
    assert parts_under(lines, about_row(lines, "1")) == first
    assert parts_under(lines, about_row(lines, "2")) == ()


def test_a_unit_the_support_cell_names_leaves_the_lead_cells_group(catalogue):
    text = (
        "UBND TỈNH TUYÊN QUANG\nSỞ NỘI VỤ\nSố: 41/SNV-CCHC\nV/v rà soát vị trí việc làm\n"
        "Tuyên Quang, ngày 6 tháng 3 năm 2023\n\nKính gửi: Các sở, ban, ngành.\n\n"
        "Sở Nội vụ đề nghị các cơ quan thực hiện các việc sau:\n\n"
        "TT | Tên nhiệm vụ | Thời hạn hoàn thành | Cơ quan chủ trì | Cơ quan phối hợp\n"
        "1 | Rà soát đề án vị trí việc làm | Trước ngày 30/3/2023 | Các sở, ban, ngành | "
        "Sở Tài chính (thẩm định kinh phí)\n\nTrân trọng./.\n"
    )
    draft = read_letter(text, catalogue, catalogue.province("tuyen-quang"), "vtvl.txt")
    (task,) = draft.tasks
    assert task.supporting == ("Sở Tài chính",)
    assert "Sở Tài chính" not in task.units and "Sở Y tế" in task.units
