"""A unit a task's own item gives a support duty in a sentence of its own supports that task."""

from __future__ import annotations

from knowledge.letters.given_support import given_support
from knowledge.letters.text import Line

TT = "Sở Thông tin và Truyền thông"


def test_a_unit_of_the_group_given_help_in_its_own_sentence_supports(register):
    line = Line(
        4,
        "Các Sở, ban, ngành báo cáo kết quả gửi Văn phòng UBND tỉnh trước ngày 20/5/2024. "
        "Sở Thông tin và Truyền thông hỗ trợ kỹ thuật.",
    )
    assert given_support([line], line, register, {4}) == {TT}


def test_a_receiver_that_helps_on_a_line_of_the_item_supports(register):
    dated = Line(4, "Giao UBND huyện Hàm Yên lập hồ sơ, gửi UBND tỉnh (qua Sở TT&TT) trước 5/6")
    helps = Line(5, "Sở Thông tin và Truyền thông hỗ trợ các huyện trong quá trình lập hồ sơ.")
    assert given_support([dated, helps], dated, register, {4}) == {TT}


def test_a_lead_working_with_partners_on_a_dated_clause_owes_it(register):
    line = Line(4, "Sở Tài chính phối hợp với Sở Tư pháp hoàn thành dự toán trước ngày 5/6/2024.")
    assert given_support([line], line, register, {4}) == set()


def test_help_printed_on_another_dated_line_serves_that_one(register):
    first = Line(4, "- Cài đặt phần mềm trước ngày 15/4/2024. Sở Nội vụ hỗ trợ kỹ thuật.")
    second = Line(5, "- Báo cáo số hồ sơ về Sở Nội vụ trước ngày 30/6/2024.")
    assert given_support([first, second], second, register, {4, 5}) == set()
    assert given_support([first, second], first, register, {4, 5}) == {"Sở Nội vụ"}
