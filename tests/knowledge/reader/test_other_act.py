"""A word no title explains right before the row's thing, where the row opens with an act the
question does not type, may be another act on the same thing: the row is offered, not said as
sure (knowledge/reader/explaining.py `other_act`)."""

from __future__ import annotations

import datetime as dt

TODAY = dt.date(2021, 4, 13)


def ask(assistant, question):
    return assistant.ask(question, TODAY, "tuyen-quang")


def test_an_act_of_its_own_before_the_rows_thing_is_not_sure(assistant):
    for question in ("khai thất lạc hộ chiếu phổ thông", "phục hồi hộ chiếu phổ thông"):
        answer = ask(assistant, question)
        assert not (answer.intent == "service" and answer.sure), (question, answer.text)


def test_the_rows_own_act_or_none_stays_sure(assistant):
    for question, key in (
        ("cấp hộ chiếu phổ thông qua mạng", "406-9"),
        ("hộ chiếu phổ thông hạn khi nào", "406-9"),
        ("đăng ký dự thi tốt nghiệp thpt", "406-16"),
    ):
        answer = ask(assistant, question)
        assert answer.intent == "service" and answer.sure, (question, answer.text)
        assert answer.items[0].key == key, question
