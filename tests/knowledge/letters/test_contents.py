"""What a deliverable holds: the items listed under the sentence that introduces them, read as
its parts and never as items of the letter's outline."""

from __future__ import annotations

import pytest

from knowledge.letters.contents import contents, introduces, lists_parts, run_on
from knowledge.letters.extract import read_letter
from knowledge.letters.sections import outline
from knowledge.letters.text import Line, lines_of


@pytest.mark.parametrize(
    "sentence",
    [
        "Hồ sơ đăng ký gồm:",
        "Gửi danh sách về Sở Tài chính. Thông tin cung cấp gồm có:",
        "Nội dung báo cáo, gồm:",
        "Hồ sơ đề nghị bao gồm các nội dung sau:",
        "Báo cáo phải làm rõ các nội dung chính sau:",
        "Kèm số liệu theo Phụ lục 02; trong đó nêu rõ:",
        "Phương án phải bảo đảm các yêu cầu sau:",
        "Báo cáo tập trung vào các nội dung sau:",
        "Hồ sơ bao gồm các tài liệu sau:",
        "Hồ sơ đề nghị gồm:",
        "Kế hoạch cần đảm bảo các yêu cầu:",
        "Kế hoạch gồm các nội dung chính sau đây:",
    ],
)
def test_sentences_that_list_what_a_deliverable_holds(sentence):
    assert introduces(Line(1, sentence))


def test_a_sentence_handing_duties_out_lists_no_parts():
    asks = Line(1, "Đề nghị các đơn vị tập trung vào các nội dung sau:")
    assert not lists_parts(asks)
    assert not introduces(Line(2, "Sở Y tế thực hiện các nội dung sau:"))
    assert lists_parts(Line(3, "Kế hoạch phải bảo đảm các nội dung chính sau:"))


def test_the_list_ends_at_another_kind_of_item():
    lines = [
        Line(1, "a) Lập danh sách đề nghị. Thông tin gồm:"),
        Line(2, "- Họ và tên;"),
        Line(3, "- Chức vụ."),
        Line(4, "b) Rà soát danh sách cũ."),
    ]
    assert contents(lines) == ("Họ và tên;", "Chức vụ.")


BODY = """1. Hồ sơ và thời hạn
Hồ sơ tự kiểm tra gồm:
a) Báo cáo kết quả tự kiểm tra;
b) Bảng điểm tự chấm.
Hồ sơ gửi về Sở Nội vụ trước ngày 10/12/2023.
2. Báo cáo tiến độ
Báo cáo gửi trước ngày 15/12/2023. Báo cáo cần làm rõ các nội dung:
1) Kết quả đã đạt;
2) Khó khăn, vướng mắc.
Riêng Sở Y tế gửi kèm số liệu của các bệnh viện.
3. Tổ chức thực hiện
Đề nghị các đơn vị thực hiện các việc sau:
a) Cử đầu mối.
b) Gửi danh sách trước ngày 20/12/2023.
"""


def test_parts_listed_by_points_are_lines_of_their_item_not_items():
    root, placed = outline(lines_of(BODY))
    first, second, third = root.children
    assert first.children == [] and second.children == []
    # the sentence after the list is still the item's own
    sent = next(s for ln, s in placed if ln.text.startswith("Hồ sơ gửi về"))
    assert sent is first
    assert next(s for ln, s in placed if ln.text.startswith("Riêng Sở Y tế")) is second
    assert contents(first.all_lines) == ("Báo cáo kết quả tự kiểm tra;", "Bảng điểm tự chấm.")
    assert len(contents(second.all_lines)) == 2
    # points after a sentence handing duties out stay items of the letter
    assert [s.number for s in third.children] == ["a", "b"]


def test_the_plus_items_under_a_dash_are_parts_of_that_part():
    lines = [
        Line(1, "Sở Xây dựng gửi kế hoạch trong tháng 8/2023. Kế hoạch gồm các nội dung:"),
        Line(2, "- Nguyên nhân;"),
        Line(3, "- Giải pháp khắc phục:"),
        Line(4, "+ bố trí nhân lực;"),
        Line(5, "+ số hóa bổ sung;"),
        Line(6, "- Lộ trình."),
    ]
    assert contents(lines) == ("Nguyên nhân;", "Giải pháp khắc phục:", "Lộ trình.")


