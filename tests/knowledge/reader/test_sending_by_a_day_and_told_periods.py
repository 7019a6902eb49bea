"""A task's day after "trước"/"đến" names the task when the question speaks of sending; a period
question told with the asker's circumstances is still the period. Phrasings written for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.reader.asking_clause import asking_clause

APRIL = dt.date(2021, 4, 13)
MAY = dt.date(2021, 5, 10)


def ask(assistant, question, today, agency=None):
    return assistant.ask(question, today, None, agency)


@pytest.mark.parametrize(
    ("question", "today", "task"),
    [
        ("hạn cuối nộp trước 20/4 là những giấy tờ nào", APRIL, "tq-2021-04-20"),
        ("đến 20/5 bọn em phải gửi lên sở những gì", MAY, "tq-2021-05-20"),
    ],
)
def test_sending_by_a_tasks_day_names_the_task(assistant, question, today, task):
    answer = ask(assistant, question, today, "Sở Y tế")
    assert answer.intent == "task" and [t.task.id for t in answer.tasks][:1] == [task]


def test_a_unit_that_only_supports_is_told_its_part(assistant):
    answer = ask(assistant, "trước 20/5 bên mình nộp cái gì", MAY, "UBND huyện Yên Sơn")
    assert answer.intent == "task" and "UBND huyện Yên Sơn: phối hợp" in answer.text


def test_the_span_to_a_tasks_day_without_sending_is_the_period(assistant):
    answer = ask(assistant, "từ nay tới 20/5 có những hạn nào", MAY)
    assert answer.intent == "deadline"


@pytest.mark.parametrize(
    ("question", "today"),
    [
        ("tuần sau em đi công tác, 15 ngày tới có mục nào tới hạn không", MAY),
        ("từ nay đến hết tháng 6 có hạn gì, em tổng hợp để báo cáo giám đốc", MAY),
    ],
)
def test_the_asking_clause_decides_beside_the_askers_circumstances(assistant, question, today):
    assert ask(assistant, question, today).intent == "deadline"


def test_the_asking_clause_is_the_one_with_the_period_and_a_due_word():
    def names_period(text):
        return "tháng" in text

    text = "em sắp đi học, tháng 7 có hạn gì để em dặn lại"
    assert asking_clause(text, names_period) == "tháng 7 có hạn gì"
    # one clause only: nothing to cut away
    assert asking_clause("tháng 7 có hạn gì", names_period) is None
    # "de" without marks is as often "đề" ("đề xuất"): no purpose is cut there
    assert asking_clause("thang 7 co han gi de xuat", names_period) is None
