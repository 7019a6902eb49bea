"""Which dates of a provincial task every view shows a unit, and where each stands: the one rule
behind /tiendo, /quahan, /nopbai, /nopbai tinh, the digest, the charts, the desk and the answers
in words (a period's list, "bc tháng 8 sao rồi", "nộp bc tháng 11 chưa").

Each occurrence of a recurring task reads its own status (`occurrence_standing`): the unit that
sent September's report has not sent November's, which is "chưa nộp, hạn 25/11/2021" however
September stands (ux28 #2, where a month asked ahead borrowed another month's "Hoàn thành").

What every view lists (`window`), the same dates for every unit of the task: a one-off task's
date; of a recurring task every occurrence whose period has begun by today, among the passed
ones the views still look at (`in_view`) and the next, whatever each unit's standing on it.
Sent in time, sent late, late, ended on its own: each is a fact of the period, so /tiendo counts
what /nopbai tinh lists (ux36 #2, where a unit that sent four months in time read "1/4 xong"
beside four ✅, since only its missed months stayed listed). A period not begun (November's report
on 25/10) is listed only while the task has no begun one, so a task just published is never
hidden. A task ended whole keeps only its last occurrence up to the end as its final tally.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from knowledge.catalogue.model import Task
from knowledge.catalogue.reported import reported_start
from knowledge.rules.reminders import in_view, task_deadline
from knowledge.rules.standing import Mark, Standing, mark_of, stand

Marks = Mapping[tuple[str, str], Mark]


def occurrence_standing(task: Task, due: date, agency: str, marks: Marks, today: date) -> Standing:
    """Where one date of a task (one occurrence of a recurring one) stands for one addressee,
    by its own status (a status kept under the bare id counts as `mark_of` says)."""
    deadline = task_deadline(task, due, agency)
    return stand(deadline.key, agency, "task", [deadline], mark_of(deadline, marks), today)


def window(task: Task, today: date) -> list[date]:
    """The dates of `task` every view lists on `today`, in date order (see the module
    docstring)."""
    passed, upcoming = in_view(task, today)
    if not task.recurring:
        return [*passed, *([upcoming] if upcoming is not None else [])]
    if task.ended is not None and upcoming is None:
        # ended whole: its last occurrence up to the end is the final tally
        return list(passed[-1:]) or task.occurrences(task.ended, task.ended)
    dues = list(passed)
    if upcoming is not None and (not dues or reported_start(task, upcoming) <= today):
        dues.append(upcoming)
    return dues


def listed(task: Task, due: date, today: date) -> bool:
    """Whether the views list this date of the task on `today` (`window`)."""
    return due in window(task, today)


def unit_occurrences(task: Task, agency: str, marks: Marks, today: date) -> list[Standing]:
    """Where the task stands for one addressee on each date its views list, in date order: a
    one-off task by all of its dates at once, a recurring one occurrence by occurrence."""
    return task_units(task, (agency,), marks, today)


def task_units(task: Task, owners: Sequence[str], marks: Marks, today: date) -> list[Standing]:
    """`unit_occurrences` of each of `owners` in turn, the task's dates read once."""
    dues = window(task, today)
    if not task.recurring:
        return [
            stand(
                task.id,
                owner,
                "task",
                [task_deadline(task, due, owner) for due in dues],
                marks.get((task.id, owner)),
                today,
            )
            for owner in owners
        ]
    return [
        occurrence_standing(task, due, owner, marks, today) for owner in owners for due in dues
    ]
