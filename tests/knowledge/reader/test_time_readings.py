"""What a question asks of the calendar: progress (late/open, whose, ranked) or what falls due in
a period — the two decisions time_readings.py holds, seen through the assistant. Phrasings written
for these tests."""

from __future__ import annotations

import datetime as dt

TODAY = dt.date(2021, 6, 2)
BUILDING = "Sở Xây dựng"


def ask(assistant, question, agency=None):
    return assistant.ask(question, TODAY, "tuyen-quang", agency)


def test_late_work_of_ones_own_unit_is_progress_for_that_unit(assistant):
    answer = ask(assistant, "ben minh con muc nao tre han khong", BUILDING)
    assert (answer.intent, answer.agency) == ("progress", BUILDING), answer.text


def test_the_first_person_from_someone_not_registered_is_asked_whose(assistant):
    answer = ask(assistant, "ben minh con muc nao tre han khong")
    assert answer.intent != "progress" and not answer.sure, answer.text


def test_late_as_of_today_is_not_a_span_of_one_day(assistant):
    answer = ask(assistant, "tính đến hôm nay bên em có gì trễ hạn", BUILDING)
    plain = ask(assistant, "bên em có gì trễ hạn", BUILDING)
    assert answer.intent == plain.intent == "progress", answer.text
    late = [v.key for v in plain.items]
    assert late and [v.key for v in answer.items] == late  # not "due today": nothing is


def test_a_period_asks_what_falls_due_in_it_not_talk_of_something_else(assistant):
    due = ask(assistant, "tháng 7 có những mục nào đến hạn")
    assert due.intent == "deadline", due.text
    weather = ask(assistant, "thời tiết hôm nay thế nào")
    assert weather.intent != "deadline", weather.text
