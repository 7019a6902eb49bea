"""A period or "next deadline" answer says a row's deadline as the standing rule says it for the
unit (ux22 #1): Sở TN&MT, 1/6/2021, is late on 406-19 and 406-20 by the province's 31/5;
Quyết định 406's 30/6 is no date "còn 29 ngày" of its own, and the rows are said late once."""

from __future__ import annotations

import datetime as dt

from knowledge.rules.standing import Mark

TODAY = dt.date(2021, 6, 1)
TNMT = "Sở Tài nguyên và Môi trường"
LATE_19 = "406-19 (hạn 31/5/2021 (quá hạn 1 ngày); hạn QĐ 406: 30/6/2021)"


def test_a_month_holds_no_row_the_unit_is_already_late_on(assistant):
    answer = assistant.ask("thang 6 ben em co gi den han", TODAY, "tuyen-quang", TNMT)
    lines = answer.text.splitlines()
    assert lines[0] == (
        "Không có hạn mới nào của Sở Tài nguyên và Môi trường trong Tháng 6/2021 (Tuyên "
        "Quang); 406-19, 406-20 có hạn trong kỳ nhưng đã quá hạn từ trước (dòng ⚠️ dưới)."
    )
    assert LATE_19 in answer.text and "còn 29 ngày" not in answer.text
    assert answer.text.count("quá hạn 1 ngày") == 3  # 406-19, 406-20, 406-39: once each
    assert answer.items == []


def test_the_nearest_date_is_one_the_unit_still_has_ahead(assistant):
    for question in ("han gan nhat cua ben em", "tnmt con bao nhieu ngay nua"):
        answer = assistant.ask(question, TODAY, "tuyen-quang", TNMT)
        assert answer.text.startswith("Đến hạn ngày 30/9/2021 (hạn gần nhất)"), answer.text
        assert "30/6/2021 (còn" not in answer.text and LATE_19 in answer.text
        assert [v.key for v in answer.items] == ["406-11/Tài nguyên và Môi trường"]


def test_a_row_reported_done_is_due_again_by_the_decisions_date(assistant):
    """Done by the province's date: 30/6 is the next date it owes (the standing rule's)."""
    marks = {("406-19", TNMT): Mark("hoan_thanh", dt.date(2021, 5, 30))}
    answer = assistant.ask("thang 6 ben em co gi den han", TODAY, "tuyen-quang", TNMT, marks)
    assert [v.key for v in answer.items] == ["406-19"]
    assert "406-20 (hạn 31/5/2021 (quá hạn 1 ngày); hạn QĐ 406: 30/6/2021)" in answer.text


def test_the_province_lists_the_row_late_on_its_date_with_the_decisions_beside(assistant):
    answer = assistant.ask("thang 6 co gi den han", TODAY, "tuyen-quang")
    [line] = [x for x in answer.text.splitlines() if x.startswith("• 406-19")]
    assert "hạn 31/5/2021 (quá hạn 1 ngày); hạn QĐ 406: 30/6/2021 (còn 29 ngày)" in line
