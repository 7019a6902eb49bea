""" "Trước ngày 20/4/2021": 20/4 is the last day (knowledge/calendar/deadlines.py says why). Every
view of a deadline follows the one rule: due that day, late from the next — the next working day
when that day is a weekend day or a holiday (BLDS 2015, Điều 148)."""

from __future__ import annotations

import datetime as dt

from knowledge.calendar.deadlines import describe_days, fmt_due, is_past
from knowledge.calendar.last_day import last_day
from knowledge.calendar.workdays import WorkCalendar
from knowledge.rules.progress import standings
from knowledge.rules.reminders import Policy, plan_day
from knowledge.rules.standing import DONE_STATUS, Deadline, Mark, State, stand

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


# BLDS 2015, Điều 148 khoản 5: a last day that is a day off moves to the next working day
# (knowledge/calendar/last_day.py); the printed date stays, the day it ends is said beside it.
SUNDAY = dt.date(2021, 10, 10)  # Mẫu số 03's "trước ngày 10 hằng tháng" in October 2021


def test_a_sunday_deadline_ends_on_monday():
    monday, tuesday = dt.date(2021, 10, 11), dt.date(2021, 10, 12)
    assert last_day(SUNDAY) == monday
    assert not is_past(SUNDAY, monday) and is_past(SUNDAY, tuesday)
    assert describe_days(monday, SUNDAY) == "hạn hôm nay"
    assert describe_days(tuesday, SUNDAY) == "quá hạn 1 ngày"
    assert describe_days(dt.date(2021, 10, 8), SUNDAY) == "còn 3 ngày"
    assert fmt_due(SUNDAY) == "10/10/2021 (Chủ nhật, tính đến hết 11/10/2021)"
    assert fmt_due(SUNDAY, "hạn hôm nay") == (
        "10/10/2021 (Chủ nhật, tính đến hết 11/10/2021; hạn hôm nay)"
    )


def test_a_saturday_a_holiday_and_tet():
    assert fmt_due(dt.date(2021, 10, 9)) == "9/10/2021 (Thứ Bảy, tính đến hết 11/10/2021)"
    # 2-3/9/2021 National Day, 4-5/9 the weekend
    assert fmt_due(dt.date(2021, 9, 3)) == "3/9/2021 (nghỉ lễ, tính đến hết 6/9/2021)"
    # Tết Tân Sửu: 10/2 to 16/2/2021 off; mùng 1 (Friday 12/2) ends on Wednesday 17/2
    tet = dt.date(2021, 2, 12)
    assert last_day(tet) == dt.date(2021, 2, 17)
    assert not is_past(tet, dt.date(2021, 2, 17)) and is_past(tet, dt.date(2021, 2, 18))


def test_the_override_file_s_swapped_days(catalogue):
    # Friday 2/1/2026 is off by a notice the package lacks (holiday_overrides.tsv), then the
    # weekend: the deadline ends on Monday 5/1. The Saturday 10/1/2026 worked in exchange
    # stays a day off, as for the reminders: no unit counted late by it (last_day.py)
    swapped = dt.date(2026, 1, 2)
    assert not WorkCalendar().is_holiday(swapped)
    assert last_day(swapped) == dt.date(2026, 1, 5) == catalogue.calendar.on_or_after(swapped)
    assert fmt_due(swapped) == "2/1/2026 (nghỉ lễ, tính đến hết 5/1/2026)"
    assert last_day(dt.date(2026, 1, 10)) == dt.date(2026, 1, 12)


def test_a_working_day_deadline_is_unchanged():
    assert last_day(DUE) == DUE and fmt_due(DUE) == "20/4/2021"
    assert fmt_due(DUE, "còn 1 ngày") == "20/4/2021 (còn 1 ngày)"


def _sent(day: dt.date | None, today: dt.date):
    dated = [Deadline(AGENCY, "t-1", "t", "task", SUNDAY, "")]
    mark = Mark(DONE_STATUS, day) if day else None
    return stand("t-1", AGENCY, "task", dated, mark, today)


def test_the_standing_rule_counts_from_the_day_it_ends():
    monday, tuesday = dt.date(2021, 10, 11), dt.date(2021, 10, 12)
    # sent on the Monday: in time; on the Tuesday: 1 day late, not 2
    assert (_sent(monday, tuesday).state, _sent(monday, tuesday).late_by) == (State.DONE, 0)
    assert _sent(tuesday, tuesday).sent_late and _sent(tuesday, tuesday).late_by == 1
    # not sent: open on the Monday ("hạn hôm nay"), late from the Tuesday
    assert (_sent(None, monday).state, _sent(None, monday).days) == (State.OPEN, 0)
    assert (_sent(None, tuesday).state, _sent(None, tuesday).days) == (State.LATE, -1)
