"""Who has sent the documents the province's tasks ask for: per task with a form, per addressee.

The rule is progress's (knowledge/rules/standing.py), not another one. A unit has sent a task's
document when the task is done for it (a hoan_thanh status: `/capnhat tq-2021-04-20 đã nộp`, or
the mark an accepted submission appends); the day sent is that status's day. Late: standing says
late (the deadline passed and nothing was sent), or the document was sent after its deadline.
A unit that reported the task not eligible (khong_du_dieu_kien) owes nothing and is not late.
When the coordinator ended the task's tracking, a unit that had not sent it is "không nộp" for
good (ended): not missing, not late, never chased again; those that sent keep their date.

What was sent (a file, its version) lives with the submissions; a caller that knows it passes it
in `details`, keyed by (task id, unit), and the views print it beside the date.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from knowledge.calendar.deadlines import days_between, is_past
from knowledge.calendar.workdays import WorkCalendar
from knowledge.catalogue.model import Province, Task
from knowledge.deliverables.moved_dues import Before
from knowledge.rules.occurrences import occurrence_standing, window
from knowledge.rules.progress import Marks, agency_order
from knowledge.rules.reminder_days import OFFSETS, first_reminder
from knowledge.rules.reminders import task_deadline
from knowledge.rules.standing import Standing, State, mark_of


class Handin(StrEnum):
    SENT = "sent"  # sent on or before the deadline
    SENT_LATE = "sent_late"  # sent after the deadline
    WAITING = "waiting"  # not sent, the deadline is ahead (or today)
    OVERDUE = "overdue"  # not sent, the deadline has passed
    EXCUSED = "excused"  # reported not eligible: nothing to send
    ENDED = "ended"  # not sent when the coordinator ended the task's tracking


HANDIN_LABELS = {
    Handin.SENT: "đã nộp",
    Handin.SENT_LATE: "nộp muộn",
    Handin.WAITING: "chưa nộp",
    Handin.OVERDUE: "chưa nộp, quá hạn",
    Handin.EXCUSED: "không đủ điều kiện",
    Handin.ENDED: "không nộp (đã kết thúc theo dõi)",
}
HANDIN_ICONS = {
    Handin.SENT: "✅",
    Handin.SENT_LATE: "🕓",
    Handin.WAITING: "▫️",
    Handin.OVERDUE: "❗",
    Handin.EXCUSED: "⛔",
    Handin.ENDED: "⏹",
}


@dataclass(frozen=True)
class UnitHandin:
    """One addressee of one task: whether it sent the document, when, and whether late."""

    task: Task
    unit: str
    standing: Standing
    sent_on: date | None  # the day of the status that marked it sent; None while not sent
    detail: str = ""  # what was sent (file, version), from the submissions when known

    @property
    def key(self) -> str:
        """The task's id, or the occurrence's key for a recurring task."""
        return self.standing.key

    @property
    def due(self) -> date | None:
        return self.standing.due

    @property
    def sent(self) -> bool:
        return self.sent_on is not None

    @property
    def late(self) -> bool:
        if self.sent_on is not None:
            return self.due is not None and is_past(self.due, self.sent_on)
        return self.standing.state is State.LATE

    @property
    def missing(self) -> bool:
        """Owed and not sent (late or not)."""
        return self.state in (Handin.WAITING, Handin.OVERDUE)

    @property
    def state(self) -> Handin:
        if self.standing.state is State.CLOSED:
            return Handin.EXCUSED
        if self.sent:
            return Handin.SENT_LATE if self.late else Handin.SENT
        if self.standing.state is State.ENDED:
            return Handin.ENDED
        return Handin.OVERDUE if self.late else Handin.WAITING

    @property
    def days_late(self) -> int:
        """Days after the deadline it was sent, or (not sent) has been owed; 0 when not late."""
        if not self.late or self.due is None:
            return 0
        return -days_between(self.sent_on or self.standing.today, self.due)


@dataclass(frozen=True)
class TaskHandins:
    """One task with a form and every addressee's hand-in, units in Vietnamese order."""

    task: Task
    due: date | None  # the task's date (a recurring task: this occurrence's)
    units: tuple[UnitHandin, ...]
    key: str  # the task's id, or the occurrence's key for a recurring task
    # the date a move of the deadline replaced (moved_dues.py), said beside the date now
    before: Before | None = None

    def count(self, *states: Handin) -> int:
        return sum(u.state in states for u in self.units)

    @property
    def sent(self) -> int:
        return self.count(Handin.SENT, Handin.SENT_LATE)

    @property
    def missing(self) -> int:
        return self.count(Handin.WAITING, Handin.OVERDUE)

    @property
    def late(self) -> int:
        """Sent late or overdue."""
        return self.count(Handin.SENT_LATE, Handin.OVERDUE)

    @property
    def owed(self) -> int:
        """Units that owe (or owed, until the end) the document (not excused)."""
        return len(self.units) - self.count(Handin.EXCUSED)

    @property
    def ended(self) -> date | None:
        """The day the task's tracking was ended, when it was (this occurrence's alone too)."""
        return ended_day(self.task, self.due)


