"""Where a row or a task stands for one unit on one day: open, late, done or closed.

This is the one definition of progress. The views (/tiendo, /tiendo tinh, /quahan, /quahan tinh,
the coordinator's digest, the charts, the progress workbook, in knowledge/rules/progress.py and the
modules it feeds) and the reminder planner (knowledge/rules/reminders.py) all ask `stand` or
`settled`.

Deadlines. A row's deadlines are the province's dates (one per phase of a multi-phase cell), then
the decision's milestones that fall after the province's last date: reminders.row_deadlines builds
that list and everything shares it. A one-off task has its date; a recurring task (every month,
quarter or year) has one deadline per occurrence.

States, for a unit (one agency) on a day, from its latest status (a `Mark`):
- closed: the latest status is khong_du_dieu_kien (not eligible, a reason given). Its own category:
  never counted as done, never late, never reminded again.
- late: a deadline has passed (its date is before the day: a date is its own last day, see
  `knowledge.calendar.deadlines.is_past`) and the latest deadline that has passed
  is not met. A row has one status per unit, so a passed phase while a later phase is still ahead
  makes the row late, against that passed phase, until the unit reports the whole row done. The
  deadline that applies to a late row is the latest one passed ("the current date speaks for the
  row", as the overdue reminders do), and its days late count from it.
- done: the latest status is hoan_thanh and it meets every date that has passed and the next one.
  A done row is never late, whatever its dates. The date shown is the latest one passed (the next
  one if none has passed; for a monthly task, the month it has met ahead).
- open: anything else; the deadline that applies is the next one on or after the day, or none when
  the row has no date at all.

A recurring task is done per occurrence: a hoan_thanh meets the occurrence nearest to the day it
was reported and those before it, so the sync reported on 2/6 closes June, and July is open again
(a yearly report sent on 20/12 closes that year's 15/12, and next year's is owed again).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, Literal

from knowledge.calendar.deadlines import is_past

Role = Literal["lead", "coordinate", "task"]
CLOSED_STATUS = "khong_du_dieu_kien"
DONE_STATUS = "hoan_thanh"


class State(StrEnum):
    OPEN = "open"
    LATE = "late"
    DONE = "done"
    CLOSED = "closed"


STATE_LABELS = {
    State.OPEN: "Chưa đến hạn",
    State.LATE: "Quá hạn",
    State.DONE: "Hoàn thành",
    State.CLOSED: "Không đủ điều kiện",
}


@dataclass(frozen=True)
class Mark:
    """An agency's latest status for a row or task, and the day it was set."""

    status: str
    on: date


def marks_of(changes: Mapping[tuple[str, str], Any]) -> dict[tuple[str, str], Mark]:
    """(key, agency) -> Mark, from the latest change per (key, agency) (anything with `new` and a
    datetime `at`, as db.repo.Repo.current_all returns them).
    """
    return {k: Mark(c.new, c.at.date()) for k, c in changes.items()}


@dataclass(frozen=True)
class Deadline:
    """One dated deadline a unit owes: a phase of a row, a national milestone, a task's date."""

    agency: str
    key: str
    title: str
    role: Role
    due: date
    label: str  # the phase as printed, for multi-phase cells
    recurring: bool = False
    previous: date | None = None  # the occurrence before, for a recurring task
    # the next date of the same row or task: overdue reminders stop when it nears
    following: date | None = None


def settled(deadline: Deadline, mark: Mark | None) -> State | None:
    """DONE or CLOSED when the unit's mark settles this dated deadline; None while it is owed."""
    if mark is None:
        return None
    if mark.status == CLOSED_STATUS:
        return State.CLOSED
    if mark.status != DONE_STATUS:
        return None
    previous = deadline.previous if deadline.recurring else None
    # a monthly task reported nearer the occurrence before: that one is met, this one is owed
    if previous and 2 * mark.on.toordinal() <= previous.toordinal() + deadline.due.toordinal():
        return None
    return State.DONE


@dataclass(frozen=True)
class Standing:
    """Where one (row or task, unit) stands on `today`."""

    key: str
    agency: str
    role: Role
    state: State
    deadline: Deadline | None  # the deadline that applies (see the module docstring)
    phase: int  # 1-based position of that deadline among the row's dates; 0 without one
    phases: int  # how many dates the row has (1 for a task, whatever its occurrences)
    status: str | None  # the unit's latest status as reported; None when never reported
    today: date

    @property
    def due(self) -> date | None:
        return self.deadline.due if self.deadline else None

    @property
    def days(self) -> int | None:
        """Days left (positive), 0 on the day, days late (negative); None without a deadline."""
        return (self.deadline.due - self.today).days if self.deadline else None

    @property
    def is_task(self) -> bool:
        return self.role == "task"

    @property
    def code(self) -> str:
        """The status to count this unit under: hoan_thanh only when done, khong_du_dieu_kien only
        when closed, else the reported status (chua_bat_dau when none, or when a monthly task's
        earlier hoan_thanh does not meet the current occurrence).
        """
        if self.state is State.DONE:
            return DONE_STATUS
        if self.state is State.CLOSED:
            return CLOSED_STATUS
        if self.status is None or self.status in (DONE_STATUS, CLOSED_STATUS):
            return "chua_bat_dau"
        return self.status


def stand(
    key: str,
    agency: str,
    role: Role,
    dated: Sequence[Deadline],
    mark: Mark | None,
    today: date,
) -> Standing:
    """The state of one (row or task, unit) on `today`, given all of its dated deadlines."""
    ordered = sorted(dated, key=lambda d: d.due)
    passed = [d for d in ordered if is_past(d.due, today)]
    ahead = [d for d in ordered if not is_past(d.due, today)]
    recurring = any(d.recurring for d in ordered)
    last = passed[-1] if passed else None
    following = ahead[0] if ahead else None
    status = mark.status if mark else None
    applies: Deadline | None
    if status == CLOSED_STATUS:
        state, applies = State.CLOSED, last or following
    elif last is not None and settled(last, mark) is None:
        state, applies = State.LATE, last
    elif following is not None and settled(following, mark) is None:
        state, applies = State.OPEN, following
    elif not ordered:
        state, applies = (State.DONE if status == DONE_STATUS else State.OPEN), None
    else:
        # every date met: a row shows the date it met, a monthly task the month it has met ahead
        state, applies = State.DONE, (following if recurring and following else last or following)
    phases = 1 if recurring or role == "task" else len(ordered)
    phase = 0 if applies is None else 1 if phases == 1 else ordered.index(applies) + 1
    return Standing(key, agency, role, state, applies, phase, phases, status, today)
