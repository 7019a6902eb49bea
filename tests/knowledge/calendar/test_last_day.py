""" "Trước ngày 20/4/2021": 20/4 is the last day (knowledge/calendar/deadlines.py says why). Every
view of a deadline follows the one rule: due that day, late from the next."""

from __future__ import annotations

import datetime as dt

from knowledge.calendar.deadlines import describe_days, is_past
from knowledge.rules.progress import standings
from knowledge.rules.reminders import Policy, plan_day
from knowledge.rules.standing import State

DUE = dt.date(2021, 4, 20)  # Tuyên Quang's BIỂU 02 dossier, "trước ngày 20/4/2021"
AGENCY = "Sở Xây dựng"


def test_the_date_itself_is_in_time():
    assert not is_past(DUE, DUE) and is_past(DUE, DUE + dt.timedelta(days=1))
    assert describe_days(DUE, DUE) == "hạn hôm nay"
    assert describe_days(DUE + dt.timedelta(days=1), DUE) == "quá hạn 1 ngày"
    assert describe_days(DUE - dt.timedelta(days=1), DUE) == "còn 1 ngày"


def _dossier(catalogue, day):
    province = catalogue.province("tuyen-quang")
    units = standings(catalogue, province, {}, day, AGENCY)
    return next(s for s in units if s.key == "tq-2021-04-20")


def test_standing_days_and_late_counts_follow_it(catalogue):
    on_the_day = _dossier(catalogue, DUE)
    assert (on_the_day.state, on_the_day.days) == (State.OPEN, 0)
    after = _dossier(catalogue, DUE + dt.timedelta(days=1))
    assert (after.state, after.days) == (State.LATE, -1)


def test_reminders_say_due_today_on_it_and_overdue_only_after(catalogue):
    province = catalogue.province("tuyen-quang")
    policy = Policy()
    today = [r for r in plan_day(catalogue, province, {}, DUE, policy) if r.agency == AGENCY]
    assert any(r.due == DUE and r.offset == 0 for r in today)
    assert not any(r.due == DUE and r.offset < 0 for r in today)


def test_answers_say_due_today_then_late(assistant):
    answer = assistant.ask("biểu số 02 hạn khi nào", DUE, agency=AGENCY)
    assert "20/4/2021 (hạn hôm nay)" in answer.text
    late = assistant.ask("bên em có gì quá hạn", DUE, agency=AGENCY)
    assert (late.intent, late.tasks) == ("progress", [])
    late = assistant.ask("bên em có gì quá hạn", DUE + dt.timedelta(days=1), agency=AGENCY)
    assert [t.task.id for t in late.tasks] == ["tq-2021-04-20"] and "quá hạn 1 ngày" in late.text
