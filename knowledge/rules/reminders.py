"""Reminder planning: which agency is reminded of which open rows and tasks on a given day.

A pure function of (catalogue, province, statuses, day). Every deadline an agency carries (the
province's date for a row when it set one, else each national milestone; each phase of a
multi-phase cell; each provincial task date, each occurrence of a recurring one) is reminded
`offsets` working days before and on the day (weekends and holidays skipped; a deadline on a day
off is reminded on the working day before it, and counted back from there); once passed, while it
stays open, on the agency's overdue day (`overdue_day`: every `overdue_every` days from a Monday,
so every Monday by default), all its late items together. Whether an item is owed, late or
open, and under which of its dates, is the one rule of knowledge/rules/standing.py (`stand`, in
`file_under`), the rule of /tiendo and /quahan: done rows, rows not eligible and the occurrences
of a recurring task already reported done are never reminded; a row late for a date it missed is
reminded as late for it, also on the reminder days of its next date; the occurrences of a
recurring task are those the views chase (`in_view`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from dateutil.relativedelta import relativedelta

from knowledge.calendar.deadlines import is_past
from knowledge.calendar.workdays import WorkCalendar
from knowledge.catalogue.model import (
    EVERY_MONTHS,
    Catalogue,
    Province,
    Task,
    split_key,
)
from knowledge.catalogue.plan import plan_first_day
from knowledge.rules.row_dates import part_dates, part_owners, row_deadlines
from knowledge.rules.standing import (
    Deadline,
    Mark,
    State,
    mark_of,
    milestone_key,
    milestone_marks,
    settled,
    stand,
)

LOOKAHEAD = 40  # days: longer than any offset plus the longest run of days off (Tết)


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
    first = plan_first_day(province)
    for assignment in province.assignments.values():
        row = catalogue.rows[assignment.key]
        parts = part_dates(catalogue, province, row)
        who = part_owners(catalogue, province, row) if parts else None
        result += row_deadlines(row, assignment, start, end, first, parts, who)
    for task in province.tasks:
        result += _task_deadlines(task, start, end)
    return result


LATE_OCCURRENCES = 12  # the passed occurrences of a recurring task the views still chase


def task_deadline(task: Task, due: date, agency: str) -> Deadline:
    """One date of a task for one addressee: a one-off task's, or one occurrence of a recurring
    task (keyed by its occurrence, with the occurrences before and after it)."""
    recurring = task.recurring
    return Deadline(
        agency,
        task.key_of(due),
        task.title,
        "task",
        due,
        task.form,
        recurring,
        task.before(due) if recurring else None,
        task.after(due) if recurring else None,
        task.ended_on(due),
    )


def _task_deadlines(task: Task, start: date, end: date) -> list[Deadline]:
    return [
        task_deadline(task, due, agency)
        for due in task.occurrences(start, end)
        for agency in task.addressees
    ]


def in_view(task: Task, today: date) -> tuple[list[date], date | None]:
    """(passed, next): the dates of a task the views look at on `today`. A one-off task: its
    date, passed or next. A recurring one: its last LATE_OCCURRENCES occurrences before today
    and the first on or after it."""
    if not task.recurring:
        assert task.due is not None
        return ([task.due], None) if is_past(task.due, today) else ([], task.due)
    until = today - timedelta(days=1)
    if task.ended is not None and task.ended < until:
        # an ended task's last occurrences are its history, however long ago it ended
        until = task.ended
    months = EVERY_MONTHS[task.every] * LATE_OCCURRENCES
    passed = task.occurrences(until - relativedelta(months=months), until)
    return passed[-LATE_OCCURRENCES:], task.next_due(today)


def is_open(deadline: Deadline, marks: dict[tuple[str, str], Mark]) -> bool:
    """Still owed: neither done (for a recurring task, that occurrence) nor not eligible."""
    return settled(deadline, mark_of(deadline, marks)) is None


def still_open(
    province: Province, marks: dict[tuple[str, str], Mark], agency: str, key: str, due: date
) -> bool:
    """At send time: is this row or task still open for the agency (a recurring task's
    occurrence: the one its key names, or the one of `due`)?
    """
    found = province.task_at(key)
    if found is not None:
        task, occurrence = found
        if occurrence is not None or task.is_occurrence(due):
            return is_open(task_deadline(task, occurrence or due, agency), marks)
    if not is_open(Deadline(agency, key, "", "lead", due, ""), marks):
        return False
    # a row of several milestones: `due` met on its own (a national date beside a met
    # milestone is dropped by the message, which asks the standing rule again)
    own = marks.get((milestone_key(key, due), agency))
    return own is None or settled(Deadline(agency, key, "", "lead", due, ""), own) is None


def reminder_offset(
    deadline: Deadline, day: date, calendar: WorkCalendar, policy: Policy
) -> int | None:
    """The offset (working days before the deadline) whose reminder falls on `day`, the
    closest to the deadline when several do; None on other days. What is late is reminded by
    `file_under`, on the overdue day."""
    if not calendar.is_working(day):
        return None
    found = None
    for offset in sorted(policy.offsets, reverse=True):
        # working days before (issue 19: "7/3/1/0 working days before"), as a coordinator
        # promises units "nhắc trước 7 ngày làm việc"; they were calendar days moved back
        if calendar.working_days_before(deadline.due, offset) == day:
            found = offset
    return found


# The agency's weekly day for what is late: every `overdue_every` days from a Monday, so with the
# default 7 every Monday (a Monday off: the working day before, as every reminder day moves).
# Each late deadline kept a weekly day of its own, counted from its date (20/4 on Tuesdays, 20/5
# on Thursdays, 31/5 on Mondays): an agency with four late dates was reminded on 28 working days
# of 43. Now every late item of an agency rides on the one day, in that day's one message.
OVERDUE_ANCHOR = date(2001, 1, 1)  # a Monday


def overdue_day(day: date, calendar: WorkCalendar, every: int) -> date | None:
    """The day of the overdue cadence whose reminders fall on the working day `day`: `day`
    itself, or one of the days off right after it (a reminder day off moves to the working day
    before). None when no such day is on the cadence."""
    nominal = day
    for _ in range(LOOKAHEAD):
        if (nominal - OVERDUE_ANCHOR).days % every == 0:
            return nominal
        nominal += timedelta(days=1)
        if calendar.is_working(nominal):
            return None
    return None


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
    units: dict[tuple[str, str], list[Deadline]] = {}
    in_views = {t.id: in_view(t, day) for t in province.tasks if t.recurring}
    for deadline in deadlines(catalogue, province, start, day + timedelta(days=LOOKAHEAD)):
        if deadline.recurring:
            # the occurrences the views still chase (the last LATE_OCCURRENCES passed), no older
            passed, _ = in_views[split_key(deadline.key)[0]]
            if is_past(deadline.due, day) and deadline.due not in passed:
                continue
        units.setdefault((deadline.agency, deadline.key), []).append(deadline)
    found: dict[tuple[str, date, int], list[Deadline]] = {}
    for dated in units.values():
        filed = file_under(dated, marks, day, calendar, policy)
        if filed is not None:
            deadline, offset = filed
            found.setdefault((deadline.agency, deadline.due, offset), []).append(deadline)
    reminders = [
        Reminder(agency, due, offset, tuple(sorted(items, key=_item_order)))
        for (agency, due, offset), items in found.items()
    ]
    return sorted(reminders, key=lambda r: (r.agency, r.due, -r.offset))


def file_under(
    dated: list[Deadline],
    marks: dict[tuple[str, str], Mark],
    day: date,
    calendar: WorkCalendar,
    policy: Policy,
) -> tuple[Deadline, int] | None:
    """Whether one (row or task, agency) is reminded on `day`, and under which of its dates:
    the one the standing rule says applies (knowledge/rules/standing.py `stand`), so that the
    reminder says what /tiendo and /quahan say. A late row is reminded as late for the date it
    missed, on the overdue day and on the reminder days of its next date (a province's 31/5
    passed, the decision's 30/6 near: "quá hạn 28 ngày", not "còn 2 ngày", ux16a item 2); an
    open one on the reminder days of the date it is open for. Done, closed or ended: never."""
    first = dated[0]
    own = milestone_marks(first.key, first.agency, dated, marks)
    standing = stand(first.key, first.agency, first.role, dated, mark_of(first, marks), day, own)
    applies = standing.deadline
    if applies is None or standing.state not in (State.OPEN, State.LATE):
        return None
    ahead = [d for d in dated if not is_past(d.due, day)]
    near = [(d, o) for d in ahead if (o := reminder_offset(d, day, calendar, policy)) is not None]
    if standing.state is State.LATE:
        weekly = policy.overdue_every > 0 and overdue_day(day, calendar, policy.overdue_every)
        if not (near or weekly) or not calendar.is_working(day):
            return None
        return applies, -(day - applies.due).days
    return next(((d, o) for d, o in near if d == applies), near[0] if near else None)


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
