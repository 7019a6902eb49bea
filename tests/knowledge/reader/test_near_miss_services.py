"""A service no row holds, named before an agency asked when it must be done, is that service's
date asked, not the agency's list (agency_or_service.py `when_of_a_thing`); a situation's title
pair cut by a compound of the question's own is no evidence for the row (situations.py
`_uncut`)."""

from __future__ import annotations

import datetime as dt

TODAY = dt.date(2021, 5, 12)


def ask(assistant, question):
    return assistant.ask(question, TODAY, "tuyen-quang")


def test_a_thing_no_row_holds_before_an_agency_asked_when_is_not_its_list(assistant):
    for question in (
        "cấp giấy phép kinh doanh lữ hành quốc tế, Sở Văn hóa, Thể thao và Du lịch phải "
        "hoàn thành khi nào",
        "đổi thẻ hội viên hội nông dân, Sở Nông nghiệp và Phát triển nông thôn phải xong khi nào",
    ):
        answer = ask(assistant, question)
        assert answer.intent == "absent", (question, answer.intent, answer.text)


def test_an_agency_asked_when_or_what_alone_is_its_list(assistant):
    for question, agency in (
        ("Sở Tư pháp phải hoàn thành khi nào", "Sở Tư pháp"),
        ("Sở Xây dựng phải hoàn thành những gì", "Sở Xây dựng"),
    ):
        answer = ask(assistant, question)
        assert answer.intent == "agency" and answer.sure, (question, answer.text)
        assert answer.agency == agency, question


def test_a_title_pair_cut_by_a_compound_of_its_own_offers_no_row(assistant):
    answer = ask(assistant, "đăng ký tạm giữ xe cho người thuê")
    assert answer.intent == "absent", answer.text
    assert "không có trong danh mục" in answer.text


def test_the_rows_own_pair_in_a_story_stays_its_row(assistant):
    answer = ask(assistant, "sinh viên thuê phòng trọ phải đăng ký tạm trú không")
    assert answer.intent == "service" and answer.items[0].key == "406-4", answer.text
