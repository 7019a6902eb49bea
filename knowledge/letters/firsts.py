"""The occurrences of a recurring task a letter prints besides its period and day: its first
time printed as a date ("Báo cáo tháng đầu tiên gửi trước ngày 25/7/2024": the recurrence's
first occurrence, not a task of its own), and the other days of a yearly one ("trước ngày 15/6
và 15/12 hằng năm")."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Protocol, TypeVar

from knowledge.letters.dates import Found
from knowledge.letters.model import Recurrence, Task
from knowledge.letters.recurring import recurrence
from knowledge.letters.sections import Section
from knowledge.letters.text import Line


class Dated(Protocol):
    line: Line
    section: Section
    found: Found


D = TypeVar("D", bound=Dated)

# "Báo cáo tháng đầu tiên gửi trước ngày 25/7/2024", "kỳ đầu tiên": the first time of a
# recurring report, printed as a date.
_FIRST_TIME = re.compile(r"\b(?:dau tien|lan dau|ky dau)\b")


def firsts(drafted: list[tuple[D, Task]]) -> list[tuple[D, Task]]:
    """A one-off date that names the first time of a recurring task of its section (the same
    day of the month), or that is its first occurrence, is that task's first occurrence, not a
    task of its own."""
    firsts: dict[int, date] = {}
    dropped: set[int] = set()
    for i, (d, t) in enumerate(drafted):
        clause = re.split(r"[.;]\s", d.line.plain[: d.found.start])[-1]
        if t.deadline is None:
            continue
        if not _FIRST_TIME.search(clause):
            # "Báo cáo năm 2023 gửi chậm nhất ngày 05/12/2023" under a yearly report due on
            # 5/12, or a table of its periods under a half-yearly one ("Báo cáo năm | … |
            # Trước ngày 15/12"): an occurrence of the series, printed again
            if any(
                r.recurrence
                and (e.section is d.section or e.section in d.section.ancestry)
                and (
                    r.recurrence.first == t.deadline
                    or (_row(d.line) and _occurs(r.recurrence, t.deadline))
                )
                for e, r in drafted
            ):
                dropped.add(i)
                continue
            # "Báo cáo quý I/2022 gửi trước ngày 10/4/2022" after "báo cáo … trước ngày 10 của
            # tháng đầu quý sau": the report of a named period of the series, on one of its
            # days, is the series' first occurrence the letter asks for
            for j, (e, r) in enumerate(drafted):
                every = r.recurrence
                if (
                    every
                    and (e.section is d.section or e.section in d.section.ancestry)
                    and _names_period(clause, every.every)
                    and _occurs(every, t.deadline)
                ):
                    firsts[j] = min(firsts.get(j, t.deadline), t.deadline)
                    dropped.add(i)
                    break
            continue
        for j, (e, r) in enumerate(drafted):
            if r.recurrence and e.section is d.section and r.recurrence.day == t.deadline.day:
                firsts[j] = t.deadline
                dropped.add(i)
                break
    return [
        (d, _starting(t, firsts[i]) if i in firsts else t)
        for i, (d, t) in enumerate(drafted)
        if i not in dropped
    ]


_MONTHS = {"month": 1, "quarter": 3, "half-year": 6, "year": 12}
# A period of a recurring report named by its kind: "tháng 7/2022", "quý I/2022", "6 tháng
# đầu năm 2022", "năm 2022".
_PERIODS = {
    "month": re.compile(r"\bthang\s+\d{1,2}(?:\s*/\s*\d{4}|\s+nam\s+\d{4})?\b"),
    "quarter": re.compile(r"\bquy\s+(?:[ivx]{1,3}|[1-4])\b"),
    "half-year": re.compile(r"\b(?:6|sau)\s+thang\s+(?:dau|cuoi)\s+nam\b"),
    "year": re.compile(r"\bnam\s+\d{4}\b"),
}


def _names_period(clause: str, every: str) -> bool:
    """The clause names a period of the recurrence's kind."""
    period = _PERIODS.get(every)
    return period is not None and period.search(clause) is not None


def _row(line: Line) -> bool:
    """A row of a table, read as a task's or printed as its cells."""
    return line.table or " | " in line.text


def _occurs(every: Recurrence, day: date) -> bool:
    """`day` is one of the recurrence's occurrences (on or after its first)."""
    first = every.first
    if first is None or day < first or day.day != every.day:
        return False
    months = (day.year - first.year) * 12 + day.month - first.month
    return months % _MONTHS.get(every.every, 1) == 0


def _starting(task: Task, first: date) -> Task:
    if task.recurrence is None:
        return task
    return replace(task, recurrence=replace(task.recurrence, first=first))


def also_yearly(again: Found, listed: list[Found]) -> list[Found]:
    """ "định kỳ 6 tháng, trước ngày 15/6 và 15/12 hằng năm": each other day of the year a
    yearly recurrence lists is a yearly recurrence too."""
    if again.every != "year":
        return []
    return [
        replace(f, every="year", day=f.due.day, month=f.due.month, due=None, since=again.since)
        for f in listed
        if f.due and (f.due.day, f.due.month) != again.key
    ]


def half_yearly(again: Found, more: list[Found]) -> Found | None:
    """ "định kỳ 6 tháng, trước ngày 15/6 và 15/12 hằng năm": one day of the month printed for
    two months six apart is one recurrence every half year, from the earlier month (the
    dossier of June and that of December are one duty, reminded and tracked per occurrence)."""
    if len(more) != 1 or more[0].day != again.day or abs(more[0].month - again.month) != 6:
        return None
    other = more[0]
    start, end = min(again.start, other.start), max(again.end, other.end)
    month = min(again.month, other.month)
    return replace(again, every="half-year", month=month, start=start, end=end)


def recurrences(text: str) -> list[Found]:
    """Every recurring date of a line: "báo cáo tháng trước ngày 25 hằng tháng và báo cáo quý
    trước ngày 20 của tháng cuối quý" sets two."""
    first = recurrence(text)
    if first is None:
        return []
    found = [first]
    rest = recurrence(text[first.end :])
    if rest is not None and (rest.every, rest.day) != (first.every, first.day):
        since = rest.since or first.since
        found.append(
            replace(rest, start=rest.start + first.end, end=rest.end + first.end, since=since)
        )
    return found
