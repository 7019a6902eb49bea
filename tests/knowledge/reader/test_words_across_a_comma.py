"""Words either side of a comma are no phrase: a verb no title knows that opens the next clause
("…, lấy …") does not stand in for the word the row prints after the last clause's end. Phrasings
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

APRIL = dt.date(2021, 4, 13)


@pytest.mark.parametrize(
    "question",
    [
        "khai trình sử dụng lao động, lấy mã số bảo hiểm xã hội hạn nào",
        "thành lập doanh nghiệp khai trình lao động, lấy mã bhxh, đặt in hóa đơn một lần luôn",
    ],
)
def test_a_clause_opening_on_a_word_of_its_own_keeps_the_row(assistant, question):
    answer = assistant.ask(question, APRIL)
    assert answer.intent == "service" and answer.items[0].key == "406-18"
