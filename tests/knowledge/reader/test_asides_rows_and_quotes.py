"""A row by its number with the annex named between, a grade that is no row, a service quoted
back as typed, a month's report asked with no unit, and an agency's list asked beside a guess
of its rows. Phrasings written for these tests."""

from __future__ import annotations

import datetime as dt

MAY = dt.date(2021, 5, 10)
OCTOBER = dt.date(2021, 10, 4)


def test_a_row_number_with_the_annex_named_before_its_decision(assistant):
    answer = assistant.ask("xem giúp mục 7 thuộc danh mục 411", MAY)
    assert answer.intent == "item" and [i.key for i in answer.items][:1] == ["411-7"]


def test_hang_typed_after_a_services_words_is_a_grade_not_a_row(assistant):
    answer = assistant.ask("giay phep xay dung hang 3 co khong", MAY)
    assert answer.intent != "item"
    assert "406-3" not in [i.key for i in answer.items]


def test_a_declined_service_is_quoted_back_with_its_one_word_agency(assistant):
    answer = assistant.ask("xin phep khai thac cat soi tren song", MAY)
    assert answer.intent == "absent"
    assert "khai thac cat soi" in answer.text


def test_a_months_report_with_no_unit_and_no_report_is_only_offered(assistant):
    answer = assistant.ask("bc thang 9 gui truoc ngay nao", OCTOBER)
    assert not (answer.intent == "service" and answer.sure)


def test_an_agencys_list_asked_beside_a_guess_of_its_rows(assistant):
    answer = assistant.ask(
        "Sở Tư pháp có việc gì phải làm không, nghe nói có vụ đăng ký khai sinh cho trẻ", MAY
    )
    assert answer.intent == "agency" and answer.agency == "Sở Tư pháp"


def test_a_guess_of_a_row_the_agency_does_not_hold_is_asked_apart(assistant):
    # 411-13 is no row of Sở Tư pháp in the province's table: the list would not answer it
    answer = assistant.ask(
        "Sở Tư pháp có việc gì phải làm không, nghe nói có vụ cấp phiếu lý lịch tư pháp", MAY
    )
    assert answer.intent == "service" and answer.items[0].key == "411-13"


def test_a_service_told_before_a_bare_when_stays_the_service(assistant):
    answer = assistant.ask(
        "bên em làm đổi giấy phép lái xe, hạn bao giờ", MAY, None, "Sở Giao thông vận tải"
    )
    assert answer.intent == "service" and answer.items[0].key == "406-22"
