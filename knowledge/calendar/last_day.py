"""Where a deadline ends: Bộ luật Dân sự 2015, Điều 148 khoản 5 — when the last day of a period
is a weekend day or a public holiday, the period ends at the end of the next working day.

A deadline keeps its date as the letter prints it ("trước ngày 10/10/2021" is 10/10, README,
"Progress"); when that date is a day off of the working calendar (the `holidays` package and
data/holiday_overrides.tsv, knowledge/calendar/workdays.py), the unit is in time until the end
of the next working day: a report due on Sunday 10/10/2021 sent on Monday 11/10 is on time, and
late from Tuesday, 1 day late on 12/10. `is_past` and `days_between` (deadlines.py) ask this, so
every view — the standing rule, the reminders' overdue cadence, what was sent late, the days
left or late — counts from the same day. The reminders before a deadline still count back from
the printed date (a reminder day off moves to the working day before).

A Saturday worked in exchange for a swapped day off stays a day off here, as for the reminders:
a deadline on it ends on the next working day, so no unit is counted late by a day the calendar
is unsure of.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from pathlib import Path

from knowledge.calendar.workdays import WorkCalendar

OVERRIDES = Path(__file__).parent.parent / "data" / "holiday_overrides.tsv"


@lru_cache(maxsize=1)
def working_calendar() -> WorkCalendar:
    """The working calendar every deadline is judged by (the catalogue's, `Catalogue.calendar`)."""
    # imported when first asked: the catalogue's readers import this package
    from knowledge.catalogue.tsv_files import load_calendar

    return load_calendar(OVERRIDES)


@lru_cache(maxsize=4096)
def last_day(due: date) -> date:
    """The day a deadline printed as `due` ends: `due` when it is a working day, else the next
    working day (BLDS 2015, Điều 148 khoản 5)."""
    return working_calendar().on_or_after(due)
