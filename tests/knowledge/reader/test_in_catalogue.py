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
