"""Where a row or a task stands for one unit on one day: open, late, done or closed.

This is the one definition of progress. The views (/tiendo, /tiendo tinh, /quahan, /quahan tinh,
the coordinator's digest, the charts, the progress workbook, in knowledge/rules/progress.py and the
modules it feeds) and the reminder planner (knowledge/rules/reminders.py) all ask `stand` or
`settled`.

Deadlines. A row's deadlines are the province's dates (one per phase of a multi-phase cell) and
the decision's milestones that fall after the province's last date, or before its first and
inside the province's plan (a province's date later than the decision's does not move the
decision's date), in date order: row_dates.row_deadlines builds that list and everything shares
it. A unit that only coordinates (phối hợp) a row the province dated owes the province's dates
alone, never the decision's beside them (row_dates.owes_national, ux38 #3): it is never told it
is late for a date the province has not reached. A one-off task has its date; a recurring task
(every month, quarter or year) has one deadline per occurrence.

States, for a unit (one agency) on a day, from its latest status (a `Mark`):
- closed: the latest status is khong_du_dieu_kien (not eligible, a reason given). Its own category:
  never counted as done, never late, never reminded again.
- late: a deadline has passed (its date is before the day: a date is its own last day, see
  `knowledge.calendar.deadlines.is_past`) and the latest deadline that has passed
  is not met. A passed phase while a later phase is still ahead makes the row late, against that
  passed phase, until the unit reports it done: the row's own status meets every date, and a row
  of several own milestones (406-39: households by 31/5, businesses by 31/8) has a status per
  milestone too (`milestone_key`, `Deadline.milestone`), which meets that milestone's dates (the
  decision's date beside it included); `Standing.milestones` says each one's standing. The
  deadline that applies to a late row is the first one it missed, and its days late count from
  it: a province's 31/5 missed, the decision's 30/6 passed as well, is 31 days late on 1/7 (the
  views say the later dates beside it).
- done: the latest status is hoan_thanh and it meets every date that has passed and the next one.
  A done row is never late, whatever its dates. Reported done after one of its dates, it was done
  late, judged against the first date it missed (the province's 31/5 before the decision's 30/6,
  as a late row counts): that date is shown, and `Standing.late_by` is the days after it,
  counted as the hand-in tracking counts a document sent late; the views say so beside it, and
  never count it late (`Standing.sent_late`: a standing of its own, "nộp muộn N ngày", that
  every view states and none drops). Done in time, the date shown is the first date it met
  (the next one if none has passed; for a monthly task, the month it has met ahead), the same
  whatever day it is asked: a done row has no days left or late in any view (ux35 #2).
- ended: the coordinator ended the tracking of the task ("Kết thúc theo dõi", `Task.ended`) and
  the unit had neither sent it (done) nor reported it not eligible (closed): it is no longer owed,
  so never open, never late, never reminded, and not "chưa nộp" in the hand-in views; the final
  tally keeps who sent and who did not (done units stay done, closed stay closed, the others are
  ended). An end applies at once to every view, whatever day it is asked about; the views show
  its date. Rows of the assignment table are never ended (the table is patched instead).
- open: anything else; the deadline that applies is the next one on or after the day, or none when
  the row has no date at all, or none that is the unit's: a unit that only coordinates a row with
  no date of its own (406-11's district units) owes none of its sub-rows' dates, which are the
  Sở's that lead those sub-rows and their partners' (row_dates.part_owners); it is open, never
  late, and its line says the sectors' dates beside as theirs (`Standing.beside`).

A recurring task (monthly, quarterly, yearly) is tracked per occurrence: each occurrence is a unit
of its own, keyed by the task's id and its date (`kh-monthly-sync@2020-06-01`,
knowledge/catalogue/model.py's `occurrence_key`), with its own status; a unit can be late for
August and on time for September, and a yearly report's 2023 is done on its own while 2024's is
owed again. A status kept under the task's bare id (as before occurrences
had keys) still counts: a hoan_thanh meets the occurrence nearest to the day it was reported and
those before it, a khong_du_dieu_kien closes every occurrence (`mark_of`).

An ended recurring task has no occurrence after the day it was ended (`Task.occurrences`); each
occurrence up to it keeps its standing as history: sent ones done, closed ones closed, the others
ended, none late (so none is chased and none is listed late in /quahan or the digest). The views
show, for each unit, the last occurrence up to the end; a period ended alone stays listed where it
stood, ended (knowledge/rules/occurrences.py decides which occurrences every view lists).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, Literal

from knowledge.calendar.deadlines import days_between, is_past
from knowledge.catalogue.model import split_key

Role = Literal["lead", "coordinate", "task"]
CLOSED_STATUS = "khong_du_dieu_kien"
DONE_STATUS = "hoan_thanh"


class State(StrEnum):
    OPEN = "open"
    LATE = "late"
    DONE = "done"
    CLOSED = "closed"
    ENDED = "ended"


STATE_LABELS = {
    State.OPEN: "Chưa đến hạn",
    State.LATE: "Quá hạn",
    State.DONE: "Hoàn thành",
    State.CLOSED: "Không đủ điều kiện",
    State.ENDED: "Đã kết thúc theo dõi",
}


@dataclass(frozen=True)
class Mark:
    """An agency's latest status for a row or task, the day it was set, and who set it (the
    name a "ghi thay" was signed with, else the officer's registered name; "" unknown)."""

    status: str
    on: date
    by: str = ""


