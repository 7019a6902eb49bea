"""Deadline arithmetic: the printed deadline texts turned into dates, and days left or late.

"Quý II/2021" ends 30/6/2021, "Tháng 5/2021" ends 31/5/2021, "Trước ngày 30/9/2021" is 30/9/2021. A
multi-phase cell ("- pilot in Q2 - nationwide from Q3 to Q4") is one milestone per phase; a phase
that names several periods ends with the last one it names.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from knowledge.calendar.last_day import last_day, working_calendar
from knowledge.language.text import fold

ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_PERIOD = re.compile(
    r"\bquy (?P<q>iv|iii|ii|i|[1-4]) (?P<qy>\d{4})\b"
    r"|\bthang (?P<m>\d{1,2}) (?P<my>\d{4})\b"
    r"|\bngay (?P<d>\d{1,2}) (?P<dm>\d{1,2}) (?P<dy>\d{4})\b"
)
# A bullet is a dash that starts the cell or follows a space and precedes a space.
_BULLET = re.compile(r"(?:^|\s)-\s+")


class DeadlineError(ValueError):
    pass


@dataclass(frozen=True)
class Milestone:
    due: date
    label: str  # the phase as printed; the whole cell when there is one phase


def quarter_end(quarter: int, year: int) -> date:
    month = quarter * 3
    return date(year, month, calendar.monthrange(year, month)[1])


def month_end(month: int, year: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _period_end(match: re.Match) -> date:
    if match.group("q"):
        return quarter_end(ROMAN[match.group("q")], int(match.group("qy")))
    if match.group("m"):
        month = int(match.group("m"))
        if not 1 <= month <= 12:
            raise DeadlineError(f"tháng {month} không hợp lệ")
        return month_end(month, int(match.group("my")))
    return date(int(match.group("dy")), int(match.group("dm")), int(match.group("d")))


def phases(text: str) -> list[str]:
    parts = [p.strip(" ;.") for p in _BULLET.split(text.strip())]
    return [p for p in parts if p]


def parse_deadline(text: str) -> tuple[Milestone, ...]:
    """All milestones of a printed deadline cell, in order. Raises DeadlineError if a phase has no
    date.
    """
    result = []
    for phase in phases(text):
        ends = [_period_end(m) for m in _PERIOD.finditer(fold(phase))]
        if not ends:
            raise DeadlineError(f"không đọc được thời hạn: {phase!r}")
        result.append(Milestone(due=ends[-1], label=phase))
    if not result:
        raise DeadlineError("thời hạn trống")
    return tuple(result)


# "Trước ngày 20/4/2021": 20/4 is the last day, not 19/4. The letters use the words so:
# - Khánh Hòa's letter 3363/UBND-KSTT is dated 10/4/2020 and asks for a report "trước ngày
#   10/4/2020": only the day of the letter itself can be meant;
# - Tuyên Quang's letter of 5/2021 wants the lists "trước ngày 20/5/2021" and has Sở TT&TT start
#   its draft "Sau ngày 20/5/2021": no day lies between the units' time and the Sở's;
# - the brief reads the decisions' "Trước ngày 30/9/2021" as 30/9/2021.
# So a deadline's date is its last day: due that day ("hạn hôm nay"), late from the day after —
# unless that day is a weekend day or a public holiday: the period then ends with the next working
# day (BLDS 2015, Điều 148 khoản 5; knowledge/calendar/last_day.py). Everything that asks whether
# a date has passed (the standing rule, reminders, what was sent late, the BIỂU 02 window, days
# left or late) asks `is_past` or `days_between`.
def is_past(due: date, day: date) -> bool:
    """Whether the deadline `due` has passed on `day` (its own date is still in time, and so is
    the working day after it when `due` is a day off)."""
    return day > due and day > last_day(due)


def days_between(today: date, due: date) -> int:
    """Positive: days left; zero: due today; negative: days late — counted to the day the
    deadline ends (`last_day`)."""
    return (last_day(due) - today).days


def next_milestone(milestones: tuple[Milestone, ...], today: date) -> Milestone | None:
    """The first milestone not yet past; the last one when every milestone is past."""
    if not milestones:
        return None
    for milestone in milestones:
        if not is_past(milestone.due, today):
            return milestone
    return milestones[-1]


def describe_days(today: date, due: date) -> str:
    days = days_between(today, due)
    if days > 0:
        return f"còn {days} ngày"
    if days == 0:
        return "hạn hôm nay"
    return f"quá hạn {-days} ngày"


WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")


def fmt_date(day: date) -> str:
    return f"{day.day}/{day.month}/{day.year}"


def fmt_due(due: date, beside: str = "") -> str:
    """The deadline as the letter prints it, and, when that day is a day off, why and the day it
    ends: "10/10/2021 (Chủ nhật, tính đến hết 11/10/2021)"; else "10/9/2021". `beside`: what
    the view says next to it (the days left or late), in the same brackets."""
    ends = last_day(due)
    if ends == due:
        return f"{fmt_date(due)} ({beside})" if beside else fmt_date(due)
    why = "nghỉ lễ" if working_calendar().is_holiday(due) else WEEKDAYS[due.weekday()]
    more = f"; {beside}" if beside else ""
    return f"{fmt_date(due)} ({why}, tính đến hết {fmt_date(ends)}{more})"


def fmt_due_inner(due: date) -> str:
    """`fmt_due` inside a bracket of its own ("(nộp 12/10/2021, hạn 10/10/2021, tính đến hết
    11/10/2021)"): the day it ends without a bracket in the bracket (u54 #5)."""
    ends = last_day(due)
    return fmt_date(due) if ends == due else f"{fmt_date(due)}, tính đến hết {fmt_date(ends)}"
