"""Asking the bot why it reminds (knowledge/reader/why_reminded.py): a why and the bot's own
act, with or without marks, naming no row or task; nothing else is such talk."""

from __future__ import annotations

import pytest

from knowledge.reader.why_reminded import asks_why_reminded


@pytest.mark.parametrize(
    "text",
    ["vì sao bot cứ nhắc hoài vậy", "em gửi rồi mà sao còn nhắc", "tai sao lai nhac don vi em"],
)
def test_a_why_about_the_reminders_is_asked(text):
    assert asks_why_reminded(text)


@pytest.mark.parametrize(
    "text",
    [
        "nhắc em hạn biểu 02 với",  # no why: a wish, not a complaint
        "tại sao 406-14 chưa xong",  # no reminder: about the row
        "sao vẫn nhắc tq-2021-04-20",  # a key typed: about that item
        "/nhacnho tat",
        "bản sao nhắc lại",  # "sao" of a copy asks nothing
    ],
)
def test_other_words_are_not_that_question(text):
    assert not asks_why_reminded(text)
