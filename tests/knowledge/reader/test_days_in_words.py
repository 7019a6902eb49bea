"""A day or a quarter spelled in words ("hai mươi tháng năm", "quý bốn"), and "cuối tháng sau":
read as the calendar says, so a task due that day is named by it. Phrasings written for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.language.text import tokenize
from knowledge.reader.period_finding import find_periods

APRIL = dt.date(2021, 4, 9)


def spans(question: str, today: dt.date = APRIL):
    periods, _ = find_periods(tokenize(question), today, [2021])
    return [(p.period.start, p.period.end) for p in periods]


@pytest.mark.parametrize(
    "question, day",
    [
        ("mốc mười lăm tháng sáu", dt.date(2021, 6, 15)),
        ("hạn ba mươi mốt tháng 8 có gì", dt.date(2021, 8, 31)),
        ("han hai muoi lam thang bay", dt.date(2021, 7, 25)),
        ("ngày mười tháng mười một", dt.date(2021, 11, 10)),
        ("ngày hai tháng 9", dt.date(2021, 9, 2)),  # one word after "ngày" is a day too
    ],
)
def test_a_day_spelled_in_words_is_that_day(question, day):
    assert spans(question) == [(day, day)]


def test_a_spelled_number_without_ngay_must_be_a_day_to_count():
    # "năm tháng" is five months, "trong hai mươi tháng" a length of time: no day of a month
    assert spans("năm tháng nữa") == []
    assert all(start != end for start, end in spans("trong hai mươi tháng tới"))


@pytest.mark.parametrize(
    "question, quarter",
    [
        ("quý hai có gì đến hạn", (dt.date(2021, 4, 1), dt.date(2021, 6, 30))),
        ("quy ba nam 2021", (dt.date(2021, 7, 1), dt.date(2021, 9, 30))),
        ("quý tư", (dt.date(2021, 10, 1), dt.date(2021, 12, 31))),
    ],
)
def test_a_quarter_numbered_in_words(question, quarter):
    assert spans(question) == [quarter]


def test_the_end_of_next_month_is_next_month():
    june = (dt.date(2021, 6, 1), dt.date(2021, 6, 30))
    assert spans("cuối tháng tới phải xong gì", dt.date(2021, 5, 3)) == [june]
    # the end of this month is still from today to its last day
    assert spans("cuối tháng có gì", dt.date(2021, 5, 3)) == [
        (dt.date(2021, 5, 3), dt.date(2021, 5, 31))
    ]


def test_a_tasks_day_spelled_in_words_names_the_task(assistant):
    answer = assistant.ask("mốc hai mươi tháng tư nộp những gì", APRIL)
    assert answer.intent == "task" and [t.task.id for t in answer.tasks] == ["tq-2021-04-20"]
    answer = assistant.ask("han hai muoi thang nam gui gi", dt.date(2021, 5, 4))
    assert answer.intent == "task" and [t.task.id for t in answer.tasks] == ["tq-2021-05-20"]


def test_deadlines_remaining_in_a_quarter_in_words_are_that_quarters(assistant):
    answer = assistant.ask("quý ba còn những mục nào đến hạn", dt.date(2021, 7, 5))
    assert answer.intent == "deadline"
    assert answer.items and all(
        dt.date(2021, 7, 1) <= item.deadline <= dt.date(2021, 9, 30) for item in answer.items
    )


@pytest.mark.parametrize(
    "question, days",
    [("trong muoi ngay toi co han gi", 10), ("hai tuần tới có gì", 14), ("10 ngày tới", 10)],
)
def test_a_count_of_days_or_weeks_in_words_reads_as_in_figures(question, days):
    assert spans(question) == [(APRIL, APRIL + dt.timedelta(days=days))]


def test_from_a_day_to_another_is_one_span_in_figures_or_words():
    august = dt.date(2021, 8, 3)
    assert spans("tu muoi lam/8 den het thang tam", august) == [
        (dt.date(2021, 8, 15), dt.date(2021, 8, 31))
    ]
    assert spans("từ 1/6 đến 15/6 có hạn gì") == [(dt.date(2021, 6, 1), dt.date(2021, 6, 15))]
