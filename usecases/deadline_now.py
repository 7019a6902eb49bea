"""The deadline a task (or the period of a recurring one) is due on now, for a unit: the one
place the words that bring a task back (a withdrawal undone, a tracking reopened) read it from.

A one-off task's date is the one in force (a move applied: knowledge/letters/moves.py); a
recurring task named by its id is the period that applies to the unit, as /tiendo and /muc
choose it (knowledge/rules/progress.py `standing_of`: the oldest still owed, else the next),
so a monthly report reopened in August is said to be tracked from September, with its date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from knowledge.calendar.hours import dated
from knowledge.catalogue.model import Task, occurrence_key, split_key
from knowledge.catalogue.occurrence_names import label
from knowledge.render.due_now_text import due_now_text, period_now_text, restored_text
from knowledge.rules.progress import standing_of, task_standings
from knowledge.rules.standing import State
from usecases.desk import Desk

SETTLED = (State.DONE, State.CLOSED)


@dataclass(frozen=True)
class DueNow:
    key: str  # the task's id, or the occurrence's key, whose date this is
    due: date
    text: str  # as printed, or as the move in force quotes it
    was: str = ""  # the date a move in force replaced ("20/8/2021"), else ""
    period: str = ""  # an occurrence's period ("tháng 9/2021"), else ""
    settled: bool = False  # the unit has done it (or was excused): no days left or late


def occurrence_due(task: Task, scheduled: date) -> date:
    """Where the occurrence scheduled on `scheduled` is due now (moved before, or not)."""
    return next((now for was, now in task.shifted if was == scheduled), scheduled)


def due_now(desk: Desk, key: str, agency: str | None = None) -> DueNow | None:
    """The date `key` is due on now for `agency` (any unit: the next period); None when it
    names no task or has no date left."""
    found = desk.province.task_at(key)
    if found is None:
        return None
    task, scheduled = found
    today = desk.clock.today()
    standing = None
    if agency is not None and agency in task.addressees:
        marks, catalogue = desk.statuses().marks, desk.catalogue
        standing = standing_of(catalogue, desk.province, key, agency, marks, today)
    if task.recurring and scheduled is None:
        scheduled = split_key(standing.key)[1] if standing is not None else None
        if scheduled is None:
            upcoming = task.next_due(today)
            if upcoming is None:
                return None
            scheduled = task.scheduled(upcoming)  # a moved period keeps its schedule's key
        key = occurrence_key(task.id, scheduled)
    due = occurrence_due(task, scheduled) if scheduled is not None else task.due
    if due is None:
        return None
    move = desk.letters.moved().get(key) if desk.letters is not None else None
    text = task.deadline_text if scheduled is None else ""
    was = ""
    if move is not None:
        text, was = move.text, dated(move.was, move.was_text, ends=False)
    period = label(task, scheduled) if scheduled is not None else ""
    settled = standing is not None and standing.state in SETTLED
    return DueNow(key, due, text, was, period, settled)


def now_said(desk: Desk, key: str, agency: str | None = None) -> str:
    """The deadline in force as a task brought back says it (escaped): a one-off task's date,
    or, for a whole recurring task, what came back (`restored`); "" when it has none."""
    found = due_now(desk, key, agency)
    if found is None:
        return ""
    today = desk.clock.today()
    if found.period and split_key(key)[1] is None:  # the whole recurring task
        task = desk.province.task(key)
        if task is not None:
            return restored(desk, task, agency)
        return period_now_text(found.period, found.due, found.text, found.was, today)
    task = desk.province.task(split_key(key)[0])
    late = 0
    if agency is None and task is not None:
        # the coordinator: how many units count late again, as each of them is told (ux30 #6)
        marks = desk.statuses().marks
        late = sum(s.state is State.LATE for s in task_standings(task, marks, today))
    return due_now_text(found.due, found.text, found.was, today, found.settled, late)


def restored(desk: Desk, task: Task, agency: str | None = None) -> str:
    """A whole recurring task back (an end undone or reopened, its letter back in force): the
    periods late again, by the standing rule every view lists them by (for `agency`, its own;
    else each with how many units), and the next period with its date in force. One function,
    so the coordinator and each unit are told one truth (ux30 #6)."""
    today, marks = desk.clock.today(), desk.statuses().marks
    unit = agency if agency is not None and agency in task.addressees else None
    found = task_standings(task, marks, today, unit)
    late: dict[date, int] = {}
    for s in found:
        if s.state is State.LATE and s.due is not None:
            late[s.due] = late.get(s.due, 0) + 1
    periods = [(label(task, task.scheduled(d)), 0 if unit else n) for d, n in sorted(late.items())]
    upcoming = task.next_due(today)
    if upcoming is None:
        return restored_text(periods, "", None, "", "", today)
    scheduled = task.scheduled(upcoming)
    move = desk.letters.moved().get(task.key_of(upcoming)) if desk.letters else None
    text, was = (
        (move.text, dated(move.was, move.was_text, ends=False)) if move is not None else ("", "")
    )
    return restored_text(periods, label(task, scheduled), upcoming, text, was, today)
