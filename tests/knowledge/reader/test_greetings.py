"""A greeting with a newcomer's introduction gets the help (ux26), not "Tôi chưa hiểu"; a
greeting beside a question stays a question. Phrasings written for these tests."""

from __future__ import annotations

import datetime as dt

from knowledge.language.text import tokenize
from knowledge.reader.greetings import introduced

TODAY = dt.date(2021, 4, 13)


def test_a_greeting_and_an_introduction_get_the_help(assistant):
    for text in ("chào anh chị, tôi là chuyên viên mới", "hello bot em mới về sở tư pháp ạ"):
        answer = assistant.ask(text, TODAY)
        assert answer.intent == "help", (text, answer.text)
        assert "Tôi chưa hiểu" not in answer.text


def test_anything_else_beside_the_greeting_is_read_as_asked():
    assert not introduced(tokenize("chào bạn, cán bộ mới hạn gpxd khi nào"), ())
    assert not introduced(tokenize("em là cán bộ mới"), ())  # no greeting: no introduction