def ended_day(task: Task, due: date | None) -> date | None:
    """The day the tracking of a task (`due` None: the whole task) or of its occurrence due on
    `due` was ended; None while it is tracked. Nothing is collected for it any more: no form or
    file is awaited or offered (usecases/nop_targets.py, usecases/file_offers.py)."""
    return task.ended_on(due) if due is not None else task.ended


def collects(province: Province, task: Task) -> bool:
    """A document the coordinator collects: the task names a form, or is sent to it."""
    return bool(task.form) or (bool(task.recipient) and task.recipient == province.coordinator)


def track(
    province: Province,
    marks: Marks,
    today: date,
    unit: str | None = None,
    details: Mapping[tuple[str, str], str] | None = None,
    asked: Collection[date] = (),
) -> list[TaskHandins]:
    """Every document the province collects (`collects`), with each addressee's hand-in on
    `today` (only `unit`'s when given; tasks not addressed to it are left out), by deadline. A
    recurring task is tracked per occurrence, those its units' own views list
    (knowledge/rules/occurrences.py `window`: every one whose period has begun, each with its
    tally of who sent it, late or not, and who never did). `asked`: dates a question names
    ("nộp bc tháng 9 chưa"), whose occurrences of a recurring task are tracked too, each by its
    own status, though no view lists them today.
    """
    result = []
    for task in province.tasks:
        if not collects(province, task) or (unit is not None and unit not in task.addressees):
            continue
        owners = task.addressees if unit is None else (unit,)
        dues = window(task, today)
        if task.recurring:
            dues = sorted({*dues, *(d for d in asked if task.is_occurrence(d))})
        for due in dues:
            units = sorted(
                (_handin(task, due, owner, marks, today, details) for owner in owners),
                key=lambda u: agency_order(u.unit),
            )
            result.append(TaskHandins(task, due, tuple(units), task.key_of(due)))
    return sorted(result, key=lambda t: (t.due or date.max, t.key))


def _handin(
    task: Task,
    due: date,
    owner: str,
    marks: Marks,
    today: date,
    details: Mapping[tuple[str, str], str] | None,
) -> UnitHandin:
    deadline = task_deadline(task, due, owner)
    mark = mark_of(deadline, marks)
    s = occurrence_standing(task, due, owner, marks, today)
    sent_on = mark.on if s.state is State.DONE and mark is not None else None
    return UnitHandin(task, owner, s, sent_on, (details or {}).get((deadline.key, owner), ""))


def current(
    tracked: list[TaskHandins],
    today: date,
    calendar: WorkCalendar,
    offsets: Sequence[int] = OFFSETS,
) -> list[TaskHandins]:
    """The tasks being collected now: every one whose deadline has passed, and those whose
    first reminder to the units has come (knowledge/rules/reminder_days.py, 7 working days
    before by default): a unit is not chased for 20/5 in April, and is chased from the day it
    is first reminded, never from another count of days (ux34 #3).
    """
    return [
        t
        for t in tracked
        if t.due is not None and first_reminder(t.due, calendar, offsets) <= today
    ]


def missing_by_unit(
    tracked: list[TaskHandins],
    today: date,
    calendar: WorkCalendar,
    offsets: Sequence[int] = OFFSETS,
) -> dict[str, list[UnitHandin]]:
    """unit -> the documents of the current tasks it has not sent, units in Vietnamese order."""
    result: dict[str, list[UnitHandin]] = {}
    for task in current(tracked, today, calendar, offsets):
        for u in task.units:
            if u.missing:
                result.setdefault(u.unit, []).append(u)
    return dict(sorted(result.items(), key=lambda kv: agency_order(kv[0])))
