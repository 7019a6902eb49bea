"""Who receives what a line sends (knowledge/letters/details.py)."""

from __future__ import annotations

from knowledge.letters.details import about_row, recipient
from knowledge.letters.text import Line


def test_the_body_advised_in_the_purpose_before_the_request_receives_nothing(register):
    line = Line(
        1,
        "Để có cơ sở tham mưu UBND tỉnh bố trí kinh phí, Sở Tài chính đề nghị Sở Y tế lập dự "
        "toán, gửi về Sở Tài chính trước ngày 15/7/2023.",
    )
    assert recipient(line, register)[0] == "Sở Tài chính"
    # without a request after it the line's "tham mưu" is its own duty's receiver
    advising = Line(2, "Sở Y tế tham mưu UBND tỉnh ban hành kế hoạch trước ngày 15/7/2023.")
    assert recipient(advising, register)[0] == "UBND tỉnh"


def test_a_purpose_after_the_grounds_clause_names_no_receiver(register):
    line = Line(
        1,
        "Thực hiện Kế hoạch số 40/KH-UBND của UBND tỉnh; để có cơ sở tham mưu UBND tỉnh báo cáo "
        "Bộ Nội vụ, Sở Nội vụ đề nghị các đơn vị lập danh sách, gửi về Sở Nội vụ trước ngày "
        "05/9/2024.",
    )
    assert recipient(line, register)[0] == "Sở Nội vụ"


def test_a_purpose_in_its_own_sentence_after_a_cited_request_names_no_receiver(register):
    # the request before the purpose is another body's, retold; the letter's own comes after
    line = Line(
        1,
        "Ngày 25/8/2022, Bộ Y tế có Văn bản số 4410/BYT-CNTT đề nghị các địa phương cung cấp số "
        "liệu. Để kịp thời tổng hợp, báo cáo UBND tỉnh, Sở Y tế đề nghị các đơn vị thực hiện:",
    )
    assert recipient(line, register)[0] is None


def test_an_item_number_names_a_table_row_only_in_a_letter_numbered_by_its_rows():
    note = Line(9, "Kết quả các nhiệm vụ tại mục 1 và 3 gửi về Sở Tài chính để tổng hợp.")
    cited = Line(10, "Nhiệm vụ tại mục 2 của Văn bản số 12/STC ngày 01/3/2024 đã hoàn thành.")
    rows = [Line(5, "Dòng 1. Rà soát phí", table=True), note, cited]
    assert about_row(rows, "1") == [note] and about_row(rows, "3") == [note]
    assert about_row(rows, "2") == []  # a part of another document
    # a letter with items of its own: "mục 1" is its item, not the table's row
    assert about_row([Line(3, "1. Về thu phí"), *rows], "1") == []
