"""Which occurrence of a recurring task is the report of a period, and which period each one
reports: the one rule every view asks ("báo cáo tháng 10", the label of an occurrence, who has
not sent October's report).

A report falls due in the period it reports ("trước ngày 20 hằng tháng": the 20/10 occurrence is
October's; "trước ngày 15 của tháng cuối quý": 15/12 is the fourth quarter's), or `Task.lag`
months after it, as the letter reads ("trước ngày 05 của tháng sau", "kỳ báo cáo đầu tiên là
tháng 10/2021": the 5/11 occurrence is October's; "tháng đầu quý sau": the January one is the
fourth quarter's). A month named without its year, for a report, is the nearest such month to
today: a report is sent after the period it covers, so in December "báo cáo tháng 11" is the
November just gone (due 5/12), never next year's.
"""

from __future__ import annotations

from datetime import date

from dateutil.relativedelta import relativedelta

from knowledge.calendar.deadlines import month_end
from knowledge.catalogue.model import EVERY_MONTHS, Task

ROMAN_QUARTERS = ("I", "II", "III", "IV")


def reported_start(task: Task, due: date) -> date:
    """The first day of the period the occurrence due on `due` reports (a one-off task: its
    due month's first day)."""
    if not task.recurring:
        return due.replace(day=1)
    return period_start(task.every, task.lag, due)


def period_start(every: str, lag: int, due: date) -> date:
    """The first day of the period a report due on `due`, every `every`, `lag` months after
    the period, reports (a letter's draft asks it too, before its task is published)."""
    month = due.replace(day=1) - relativedelta(months=lag)
    span = EVERY_MONTHS[every]
    return month.replace(month=(month.month - 1) // span * span + 1)


def reported_label(task: Task, due: date) -> str:
    """The period an occurrence reports, as the letters name periods: "tháng 10/2021", "quý
    III/2021", "6 tháng đầu năm 2023", "năm 2022"."""
    return period_label(task.every if task.recurring else "month", reported_start(task, due))


def period_label(every: str, start: date) -> str:
    """A period of `every` that starts on `start`, as the letters name it."""
    if every == "quarter":
        return f"quý {ROMAN_QUARTERS[(start.month - 1) // 3]}/{start.year}"
    if every == "half-year":
        return f"6 tháng {'đầu' if start.month <= 6 else 'cuối'} năm {start.year}"
    if every == "year":
        return f"năm {start.year}"
    return f"tháng {start.month}/{start.year}"


def reports_of(task: Task, start: date, end: date) -> list[date]:
    """The occurrences of a recurring task that report a period from `start` to `end` (a
    month, a quarter): those due in it, or `lag` months later. A one-off task: its date in it."""
    if not task.recurring or not task.lag:
        return task.occurrences(start, end)
    shift = relativedelta(months=task.lag)
    later_end = end + shift
    return task.occurrences(start + shift, month_end(later_end.month, later_end.year))


def report_month_year(month: int, today: date) -> int:
    """The year of a report's month named without one: the nearest such month to today, ahead
    on a tie (in December "tháng 11" is this year's, "tháng 1" next year's)."""
    here = today.year * 12 + today.month - 1
    years = (today.year - 1, today.year, today.year + 1)
    return min(years, key=lambda y: (abs(y * 12 + month - 1 - here), y * 12 + month - 1 < here))
