"""A deadline that falls on a day off: "trước ngày 05 của tháng sau" in a month whose 5th is a
Saturday. "Trước ngày X" is read as X the last day (README, "Progress"), so the date stands as
printed, and, X being a day off, the tracking counts the units in time until the end of the next
working day (BLDS 2015, Điều 148 khoản 5; knowledge/calendar/last_day.py). The writer may have
meant the working day before: the review says so for the coordinator, on the task, under "Cần
kiểm tra", with the day the tracking will count to. It is said, not held against publishing:
letters do set weekend dates, and the coordinator who keeps one has nothing to correct. A
recurrence is checked on its first occurrence, the one the draft shows; a period's end
("Tháng 6/2024", "quý II/2024") names no day, and its last day is no one's choice (the tracking
still counts to the next working day when it is a day off).
"""

from __future__ import annotations

import re

from knowledge.calendar.deadlines import fmt_date
from knowledge.calendar.workdays import WorkCalendar
from knowledge.letters.model import DOUBT, Draft, Task
from knowledge.letters.text import plain

_WEEKEND = ("thứ Bảy", "Chủ nhật")
# the deadline prints a day: "20/8/2022", "ngày 05", "ngày mùng 5" (not a month's "10/2021")
_A_DAY = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d)|\bngay\s+(?:mung\s+)?\d{1,2}\b")


def day_off(task: Task, calendar: WorkCalendar) -> str:
    """What to say of the task's date when it is no working day, or ""."""
    day = task.deadline or (task.recurrence.first if task.recurrence is not None else None)
    if day is None or calendar.is_working(day) or not _A_DAY.search(plain(task.deadline_text)):
        return ""
    what = _WEEKEND[day.weekday() - 5] if day.weekday() >= 5 else "ngày nghỉ lễ"
    first = "" if task.deadline else "lần đầu "
    return (
        f"{DOUBT}: hạn “{task.deadline_text}” {first}rơi vào {what} {fmt_date(day)}, không phải "
        f"ngày làm việc: theo dõi tính đến hết ngày làm việc tiếp theo, "
        f"{fmt_date(calendar.on_or_after(day))} (BLDS 2015, Điều 148); giữ nguyên nếu đúng, "
        "hoặc sửa hạn"
    )


def days_off(draft: Draft, calendar: WorkCalendar) -> tuple[str, ...]:
    """Each task's line, named by its number as the review's lines are."""
    return tuple(
        f"nhiệm vụ {n}: {said}"
        for n, task in enumerate(draft.tasks, start=1)
        if (said := day_off(task, calendar))
    )