def test_dashes_under_a_lettered_part_belong_to_it():
    lines = [
        Line(1, "Cử cán bộ đầu mối, gửi Sở Y tế trước ngày 20/3/2024. Thông tin đăng ký gồm:"),
        Line(2, "a) Cán bộ đầu mối:"),
        Line(3, "- Họ và tên;"),
        Line(4, "- Số điện thoại."),
        Line(5, "b) Kế hoạch chi tiết:"),
        Line(6, "- Tiến độ."),
    ]
    assert contents(lines) == ("Cán bộ đầu mối:", "Kế hoạch chi tiết:")


POINTED = """UBND TỈNH TUYÊN QUANG
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 2051/STTTT-CNTT
V/v đánh giá dịch vụ công trực tuyến
Tuyên Quang, ngày 16 tháng 11 năm 2021

Kính gửi: Các sở, ban, ngành.

1. Rà soát, đánh giá dịch vụ công trực tuyến
1.1. Đánh giá hiệu quả cung cấp dịch vụ công trực tuyến, nội dung đánh giá gồm:
a) Số liệu hồ sơ;
b) Nguyên nhân không phát sinh hồ sơ.
1.2. Báo cáo đánh giá tại điểm 1.1 gửi về Sở Thông tin và Truyền thông trước ngày 26/11/2021.
2. Báo cáo kết quả thực hiện nhiệm vụ tại mục 1 gửi về Sở Thông tin và Truyền thông trước \
ngày 10/12/2021.

Nơi nhận:
- Như trên;
"""


def test_the_parts_of_what_a_line_sends_are_those_of_the_undated_point_it_names(catalogue):
    first, second = read_letter(
        POINTED, catalogue, catalogue.province("tuyen-quang"), "c.txt"
    ).tasks
    assert first.contents == ("Số liệu hồ sơ;", "Nguyên nhân không phát sinh hồ sơ.")
    # mục 1 holds a date of its own: a report on it is another deliverable
    assert second.contents == ()


def test_parts_listed_on_the_line_that_introduces_them():
    line = Line(
        1,
        "Gửi Sở Y tế trước ngày 5/8/2024. Kế hoạch gồm: (1) mục tiêu; (2) lộ trình, "
        "kinh phí; (3) phân công.",
    )
    assert contents([line]) == ("mục tiêu", "lộ trình, kinh phí", "phân công")
    lettered = Line(2, "Hồ sơ gồm: a) Tờ trình; b) Dự thảo quy trình; c) Bản tổng hợp ý kiến.")
    assert run_on(lettered) == ["Tờ trình", "Dự thảo quy trình", "Bản tổng hợp ý kiến"]
    # a request that hands duties out on one line lists no parts of a deliverable
    asks = Line(3, "Đề nghị các đơn vị thực hiện: (1) rà soát; (2) báo cáo.")
    assert run_on(asks) == []
    # one numbered aside is no list
    assert run_on(Line(4, "Báo cáo gồm: (1) số liệu quý I.")) == []


def test_parts_run_on_in_a_dated_line_are_that_tasks_only(catalogue):
    text = (
        "UBND TỈNH TUYÊN QUANG\nSỞ NỘI VỤ\nSố: 12/SNV-CCHC\nV/v kế hoạch cải cách hành chính\n"
        "Tuyên Quang, ngày 4 tháng 1 năm 2024\n\nKính gửi: Sở Y tế.\n\n"
        "Đề nghị Sở Y tế gửi kế hoạch cải cách hành chính năm 2024 về Sở Nội vụ trước ngày "
        "20/1/2024. Kế hoạch gồm: (1) mục tiêu; (2) nhiệm vụ; (3) phân công.\n"
        "Sở Y tế báo cáo số thủ tục đã cắt giảm, gửi Sở Nội vụ trước ngày 25/1/2024.\n"
        "Trân trọng./.\n"
    )
    plan, report = read_letter(text, catalogue, catalogue.province("tuyen-quang"), "n.txt").tasks
    assert plan.contents == ("mục tiêu", "nhiệm vụ", "phân công")
    assert report.contents == ()