def marks_of(
    changes: Mapping[tuple[str, str], Any], names: Mapping[int, str] | None = None
) -> dict[tuple[str, str], Mark]:
    """(key, agency) -> Mark, from the latest change per (key, agency) (anything with `new` and a
    datetime `at`, as db.repo.Repo.current_all returns them); `names`: the officers' registered
    names by user id, for who set it.
    """
    names = names or {}
    return {
        k: Mark(c.new, day_of(c), getattr(c, "behalf", None) or names.get(getattr(c, "by", 0), ""))
        for k, c in changes.items()
    }


def day_of(change: Any) -> date:
    """The day a status counts from: the day the unit said it sent the document ("đã gửi ngày
    9/4", a past day confirmed with the status: `sent_on`), else the day it was written. On
    time or late, the date sent in every view, follow it."""
    return getattr(change, "sent_on", None) or change.at.date()


@dataclass(frozen=True)
class Deadline:
    """One dated deadline a unit owes: a phase of a row, a national milestone, a task's date."""

    agency: str
    key: str
    title: str
    role: Role
    due: date
    label: str  # the phase as printed, for multi-phase cells
    recurring: bool = False  # an occurrence of a recurring task (its key names the occurrence)
    previous: date | None = None  # the occurrence before, for a recurring task
    # the next date of the same row or task: overdue reminders stop when it nears
    following: date | None = None
    ended: date | None = None  # the task's tracking was ended on that day (see the docstring)
    # the date is the row's sub-rows' (406-11's sectors): the row has none of its own
    parts: bool = False
    # the decision's milestone beside a province's own dates (knowledge/rules/row_dates.py)
    national: bool = False
    # the row's own milestone this date belongs to, when the row has several (406-39's 31/5
    # and 31/8): the date of that milestone, whose own status (`milestone_key`) can meet it;
    # None for a row of one milestone and for tasks (the row's status alone counts)
    milestone: date | None = None


def milestone_key(key: str, due: date) -> str:
    """The key one milestone of a row is reported under (`406-39@2021-05-31`): the row's key
    and the milestone's date, the way an occurrence of a recurring task is kept."""
    return f"{key}@{due.isoformat()}"


def milestone_marks(
    key: str, agency: str, dated: Sequence[Deadline], marks: Mapping[tuple[str, str], Mark]
) -> dict[date, Mark]:
    """The unit's own marks for each milestone of a row of several (`Deadline.milestone`)."""
    found = {}
    for due in {d.milestone for d in dated if d.milestone is not None}:
        mark = marks.get((milestone_key(key, due), agency))
        if mark is not None:
            found[due] = mark
    return found


def mark_of(deadline: Deadline, marks: Mapping[tuple[str, str], Mark]) -> Mark | None:
    """The unit's mark for this deadline: the one kept under its key; for an occurrence of a
    recurring task without one, a mark kept under the task's bare id when it speaks for this
    occurrence (see the module docstring)."""
    own = marks.get((deadline.key, deadline.agency))
    if own is not None or not deadline.recurring:
        return own
    task_id, due = split_key(deadline.key)
    bare = marks.get((task_id, deadline.agency)) if due is not None else None
    if bare is None or bare.status == CLOSED_STATUS:
        return bare
    previous = deadline.previous
    # reported nearer the occurrence before: that one is met (or worked on), this one is owed
    if previous and 2 * bare.on.toordinal() <= previous.toordinal() + deadline.due.toordinal():
        return None
    return bare


