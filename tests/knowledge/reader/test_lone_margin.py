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


def test_the_same_evidence_for_two_rows_of_one_decision_is_a_tie(assistant):
    # 411-7 and 411-8 both print "cấp phép" and "điện": a licence of radio frequencies is
    # neither, and no length of title tells which
    answer = ask(assistant, "cấp phép sử dụng tần số vô tuyến điện")
    assert not (answer.intent == "service" and answer.sure), answer.text
    # a question that is one row's own wording whole is that row ("đăng ký thường trú"
    # against the 406-8 chain that prints it too), and the plan's decision decides between
    # two decisions' rows of one service
    answer = ask(assistant, "đăng ký thường trú")
    assert answer.sure and answer.items[0].key == "406-3"
    answer = ask(assistant, "đổi gplx")
    assert answer.sure and answer.items[0].key == "406-22"
