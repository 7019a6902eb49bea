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

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from dateutil.relativedelta import relativedelta

from knowledge.calendar.deadlines import days_between, is_past
from knowledge.calendar.workdays import WorkCalendar
from knowledge.catalogue.model import (
    EVERY_MONTHS,
    Catalogue,
    Province,
    Task,
    split_key,
)
from knowledge.catalogue.plan import plan_first_day
from knowledge.rules.reminder_days import OFFSETS, reminder_days
from knowledge.rules.row_dates import owed_dates
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
    offsets: tuple[int, ...] = OFFSETS
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
        # every date of the row, read once per table (row_dates.owed_dates), then the span's
        _, owed = owed_dates(catalogue, province, assignment, first)
        result += [d for d in owed if start <= d.due <= end]
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


class ReminderDays:
    """The offset (working days before a date) whose reminder falls on a day, the closest to
    the date when several do; none on other days. What is late is reminded by `file_under`, on
    the overdue day. Each date's reminder days are counted once: the reminders of a run of days
    ask it of the same few dozen dates every day."""

    def __init__(self, calendar: WorkCalendar, policy: Policy) -> None:
        self.calendar, self.policy = calendar, policy
        self._days: dict[date, dict[date, int]] = {}

    def offset(self, due: date, day: date) -> int | None:
        found = self._days.get(due)
        if found is None:
            # working days before (issue 19: "7/3/1/0 working days before"), as a coordinator
            # promises units "nhắc trước 7 ngày làm việc"; the one count of them, which the
            # digest's "nhắc từ" asks too (ux34 #3)
            found = self._days[due] = reminder_days(due, self.calendar, self.policy.offsets)
        return found.get(day)


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
    return plan_each(catalogue, province, marks, [day], policy)[0][1]


def plan_each(
    catalogue: Catalogue,
    province: Province,
    marks: dict[tuple[str, str], Mark],
    days: Sequence[date],
    policy: Policy = Policy(),
    agencies: Collection[str] | None = None,
) -> list[tuple[date, list[Reminder]]]:
    """`plan_day` of each of `days`, the province's dates read once for them all: a tick after
    a gap in the clock plans up to a month of days, and each day read every row's and task's
    dates again and asked the standing rule about every unit's every row. With `agencies`, the
    reminders of those agencies only (a tick writes down only what some chat receives)."""
    calendar = catalogue.calendar
    working = [d for d in days if calendar.is_working(d)]
    if not working:
        return [(d, []) for d in days]
    span = deadlines(catalogue, province, _window(min(working), policy)[0], max(working) + _AHEAD)
    if agencies is not None:
        span = [d for d in span if d.agency in agencies]
    recurring = {t.id: t for t in province.tasks if t.recurring}
    reminded = ReminderDays(calendar, policy)
    return [
        (d, _plan_one(span, recurring, marks, d, reminded) if calendar.is_working(d) else [])
        for d in days
    ]


_AHEAD = timedelta(days=LOOKAHEAD)


def _window(day: date, policy: Policy) -> tuple[date, date]:
    """The dates a day's reminders are about: from the year before (what is late is reminded
    while it stays open) to LOOKAHEAD days ahead."""
    start = date(day.year - 1, 1, 1) if policy.overdue_every > 0 else day
    return start, day + _AHEAD


def _plan_one(
    span: list[Deadline],
    recurring: dict[str, Task],
    marks: dict[tuple[str, str], Mark],
    day: date,
    reminded: ReminderDays,
) -> list[Reminder]:
    calendar, policy = reminded.calendar, reminded.policy
    start, end = _window(day, policy)
    units: dict[tuple[str, str], list[Deadline]] = {}
    views: dict[str, list[date]] = {}
    for deadline in span:
        if not start <= deadline.due <= end:
            continue
        if deadline.recurring and is_past(deadline.due, day):
            # the occurrences the views still chase (the last LATE_OCCURRENCES passed), no older
            task_id = split_key(deadline.key)[0]
            passed = views.get(task_id)
            if passed is None:
                passed = views[task_id] = in_view(recurring[task_id], day)[0]
            if deadline.due not in passed:
                continue
        units.setdefault((deadline.agency, deadline.key), []).append(deadline)
    weekly = policy.overdue_every > 0 and overdue_day(day, calendar, policy.overdue_every)
    found: dict[tuple[str, date, int], list[Deadline]] = {}
    for dated in units.values():
        near = [
            (d, o)
            for d in dated
            if not is_past(d.due, day) and (o := reminded.offset(d.due, day)) is not None
        ]
        if not near and not weekly:
            continue  # neither a reminder day of its dates nor the overdue day: nothing to say
        filed = file_under(dated, marks, day, near, bool(weekly))
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
    near: list[tuple[Deadline, int]],
    weekly: bool,
) -> tuple[Deadline, int] | None:
    """Whether one (row or task, agency) is reminded on the working day `day`, and under which
    of its dates: the one the standing rule says applies (knowledge/rules/standing.py `stand`),
    so that the reminder says what /tiendo and /quahan say. `near`: its dates ahead whose
    reminder falls on `day`, with their offsets; `weekly`: `day` is the overdue day. A late row
    is reminded as late for the date it missed, on the overdue day and on the reminder days of
    its next date (a province's 31/5 passed, the decision's 30/6 near: "quá hạn 28 ngày", not
    "còn 2 ngày", ux16a item 2); an open one on the reminder days of the date it is open for.
    Done, closed or ended: never."""
    first = dated[0]
    own = milestone_marks(first.key, first.agency, dated, marks)
    standing = stand(first.key, first.agency, first.role, dated, mark_of(first, marks), day, own)
    applies = standing.deadline
    if applies is None or standing.state not in (State.OPEN, State.LATE):
        return None
    if standing.state is State.LATE:
        if not (near or weekly):
            return None
        return applies, days_between(day, applies.due)
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
    days = [start + timedelta(days=i) for i in range((end - start).days + 1)]
    return [
        (day, r)
        for day, found in plan_each(catalogue, province, marks, days, policy)
        for r in found
    ]
