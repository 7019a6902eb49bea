"""What moving a task's deadline would do to its units on the day it is moved, by the standing
rule every view reads (knowledge/rules/progress.py): which units turn late at once (a new date
already passed, ux24 #4: "5/6" typed for "5/7" made three units late and told them so), and
which units that sent it turn "sent late". The coordinator is asked again before such a move.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from knowledge.calendar.deadlines import is_past
from knowledge.catalogue.model import Task, split_key
from knowledge.rules.progress import Marks, occurrence_standings
from knowledge.rules.standing import State


@dataclass(frozen=True)
class MoveEffect:
    past: bool  # the new date has passed on the day of the move
    late: tuple[str, ...]  # units not late now, late at once with the new date
    sent_late: tuple[str, ...]  # units that sent it in time, late by the new date


def moved_to(task: Task, key: str, due: date) -> Task:
    """The task as it would stand with `key` (its id, or one occurrence's key) due on `due`;
    the other moved occurrences kept."""
    scheduled = split_key(key)[1]
    if scheduled is None:
        return replace(task, due=due)
    shifted = {was: now for was, now in task.shifted if was != scheduled}
    shifted[scheduled] = due
    return replace(task, shifted=tuple(sorted(shifted.items())))


def move_effect(
    task: Task, key: str, was: date, due: date, marks: Marks, today: date
) -> MoveEffect:
    """What the move of `key` from `was` to `due` changes for the task's units on `today`."""
    before = {s.agency: s for s in occurrence_standings(task, was, marks, today)}
    after = occurrence_standings(moved_to(task, key, due), due, marks, today)
    late, sent_late = [], []
    for s in after:
        old = before.get(s.agency)
        if s.state is State.LATE and (old is None or old.state is not State.LATE):
            late.append(s.agency)
        elif s.state is State.DONE and s.late_by > 0 and (old is None or old.late_by == 0):
            sent_late.append(s.agency)
    return MoveEffect(is_past(due, today), tuple(late), tuple(sent_late))


NO_EFFECT = MoveEffect(False, (), ())  # a move to a date ahead: nobody turns late
