"""Which dates of a provincial task every view shows a unit, and where each stands: the one rule
behind /tiendo, /quahan, /nopbai, /nopbai tinh, the digest, the charts, the desk and the answers
in words (a period's list, "bc tháng 8 sao rồi", "nộp bc tháng 11 chưa").

Each occurrence of a recurring task reads its own status (`occurrence_standing`): the unit that
sent September's report has not sent November's, which is "chưa nộp, hạn 25/11/2021" however
September stands (ux28 #2, where a month asked ahead borrowed another month's "Hoàn thành").

What a unit's views list (`listed`): a one-off task's date; of a recurring task the next
occurrence, the last one passed whatever its standing, every passed one still owed (late), and
every passed one whose tracking was ended on its own ("/ketthuc … T8/2021") that the unit had
not sent: ending a period changes how it reads ("⏹ đã kết thúc theo dõi 18/10/2021"), not
whether it is listed, so the coordinator keeps the ended period's final tally (who sent, who
never did) where the late one stood (ux28 #4, where it vanished from /nopbai and /tiendo). A
task ended whole keeps only its last occurrence up to the end as its final tally. The last
period a unit sent (`last_sent`) stays listed, counted done, until it sends a later one: a
passed or ended later period does not hide what it did send (ux29 #2, "0/3 xong" beside
"✅ đã nộp" in /nopbai tinh). A period sent late stays listed whatever was sent after it: "nộp
muộn 2 ngày" is a fact every view states (ux30 #4, where August sent late vanished from /tiendo,
/nopbai and the desk while /tonghop counted it, "2/4 xong" beside "1 nộp muộn").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date

from knowledge.catalogue.model import Task
from knowledge.rules.reminders import in_view, task_deadline
from knowledge.rules.standing import Mark, Standing, State, mark_of, stand

Marks = Mapping[tuple[str, str], Mark]


def occurrence_standing(task: Task, due: date, agency: str, marks: Marks, today: date) -> Standing:
    """Where one date of a task (one occurrence of a recurring one) stands for one addressee,
    by its own status (a status kept under the bare id counts as `mark_of` says)."""
    deadline = task_deadline(task, due, agency)
    return stand(deadline.key, agency, "task", [deadline], mark_of(deadline, marks), today)


def listed(task: Task, due: date, today: date, state: State) -> bool:
    """Whether a unit's views list this date of the task, the unit standing `state` on it (see
    the module docstring)."""
    return kept(task, due, *in_view(task, today), state)


def kept(
    task: Task,
    due: date,
    passed: Sequence[date],
    upcoming: date | None,
    state: State,
    sent: date | None = None,
    sent_late: bool = False,
) -> bool:
    """`listed`, with the dates the views look at on the day (`in_view`: the passed ones and
    the next) read once by the caller, for a task's many units; `sent`: the unit's `last_sent`;
    `sent_late`: the unit sent this date after it (`Standing.sent_late`)."""
    if due == upcoming or (passed and due == passed[-1]):
        return True
    if due not in passed:
        return False
    if state is State.LATE or (state is State.DONE and (due == sent or sent_late)):
        return True
    # a period ended on its own, not sent: its final tally; a task ended whole keeps its last
    return state is State.ENDED and task.ended is None


def last_sent(found: Iterable[Standing]) -> date | None:
    """The latest date among one unit's standings on a task that it sent (or reported done)."""
    return max((s.due for s in found if s.due is not None and s.state is State.DONE), default=None)


def unit_occurrences(task: Task, agency: str, marks: Marks, today: date) -> list[Standing]:
    """Where the task stands for one addressee on each date its views list, in date order: a
    one-off task by all of its dates at once, a recurring one occurrence by occurrence."""
    return task_units(task, (agency,), marks, today)


def task_units(task: Task, owners: Sequence[str], marks: Marks, today: date) -> list[Standing]:
    """`unit_occurrences` of each of `owners` in turn, the task's dates read once."""
    passed, upcoming = in_view(task, today)
    return [s for owner in owners for s in _listed(task, owner, marks, today, passed, upcoming)]


def _listed(
    task: Task,
    agency: str,
    marks: Marks,
    today: date,
    passed: list[date],
    upcoming: date | None,
) -> list[Standing]:
    """`unit_occurrences` of one addressee, the task's dates (`in_view`) given."""
    dues = [*passed, *([upcoming] if upcoming is not None else [])]
    if not task.recurring:
        mine = [task_deadline(task, due, agency) for due in dues]
        return [stand(task.id, agency, "task", mine, marks.get((task.id, agency)), today)]
    if task.ended is not None and upcoming is None:
        # ended whole: its last occurrence up to the end is the final tally
        dues = passed[-1:] or task.occurrences(task.ended, task.ended)
        return [occurrence_standing(task, due, agency, marks, today) for due in dues]
    found = [occurrence_standing(task, due, agency, marks, today) for due in dues]
    sent = last_sent(found)
    return [
        s
        for s in found
        if s.due is None or kept(task, s.due, passed, upcoming, s.state, sent, s.sent_late)
    ]
