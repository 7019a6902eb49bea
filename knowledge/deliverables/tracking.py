"""Who has sent the documents the province's tasks ask for: per task with a form, per addressee.

The rule is progress's (knowledge/rules/standing.py), not another one. A unit has sent a task's
document when the task is done for it (a hoan_thanh status: `/capnhat tq-2021-04-20 đã nộp`, or
the mark an accepted submission appends); the day sent is that status's day. Late: standing says
late (the deadline passed and nothing was sent), or the document was sent after its deadline.
A unit that reported the task not eligible (khong_du_dieu_kien) owes nothing and is not late.

What was sent (a file, its version) lives with the submissions; a caller that knows it passes it
in `details`, keyed by (task id, unit), and the views print it beside the date.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from knowledge.calendar.deadlines import is_past
from knowledge.catalogue.model import Province, Task
from knowledge.rules.progress import Marks, agency_order, task_standings
from knowledge.rules.standing import Standing, State

COLLECTING = 7  # days before a deadline from which its missing documents are chased


class Handin(StrEnum):
    SENT = "sent"  # sent on or before the deadline
    SENT_LATE = "sent_late"  # sent after the deadline
    WAITING = "waiting"  # not sent, the deadline is ahead (or today)
    OVERDUE = "overdue"  # not sent, the deadline has passed
    EXCUSED = "excused"  # reported not eligible: nothing to send


HANDIN_LABELS = {
    Handin.SENT: "đã nộp",
    Handin.SENT_LATE: "nộp muộn",
    Handin.WAITING: "chưa nộp",
    Handin.OVERDUE: "chưa nộp, quá hạn",
    Handin.EXCUSED: "không đủ điều kiện",
}
HANDIN_ICONS = {
    Handin.SENT: "✅",
    Handin.SENT_LATE: "🕓",
    Handin.WAITING: "▫️",
    Handin.OVERDUE: "❗",
    Handin.EXCUSED: "⛔",
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
        return Handin.OVERDUE if self.late else Handin.WAITING

    @property
    def days_late(self) -> int:
        """Days after the deadline it was sent, or (not sent) has been owed; 0 when not late."""
        if not self.late or self.due is None:
            return 0
        return ((self.sent_on or self.standing.today) - self.due).days


@dataclass(frozen=True)
class TaskHandins:
    """One task with a form and every addressee's hand-in, units in Vietnamese order."""

    task: Task
    due: date | None  # the deadline that applies today (a monthly task: the current month)
    units: tuple[UnitHandin, ...]

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
        """Units that owe the document (not excused)."""
        return len(self.units) - self.count(Handin.EXCUSED)


def track(
    province: Province,
    marks: Marks,
    today: date,
    unit: str | None = None,
    details: Mapping[tuple[str, str], str] | None = None,
) -> list[TaskHandins]:
    """Every task of the province that names a form, with each addressee's hand-in on `today`
    (only `unit`'s when given; tasks not addressed to it are left out), tasks by deadline.
    """
    result = []
    for task in province.tasks:
        if not task.form:
            continue
        units = []
        for s in task_standings(task, marks, today, unit):
            mark = marks.get((task.id, s.agency))
            sent_on = mark.on if s.state is State.DONE and mark is not None else None
            detail = (details or {}).get((task.id, s.agency), "")
            units.append(UnitHandin(task, s.agency, s, sent_on, detail))
        if not units:
            continue
        units.sort(key=lambda u: agency_order(u.unit))
        due = next((u.due for u in units if u.due), None)
        result.append(TaskHandins(task, due, tuple(units)))
    return sorted(result, key=lambda t: (t.due or date.max, t.task.id))


def current(tracked: list[TaskHandins], today: date) -> list[TaskHandins]:
    """The tasks being collected now: every one whose deadline has passed, and those due within
    COLLECTING days (the first reminder to the units comes a week before): a unit is not chased
    for 20/5 in April.
    """
    until = today + timedelta(days=COLLECTING)
    return [t for t in tracked if t.due is not None and t.due <= until]


def missing_by_unit(tracked: list[TaskHandins], today: date) -> dict[str, list[UnitHandin]]:
    """unit -> the documents of the current tasks it has not sent, units in Vietnamese order."""
    result: dict[str, list[UnitHandin]] = {}
    for task in current(tracked, today):
        for u in task.units:
            if u.missing:
                result.setdefault(u.unit, []).append(u)
    return dict(sorted(result.items(), key=lambda kv: agency_order(kv[0])))
