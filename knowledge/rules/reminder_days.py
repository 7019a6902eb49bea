"""The days a deadline is reminded on before it falls: `offsets` working days before it (7, 3, 1
and the day by default), weekends and holidays skipped by the calendar the reminders use
(knowledge/calendar/workdays.py: the `holidays` package and the overrides). The one place those
days are counted: the scheduler (knowledge/rules/reminders.py `ReminderDays`), the digest's
"nhắc từ" line and the documents it chases (knowledge/deliverables/digest.py, tracking.py) ask
it, so the digest never names a day the units are not reminded on (ux34 #3: it counted 7
calendar days back, "nhắc từ 18/7/2021", a Sunday, while the units were reminded on 14/7).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from knowledge.calendar.workdays import WorkCalendar

OFFSETS = (7, 3, 1, 0)  # working days before a deadline, and the day


def reminder_days(
    due: date, calendar: WorkCalendar, offsets: Sequence[int] = OFFSETS
) -> dict[date, int]:
    """day -> the offset whose reminder falls on it, days in order; on a day two offsets share
    (a run of days off before the deadline), the smaller one, the closer to the date."""
    found: dict[date, int] = {}
    for offset in sorted(offsets, reverse=True):
        found[calendar.working_days_before(due, offset)] = offset
    return dict(sorted(found.items()))


def first_reminder(due: date, calendar: WorkCalendar, offsets: Sequence[int] = OFFSETS) -> date:
    """The first day the deadline is reminded on: from then its missing units are chased."""
    return calendar.working_days_before(due, max(offsets, default=0))
