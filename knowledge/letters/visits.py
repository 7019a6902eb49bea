"""A deadline counted back from each unit's day of an event the letter schedules: an inspection
plan's "chậm nhất 05 ngày trước ngày kiểm tra của đơn vị theo Lịch kiểm tra", with a table of a
unit and its day per row ("STT | Đơn vị được kiểm tra | Thời gian kiểm tra | Địa điểm"). The duty
is one task per day, owed by the units visited that day, due that many days before it (working
days when the letter says "ngày làm việc"); the date is a reading, said under "Cần kiểm tra".
The schedule's rows are the sender's own visits, not duties of the units: they draft no task.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from knowledge.calendar.deadlines import fmt_date
from knowledge.calendar.workdays import WorkCalendar
from knowledge.letters.dates import Count
from knowledge.letters.model import DOUBT
from knowledge.letters.register import Register
from knowledge.letters.text import Line, plain

if TYPE_CHECKING:
    from knowledge.letters.dated import Dated

_FULL_DATE = re.compile(r"\b(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})\b")
# the words around an event's name that do not name it ("ngày kiểm tra của đơn vị")
_FILLER = {"ngay", "cac", "cua", "don", "vi", "buoi", "thoi", "diem", "dot", "lan"}


@dataclass(frozen=True)
class Visit:
    """The units a schedule's row gives a day of the event, and the row's line."""

    row: int
    units: tuple[str, ...]
    day: date


def _name(event: str) -> str:
    """The event's name as the schedule's column would print it: "kiem tra"."""
    words = [w for w in re.findall(r"[a-z]+", plain(event)) if w not in _FILLER]
    return " ".join(words[:2])


def visits(lines: list[Line], event: str, register: Register) -> list[Visit]:
    """Each row of a table whose date column is named for the event ("Thời gian kiểm tra"):
    the units its other cells name, and its day; none when the letter prints no such table."""
    name = _name(event)
    if not name:
        return []
    rows: dict[int, list[Line]] = {}
    for ln in lines:
        if ln.table:
            rows.setdefault(ln.no, []).append(ln)
    found = []
    for no, cells in rows.items():
        dated = next(
            (
                c
                for c in cells
                if c.cell and name in c.plain[: c.cell] and _FULL_DATE.search(c.text, c.cell)
            ),
            None,
        )
        if dated is None:
            continue
        m = _FULL_DATE.search(dated.text, dated.cell)
        assert m is not None
        try:
            day = date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        except ValueError:
            continue
        named = [
            n
            for c in cells
            if c is not dated and c.cell
            for mention in register.mentions(c.text[c.cell :])
            for n in mention.names
        ]
        if named:
            found.append(Visit(no, tuple(dict.fromkeys(named)), day))
    return found


def count_back(day: date, count: Count, calendar: WorkCalendar) -> date:
    """`count.days` days before `day` (working days skip weekends and holidays)."""
    left = count.days
    while left > 0:
        day -= timedelta(days=1)
        if not count.working or calendar.is_working(day):
            left -= 1
    return day


@dataclass(frozen=True)
class Due:
    """One task's share of the duty: its units, its date, and how it was counted."""

    units: tuple[str, ...]
    due: date
    said: str


def by_day(
    found_text: str, count: Count, schedule: list[Visit], calendar: WorkCalendar
) -> list[Due]:
    """The duty's dates, one per day of the schedule, earliest first."""
    days: dict[date, list[Visit]] = {}
    for v in schedule:
        days.setdefault(v.day, []).append(v)
    unit = f"{count.days} ngày" + (" làm việc" if count.working else "")
    result = []
    for day in sorted(days):
        units = tuple(dict.fromkeys(n for v in days[day] for n in v.units))
        due = count_back(day, count, calendar)
        rows = ", ".join(str(v.row) for v in days[day])
        said = (
            f"{DOUBT}: hạn “{found_text}” của {', '.join(units)} tính là {fmt_date(due)}: "
            f"{unit} trước ngày {fmt_date(day)} (lịch, dòng {rows}); sửa hạn nếu khác"
        )
        result.append(Due(units, due, said))
    return result


def schedules(dated: list[Dated], lines: list[Line], register: Register) -> dict[int, list[Visit]]:
    """By the line of each duty counted back from an event, the schedule of its days."""
    found = {}
    for d in dated:
        count = d.found.count
        if count is not None and count.before:
            schedule = visits(lines, count.event, register)
            if schedule:
                found[d.line.no] = schedule
    return found
