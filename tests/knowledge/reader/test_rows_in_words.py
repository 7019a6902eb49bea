"""A row named by its number in words ("mục mười bốn", "dòng số mười bảy của 411", "thủ tục thứ
ba mươi chín của 406") is that row, as in figures; "thứ ba" alone is still a weekday, and a word
that only folds onto a number ("so tu phap", "so bon em") is no row. Phrasings written for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest

APRIL = dt.date(2021, 4, 13)


@pytest.mark.parametrize(
    "question, key",
    [
        ("xem mục mười bốn", "406-14"),
        ("xem muc muoi bon", "406-14"),
        ("dong so hai muoi mot cua 406", "406-21"),
        ("dòng thứ mười sáu của 411", "411-16"),
        ("thu tuc thu 3", "406-3"),
        ("tthc thứ nhất", "406-1"),
        ("mục tám là gì", "406-8"),
        ("muc muoi mot nganh y te", "406-11/Y tế"),
    ],
)
def test_a_row_by_its_number_in_words_is_that_row(assistant, question, key):
    answer = assistant.ask(question, APRIL)
    assert answer.intent == "item" and answer.items[0].key == key, question


def test_a_weekday_is_not_an_ordinal_row(assistant):
    # Tuesday 20/4 is the dossier's day: "thứ ba tuần sau" is that day, no row 3
    answer = assistant.ask("thứ ba tuần sau phải nộp gì", APRIL)
    assert answer.intent == "task" and [t.task.id for t in answer.tasks] == ["tq-2021-04-20"]


@pytest.mark.parametrize("question", ["so tu phap chu tri gi", "so bon em con gi chua xong"])
def test_a_word_that_folds_onto_a_number_names_no_row(assistant, catalogue, question):
    parsed = assistant.parse(question, APRIL, catalogue.province("tuyen-quang"))
    assert not parsed.rows, question


def test_muc_typed_after_a_services_name_is_its_level(assistant, catalogue):
    # "dvc muc 4": the documents' "DVCTT mức độ 4", never row 4; after a frame it is the row
    tq = catalogue.province("tuyen-quang")
    parsed = assistant.parse("ra soat dvc muc 4 gui khi nao", APRIL, tq)
    assert not parsed.rows and any(s.kind == "level" for s in parsed.others)
    assert [r.number for r in assistant.parse("xem muc 4", APRIL, tq).rows] == ["4"]
