""" "… có trong danh mục không" names the catalogue, not an agency's rows: a service beside an
agency named by catalogue wording ("bhxh") is weighed as a service, never answered with the
agency's list (knowledge/reader/in_catalogue.py). Phrasings written for these tests."""

from __future__ import annotations

import datetime as dt

TODAY = dt.date(2021, 4, 13)


def ask(assistant, question):
    return assistant.ask(question, TODAY, "tuyen-quang")


def test_a_service_beside_an_agency_asked_of_the_catalogue_is_not_the_agencys_list(assistant):
    for question in (
        "chế độ ốm đau bhxh có trong danh mục không",
        "rut bhxh mot lan co trong danh muc khong",
    ):
        answer = ask(assistant, question)
        assert answer.intent == "absent", (question, answer.text)


def test_the_agencys_rows_asked_for_are_its_list(assistant):
    answer = ask(assistant, "bhxh có những mục nào")
    assert answer.intent == "agency" and answer.agency == "Bảo hiểm xã hội tỉnh", answer.text


def test_the_catalogue_asked_of_is_not_the_proposal_that_prints_danh_muc(assistant):
    # the 20/4 proposal's title prints "Danh mục DVCTT": "có trong danh mục" is the list a
    # service is in, not that task, from an officer whose unit owes it too
    for question in ("co trong danh muc khong", "có trong danh mục không ạ"):
        answer = assistant.ask(question, TODAY, "tuyen-quang", "Sở Tư pháp")
        assert answer.intent == "unknown" and not answer.tasks, (question, answer.text)
    answer = assistant.ask(
        "dang ky ket hon online duoc chua, co trong danh muc ko",
        TODAY,
        "tuyen-quang",
        "Sở Tư pháp",
    )
    assert answer.intent == "absent" and not answer.tasks, answer.text
    # the proposal named by its own words is still that task
    for question in ("danh mục đề xuất nộp khi nào", "hồ sơ đề xuất đưa vào danh mục hạn nào"):
        answer = assistant.ask(question, TODAY, "tuyen-quang", "Sở Tư pháp")
        assert answer.intent == "task", (question, answer.text)
        assert [t.task.id for t in answer.tasks] == ["tq-2021-04-20"], (question, answer.text)


def test_the_service_quoted_back_leaves_out_the_catalogue_asked_of(assistant):
    # "“… có trong danh” không có trong danh mục" quoted the question's frame as the service
    answer = assistant.ask(
        "cấp phép karaoke có trong danh mục không", TODAY, "tuyen-quang", "Sở Tư pháp"
    )
    assert answer.intent == "absent"
    assert answer.text.startswith("“cấp phép karaoke” không có trong danh mục"), answer.text


def test_a_job_is_no_duty(assistant):
    # "thôi việc" (quitting a job) beside "lao động" asks of a service, not Sở LĐTBXH's list
    answer = assistant.ask(
        "người lao động thôi việc lâu rồi, muốn lĩnh bảo hiểm xã hội một lần qua cổng",
        dt.date(2021, 4, 13),
        "tuyen-quang",
    )
    assert answer.intent in ("absent", "unknown"), answer.text