def settled(deadline: Deadline, mark: Mark | None) -> State | None:
    """DONE or CLOSED when the unit's mark for this dated deadline (`mark_of`) settles it, else
    ENDED when the task's tracking was ended; None while it is owed."""
    if mark is not None and mark.status == CLOSED_STATUS:
        return State.CLOSED
    if mark is not None and mark.status == DONE_STATUS:
        return State.DONE
    return State.ENDED if deadline.ended is not None else None


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
    dates: tuple[date, ...] = ()  # every date of the row, in order (a task's: the one above)
    steps: tuple[Deadline, ...] = ()  # the deadlines of those dates, in the same order
    # a row with no date of its own whose sub-rows' dates this unit does not owe (a district
    # that coordinates 406-11): those dates, said beside as the sectors', never counted
    beside: tuple[date, ...] = ()
    # done: the days after the deadline that applies that it was reported done (0: in time)
    late_by: int = 0
    # a row of several milestones: each milestone's own date and where it stands on its own
    # (its dates met by the row's status or by the milestone's own), in date order
    milestones: tuple[tuple[Deadline, State], ...] = ()
    # for each of `milestones`, the days after its first date missed it was reported done
    milestones_late: tuple[int, ...] = ()
    # done: the day it was reported done (the views say it: "✅ xong 25/5/2021, đúng hạn")
    done_on: date | None = None

    @property
    def due(self) -> date | None:
        return self.deadline.due if self.deadline else None

    @property
    def sent_late(self) -> bool:
        """Done after the date that applies ("nộp muộn 2 ngày", "xong muộn"): a standing of its
        own beside done. It counts as done in every tally and is never chased, yet every view
        states it, and a unit's views keep listing a period it sent late (occurrences.py)."""
        return self.state is State.DONE and self.late_by > 0

    @property
    def ended(self) -> date | None:
        """The day the task's tracking was ended, when it was (whatever this unit's state)."""
        return self.deadline.ended if self.deadline else None

    @property
    def days(self) -> int | None:
        """Days left (positive), 0 on the day, days late (negative); None without a deadline."""
        return days_between(self.today, self.deadline.due) if self.deadline else None

    @property
    def is_task(self) -> bool:
        return self.role == "task"

    @property
    def code(self) -> str:
        """The status to count this unit under: hoan_thanh only when done, khong_du_dieu_kien only
        when closed, else the reported status (chua_bat_dau when none).
        """
        if self.state is State.DONE:
            return DONE_STATUS
        if self.state is State.CLOSED:
            return CLOSED_STATUS
        if self.status is None or self.status in (DONE_STATUS, CLOSED_STATUS):
            # a milestone met while the row stays open: under way, never "Chưa bắt đầu"
            return "dang_thuc_hien" if self.milestones_met else "chua_bat_dau"
        if self.status == "chua_bat_dau" and self.milestones_met:
            return "dang_thuc_hien"
        return self.status

    @property
    def milestones_met(self) -> int:
        """How many of a row's own milestones are met (done or closed): 0 for a row of one."""
        return sum(1 for _, st in self.milestones if st in (State.DONE, State.CLOSED))


