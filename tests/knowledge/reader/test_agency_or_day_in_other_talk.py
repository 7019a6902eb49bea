"""An agency or a task's day named in a question about something the bot does not know is not
an agency or task question; with the work beside it (a list, a duty, a deadline, a role) it
still is. Phrasings written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

MAY = dt.date(2021, 5, 10)


@pytest.mark.parametrize(
    "question",
    [
        "sở y tế năm nay thi tuyển viên chức mấy người",
        "văn phòng ubnd tỉnh mấy giờ mở cửa",
        "ngày 20/5 liên hoan văn nghệ tổ chức ở hội trường nào",
    ],
)
def test_talk_of_something_else_beside_an_agency_or_a_day_is_unknown(assistant, question):
    answer = assistant.ask(question, MAY)
    assert answer.intent == "unknown" and not answer.items and not answer.tasks


@pytest.mark.parametrize(
    "question",
    [
        "sở y tế có trách nhiệm gì",
        "sở y tế phối hợp những dịch vụ nào",
        "sở y tế phải làm gì",
        "sở y tế năm nay đảm nhận gì",
    ],
)
def test_an_agency_asked_of_its_work_is_its_list(assistant, question):
    answer = assistant.ask(question, MAY)
    assert answer.intent == "agency" and answer.agency == "Sở Y tế"


def test_a_tasks_day_with_the_work_is_the_task(assistant):
    answer = assistant.ask("ngày 20/5 gửi hồ sơ gì", MAY)
    assert answer.intent == "task"


def test_the_duty_word_of_an_agencys_name_is_no_duty_asked(assistant):
    # the "vụ" of "Sở Nội vụ" is its name, not "nhiệm vụ": talk of recruiting beside it is no
    # question about its list; its duties asked in words still are
    talk = assistant.ask("sở nội vụ đang thi nâng ngạch viên chức không", MAY)
    assert talk.intent in ("unknown", "absent") and not talk.items, talk.text
    duty = assistant.ask("sở nội vụ có nhiệm vụ gì", MAY)
    assert duty.intent == "agency" and duty.agency == "Sở Nội vụ"


def test_a_period_beside_an_agency_as_a_place_is_no_deadline_list(assistant):
    # a period, and an agency as where something of its own happens: asked where, no list
    talk = assistant.ask("tuần sau sở giáo dục tổ chức hội thao ở đâu", MAY)
    assert talk.intent == "unknown" and not talk.items and not talk.tasks, talk.text
    work = assistant.ask("tuần này sở y tế có hạn gì", MAY)
    assert work.intent == "deadline" and work.agency == "Sở Y tế", work.text
