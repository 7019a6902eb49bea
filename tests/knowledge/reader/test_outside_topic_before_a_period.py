"""A question that opens on a thing no catalogue lists, then a period ("<a fund> quý 2 hạn nộp"),
asks that thing's date: not the list of what falls due in the period. Phrasings written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

APRIL = dt.date(2021, 4, 13)


@pytest.mark.parametrize(
    "question",
    ["đảng phí tháng 6 đóng hạn nào", "tiền điện nước quý 3 hạn thanh toán ngày nào"],
)
def test_a_thing_of_its_own_before_the_period_is_no_period_question(assistant, question):
    answer = assistant.ask(question, APRIL)
    assert answer.intent in ("unknown", "absent") and not answer.items and not answer.tasks


@pytest.mark.parametrize(
    "question", ["dịch vụ công tháng 6 có hạn gì", "các sở ngành quý 3 có hạn gì"]
)
def test_the_domains_own_words_or_agencies_before_a_period_still_ask_the_period(
    assistant, question
):
    assert assistant.ask(question, APRIL).intent == "deadline"