def stand(
    key: str,
    agency: str,
    role: Role,
    dated: Sequence[Deadline],
    mark: Mark | None,
    today: date,
    own: Mapping[date, Mark] | None = None,
) -> Standing:
    """The state of one (row or task, unit) on `today`, given all of its dated deadlines.
    `own`: the unit's marks of single milestones of a row of several (`milestone_marks`): a
    date is met by the row's status or by the status of the milestone it belongs to."""
    ordered = sorted(dated, key=lambda d: d.due)
    whole = mark

    def mark_for(d: Deadline) -> Mark | None:
        if own is None or d.milestone is None:
            return whole
        mine = own.get(d.milestone)
        # a milestone reported done on its own was met that day, before the row's own done
        # (ux28 #5: 406-39's households' milestone done on 1/7 read as done with the row on 25/8)
        if mine is not None and settled(d, mine) is not None:
            return mine
        return whole if settled(d, whole) is not None else (mine or whole)

    passed = [d for d in ordered if is_past(d.due, today)]
    ahead = [d for d in ordered if not is_past(d.due, today)]
    last = passed[-1] if passed else None
    following = ahead[0] if ahead else None
    status = mark.status if mark else None
    applies: Deadline | None
    ended = any(d.ended is not None for d in ordered)
    if status == CLOSED_STATUS:
        state, applies = State.CLOSED, last or following
    elif ended:
        # nothing is owed any more: the final tally says who had sent it
        missed = [d for d in ordered if settled(d, mark_for(d)) is not State.DONE]
        state, applies = (State.ENDED, missed[-1]) if missed else (State.DONE, ordered[-1])
    elif missed := [d for d in passed if settled(d, mark_for(d)) is None]:
        # late since the first date it missed, not the latest: a province's 31/5 missed and the
        # decision's 30/6 passed too is 31 days late on 1/7, not 1 (ux19 item 1); with one
        # status for the row, a passed date unmet means the latest passed is unmet too
        state, applies = State.LATE, missed[0]
    elif unmet := [d for d in ahead if settled(d, mark_for(d)) is None]:
        # the next date not met: a row of several milestones stays open until its last one is
        # met, whatever the first one's status (ux25 item 2); with one status for the row, the
        # next date unmet means every date ahead is unmet
        state, applies = State.OPEN, unmet[0]
    elif not ordered:
        state, applies = (State.DONE if status == DONE_STATUS else State.OPEN), None
    else:
        # every date met: judged against the first date it was met after (a province's 31/5
        # before the decision's 30/6, as the late rows and the reminders count, ux25 item 1),
        # else the latest one passed, else the one met ahead
        shown = last or following
        met = [d for d in ordered if shown is None or d.due <= shown.due]
        after = [d for d in met if (m := mark_for(d)) is not None and is_past(d.due, m.on)]
        # in time: the first date it met, whatever day it is asked (ux35 #2: 406-14 done on
        # 25/5 was said against 31/5 on 28/6 and against the decision's 30/6 on 2/7)
        state, applies = State.DONE, after[0] if after else (met[0] if met else shown)
    phases = 1 if role == "task" else len(ordered)
    phase = 0 if applies is None else 1 if phases == 1 else ordered.index(applies) + 1
    steps = tuple(ordered) if role != "task" else ()
    dates = tuple(d.due for d in steps)
    marked = _milestones(ordered, mark_for, today) if role != "task" else ((), ())
    late_by = 0
    done_by = mark_for(applies) if applies is not None else mark
    if state is State.DONE and done_by is not None and applies is not None:
        late_by = -days_between(done_by.on, applies.due) if is_past(applies.due, done_by.on) else 0
    done_on = done_by.on if state is State.DONE and done_by is not None else None
    return Standing(
        key,
        agency,
        role,
        state,
        applies,
        phase,
        phases,
        status,
        today,
        dates,
        steps=steps,
        late_by=late_by,
        milestones=marked[0],
        milestones_late=marked[1],
        done_on=done_on,
    )


def _milestones(
    ordered: Sequence[Deadline], mark_for: Callable[[Deadline], Mark | None], today: date
) -> tuple[tuple[tuple[Deadline, State], ...], tuple[int, ...]]:
    """Each own milestone of a row of several, with where it stands on its own: done or
    closed by its mark, else late once its date has passed, else open; and, for each, the days
    after the first of its dates it was reported done after (0: in time or not done), as the
    row's own `late_by` counts (ux28 #5: each milestone's own result, not the first date's)."""
    result, late = [], []
    for d in ordered:
        if d.milestone != d.due:
            continue  # a date of another milestone (the decision's beside the province's)
        mark = mark_for(d)
        state = settled(d, mark)
        if state is None:
            state = State.LATE if is_past(d.due, today) else State.OPEN
        result.append((d, state))
        missed = [
            x.due for x in ordered if x.milestone == d.due and mark and is_past(x.due, mark.on)
        ]
        done_late = state is State.DONE and mark and missed
        late.append(-days_between(mark.on, missed[0]) if mark and done_late else 0)
    return (tuple(result), tuple(late)) if len(result) > 1 else ((), ())


def date_state(s: Standing, d: Deadline) -> State:
    """Where one of a row's dates (`s.steps`) stands on its own, for a row of several
    milestones: an own milestone as `s.milestones` has it; the decision's date beside one,
    settled (done, closed) with that milestone, else late once passed, else open. The views
    ask this rather than judge a date met themselves."""
    for m, state in s.milestones:
        if m.due == d.due and m.milestone == d.milestone:
            return state
    for m, state in s.milestones:
        if m.due == d.milestone and state in (State.DONE, State.CLOSED):
            return state
    return State.LATE if is_past(d.due, s.today) else State.OPEN
