"""Two rows the question tells apart only by a syllable many titles print, standing apart from
the phrase both print, are offered, not one of them said as sure (Explaining.lone_margin)."""

from __future__ import annotations

import datetime as dt

from knowledge.language.text import tokenize

TODAY = dt.date(2021, 4, 13)


def ask(assistant, question):
    return assistant.ask(question, TODAY, "tuyen-quang")


def test_a_common_syllable_apart_from_the_shared_phrase_decides_nothing(assistant):
    # "phí" is the "lệ phí" of 411-11 and of many titles; "xe gắn máy" both 411-11 and 406-21
    # print: a fee for parking is neither said as sure
    answer = ask(assistant, "phí trông giữ xe máy")
    assert not (answer.intent == "service" and answer.sure), answer.text
    # the row's own phrase decides ("lệ phí trước bạ"), and so does a verb beside the thing
    answer = ask(assistant, "lệ phí trước bạ xe máy")
    assert answer.intent == "service" and answer.sure and answer.items[0].key == "411-11"
    answer = ask(assistant, "cấp đổi CCCD hạn nào")
    assert answer.intent == "service" and answer.sure and answer.items[0].key == "406-1"


def test_the_phrases_a_row_prints_are_read_as_typed(assistant):
    words = assistant.matcher.words(tokenize("phí gửi xe máy"))
    explain = assistant.interpreter.explain
    assert explain.phrased("411-11", words) == explain.phrased("406-21", words)
    assert explain.lone_margin("411-11", "406-21", words)
