"""Reminder planning: which agency is reminded of which open rows and tasks on a given day.

A pure function of (catalogue, province, statuses, day). Every deadline an agency carries (the
province's date for a row when it set one, else each national milestone; each phase of a
multi-phase cell; each provincial task date, monthly ones included) is reminded `offsets` days
before and on the day, then every `overdue_every` days while it stays open. A reminder day that is
not a working day moves to the working day before. Whether a deadline is still owed is the one
rule of knowledge/rules/standing.py (`settled`): done rows, rows not eligible and the months of a
monthly
task already reported done are never reminded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from dateutil.relativedelta import relativedelta

from knowledge.calendar.deadlines import is_past
from knowledge.calendar.workdays import WorkCalendar
from knowledge.catalogue.model import Assignment, Catalogue, Province, Row, Task
from knowledge.rules.standing import Deadline, Mark, settled

LOOKAHEAD = 40  # days: longer than any offset plus the longest run of days off (Tết)
MONTHLY_WINDOW = 62  # days: two occurrences of a monthly task on each side of a day (per month
# of a quarterly or yearly task's period)


@dataclass(frozen=True)
class Policy:
    offsets: tuple[int, ...] = (7, 3, 1, 0)
    overdue_every: int = 7  # 0 turns overdue reminders off


class ReminderKind(StrEnum):
    BEFORE = "before"
    DUE = "due"
    OVERDUE = "overdue"


@dataclass(frozen=True)
class Reminder:
    agency: str
    due: date
    offset: int  # days before the deadline; negative once it has passed
    items: tuple[Deadline, ...]

    @property
    def kind(self) -> ReminderKind:
        if self.offset > 0:
            return ReminderKind.BEFORE
        return ReminderKind.DUE if self.offset == 0 else ReminderKind.OVERDUE

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(d.key for d in self.items)

    def to_json(self, day: date) -> dict:
        return {
            "day": day.isoformat(),
            "agency": self.agency,
            "deadline": self.due.isoformat(),
            "offset": self.offset,
            "kind": self.kind,
            "keys": list(self.keys),
        }


def deadlines(catalogue: Catalogue, province: Province, start: date, end: date) -> list[Deadline]:
    """Every (agency, row or task, date) of the province with a date between start and end."""
    result = []
    for assignment in province.assignments.values():
        result += row_deadlines(catalogue.rows[assignment.key], assignment, start, end)
    for task in province.tasks:
        result += _task_deadlines(task, start, end)
    return result


def row_deadlines(
    row: Row, assignment: Assignment, start: date = date.min, end: date = date.max
) -> list[Deadline]:
    """A row's dates for each of its agencies: the province's (each phase of a multi-phase cell)
    and then the national milestones that fall after the province's last date: the province's
    date comes first, the decision's date is the last resort.
    """
    result = []
    local = assignment.milestones
    national = [m for m in row.milestones if not local or m.due > local[-1].due]
    dated = [(m, False) for m in local] + [(m, True) for m in national]
    for i, (milestone, is_national) in enumerate(dated):
        if not start <= milestone.due <= end:
            continue
        following = dated[i + 1][0].due if i + 1 < len(dated) else None
        label = milestone.label if (len(dated) > 1 or is_national) else ""
        if is_national:
            label = f"QĐ {row.decision}: {label}"
        for agency in assignment.agencies:
            result.append(
                Deadline(
                    agency,
                    row.key,
                    row.short_title,
                    "lead" if agency in assignment.lead else "coordinate",
                    milestone.due,
                    label,
                    following=following,
                )
            )
    return result


def task_deadlines_near(task: Task, day: date) -> list[Deadline]:
    """A one-off task's date; a recurring task's occurrences around `day`: enough to know the one
    that last passed and the next one (occurrences are a month, a quarter or a year apart).
    """
    if task.due is not None:
        return _task_deadlines(task, task.due, task.due)
    window = timedelta(days=MONTHLY_WINDOW * task.period)
    return _task_deadlines(task, day - window, max(day, task.starts or day) + window)


def _task_deadlines(task: Task, start: date, end: date) -> list[Deadline]:
    recurring = task.due is None
    result = []
    for due in task.occurrences(start, end):
        previous = _period_before(due, task) if recurring else None
        if previous and task.starts and previous < task.starts:
            previous = None
        following = _period_after(due, task) if recurring else None
        for agency in task.addressees:
            result.append(
                Deadline(
                    agency,
                    task.id,
                    task.title,
                    "task",
                    due,
                    task.form,
                    recurring,
                    previous,
                    following,
                )
            )
    return result


def _period_before(day: date, task: Task) -> date:
    """The occurrence a period (month, quarter, year) before, on the task's day or that month's
    last day (31/3 before 30/4 for the 31st).
    """
    return day + relativedelta(months=-task.period, day=task.monthly_day or day.day)


def _period_after(day: date, task: Task) -> date:
    """The occurrence a period after, on the task's day or that month's last day (28/2 after
    31/1 for the 31st).
    """
    return day + relativedelta(months=+task.period, day=task.monthly_day or day.day)


def is_open(deadline: Deadline, marks: dict[tuple[str, str], Mark]) -> bool:
    """Still owed: neither done (for a monthly task, that month) nor not eligible."""
    return settled(deadline, marks.get((deadline.key, deadline.agency))) is None


def still_open(
    province: Province, marks: dict[tuple[str, str], Mark], agency: str, key: str, due: date
) -> bool:
    """At send time: is this row or task still open for the agency (a monthly task for the month of
    `due`)?
    """
    task = next((t for t in province.tasks if t.id == key), None)
    if task is not None:
        current = [d for d in _task_deadlines(task, due, due) if d.agency == agency]
        if current:
            return is_open(current[0], marks)
    return is_open(Deadline(agency, key, "", "lead", due, ""), marks)


def reminder_offset(
    deadline: Deadline, day: date, calendar: WorkCalendar, policy: Policy
) -> int | None:
    """The offset whose reminder falls on `day` for this deadline, the closest to the deadline when
    several do.
    """
    if not calendar.is_working(day):
        return None
    found = None
    for offset in sorted(policy.offsets, reverse=True):
        if calendar.on_or_before(deadline.due - timedelta(days=offset)) == day:
            found = offset
    if found is not None or not is_past(deadline.due, day) or policy.overdue_every <= 0:
        return found
    weeks = -(-(day - deadline.due).days // policy.overdue_every)
    while True:
        nominal = deadline.due + timedelta(days=weeks * policy.overdue_every)
        moved = calendar.on_or_before(nominal)
        # Overdue reminders stop once the reminders of the next date (next month, next phase, the
        # national
        # milestone) begin: that date's reminders carry the row from then on.
        following = deadline.following
        if moved > day or (
            following and nominal >= following - timedelta(days=max(policy.offsets, default=0))
        ):
            return None
        if moved == day and is_past(deadline.due, moved):
            return -(nominal - deadline.due).days
        weeks += 1


def plan_day(
    catalogue: Catalogue,
    province: Province,
    marks: dict[tuple[str, str], Mark],
    day: date,
    policy: Policy = Policy(),
) -> list[Reminder]:
    """The reminders that fall on `day`, one per (agency, deadline, offset), agencies and dates in
    order.
    """
    calendar = catalogue.calendar
    if not calendar.is_working(day):
        return []
    start = date(day.year - 1, 1, 1) if policy.overdue_every > 0 else day
    found: dict[tuple[str, date, int], list[Deadline]] = {}
    for deadline in deadlines(catalogue, province, start, day + timedelta(days=LOOKAHEAD)):
        if not is_open(deadline, marks):
            continue
        offset = reminder_offset(deadline, day, calendar, policy)
        if offset is not None:
            found.setdefault((deadline.agency, deadline.due, offset), []).append(deadline)
    reminders = [
        Reminder(agency, due, offset, tuple(sorted(items, key=_item_order)))
        for (agency, due, offset), items in found.items()
    ]
    return sorted(reminders, key=lambda r: (r.agency, r.due, -r.offset))


def _item_order(deadline: Deadline):
    # Tasks first (they are the dossiers the province waits for), then rows by decision and number.
    if deadline.role == "task":
        return (0, deadline.key, 0, "")
    decision, _, rest = deadline.key.partition("-")
    number, _, sub = rest.partition("/")
    return (1, decision, int(number) if number.isdigit() else 0, sub)


def plan_range(
    catalogue: Catalogue,
    province: Province,
    marks: dict[tuple[str, str], Mark],
    start: date,
    end: date,
    policy: Policy = Policy(),
) -> list[tuple[date, Reminder]]:
    result = []
    day = start
    while day <= end:
        result += [(day, r) for r in plan_day(catalogue, province, marks, day, policy)]
        day += timedelta(days=1)
    return result
