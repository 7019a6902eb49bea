"""A district unit named by its place alone is offered, as a guess; the province's own name and
a place's words typed with other marks are not. Phrasings written for these tests."""

from __future__ import annotations

import datetime as dt

from knowledge.language.text import tokenize
from knowledge.reader.places import place_named, with_unit

TODAY = dt.date(2021, 5, 3)
UNITS = ("UBND thành phố Tuyên Quang", "UBND huyện Sơn Dương", "UBND huyện Na Hang")


def test_the_place_typed_as_the_name_prints_it():
    tokens = tokenize("son duong con viec gi")
    found = place_named(tokens, UNITS, "Tuyên Quang")
    assert found is not None and found.unit == "UBND huyện Sơn Dương"
    assert with_unit("son duong con viec gi", tokens, found).startswith("UBND huyện Sơn Dương")
    # other marks are other words; the province's name is the province
    assert place_named(tokenize("nà hàng có gì"), UNITS, "Tuyên Quang") is None
    assert place_named(tokenize("tuyen quang con gi"), UNITS, "Tuyên Quang") is None


def test_a_question_naming_a_place_alone_offers_its_unit(assistant):
    for question, intent in (
        ("son duong con viec gi chua xong", "progress"),
        ("Na Hang tháng 5 có hạn gì", "deadline"),
        ("sơn dương phải làm những gì", "agency"),
    ):
        answer = assistant.ask(question, TODAY, None, "Sở Y tế")
        assert answer.intent == intent and not answer.sure, (question, answer.text)
        assert answer.agency in ("UBND huyện Sơn Dương", "UBND huyện Na Hang"), question
        assert answer.text.startswith("Có phải bạn hỏi UBND huyện"), question
    # named with its division it is the unit, sure
    answer = assistant.ask("huyện Sơn Dương còn việc gì chưa xong", TODAY, None, None)
    assert answer.agency == "UBND huyện Sơn Dương" and answer.sure
