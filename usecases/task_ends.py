"""The coordinator ends the tracking of a task or of a whole letter ("Kết thúc theo dõi"), and
reopens it.

An ended task keeps its history and its final tally (who sent it, who did not), but nothing of it
is open or late any more: no reminder, no overdue cadence, not in /quahan nor the digest's lists,
"đã kết thúc theo dõi <ngày>" wherever the views list it (the rule is one, `State.ENDED` in
knowledge/rules/standing.py). A recurring task has no occurrence after the day it was ended.
The seeds' tasks are ended the same way as the published letters'.

Like a publish, an end or a reopening is a new version of the province's letters
(db/letter_repo.py: each version carries every ended task and its day), so it is logged
append-only, shown in the history, undone by "Hoàn tác" within 10 minutes
(`publishing.undo_version`) and rolled back with the rest. Nothing is written before the
coordinator presses the confirmation.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from knowledge.calendar.deadlines import fmt_date
from knowledge.catalogue.model import Task
from knowledge.catalogue.occurrence_names import label, short_key
from knowledge.letters.sources import TrackedLetter, find_letter, tracked_letters
from knowledge.render.answers import esc
from knowledge.rules.progress import Marks, Tally, occurrence_standings, tally, task_standings
from knowledge.rules.reminders import in_view
from knowledge.rules.standing import Standing, State
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.end_notices import EndAnnounced, announce_end
from usecases.publishing import LetterVersion
from usecases.results import Refusal
from usecases.runner import use_case
from usecases.task_naming import by_key, in_words

__all__ = ["EndItem", "EndPlan", "Task", "TrackingChanged"]

ADMINS_ONLY = "Chỉ quản trị viên kết thúc hay mở lại việc theo dõi nhiệm vụ."
USAGE = (
    "Cách dùng: <code>/ketthuc &lt;mã nhiệm vụ | số công văn&gt;</code>, ví dụ "
    "<code>/ketthuc tq-2021-04-20</code> hoặc <code>/ketthuc 3363/UBND-KSTT</code>; "
    "hoặc bấm “Kết thúc theo dõi” trong /congvan."
)
REOPEN_USAGE = (
    "Cách dùng: <code>/molai &lt;mã nhiệm vụ | số công văn&gt;</code>, ví dụ "
    "<code>/molai tq-2021-04-20</code>; hoặc bấm “Mở lại” trong /congvan."
)


@dataclass(frozen=True)
class EndItem:
    id: str
    title: str
    deadline: str  # as printed: "trước ngày 20/4/2021", "hằng tháng, ngày 1"
    units: int  # addressees
    counts: Tally  # where the addressees stand (for a recurring task: the occurrence in view)
    ended: date | None
    # a recurring task ended whole: the periods after today it will no longer track ("quý
    # I/2022", …), said before the press; empty for a one-off task or one occurrence
    later: tuple[str, ...] = ()
    # one occurrence of a recurring task (its id is then the occurrence's raw key): its period
    period: str = ""
    one: str = ""  # a recurring task: the short key of its latest period, to end that one alone
    # a recurring task whole: each passed period not all sent in time, with its tally, the same
    # periods before the end and after it (`_periods`)
    periods: tuple[tuple[str, Tally], ...] = ()


@dataclass(frozen=True)
class EndPlan:
    """What `/ketthuc` or a button would end (or, `reopen`, reopen): shown before the press."""

    target: str  # the task's id or the letter's key, carried by the confirmation button
    title: str  # "nhiệm vụ tq-2021-04-20" or the letter's citation
    items: tuple[EndItem, ...]
    reopen: bool

    @property
    def pending(self) -> tuple[EndItem, ...]:
        """The tasks the press acts on: those still tracked (to end) or ended (to reopen)."""
        return tuple(i for i in self.items if (i.ended is not None) == self.reopen)


@dataclass(frozen=True)
class TrackingChanged:
    """An end or a reopening done: the new version, the tasks it acted on, quoted back."""

    title: str
    number: int
    items: tuple[EndItem, ...]
    reopen: bool
    day: date
    # the units that had not sent it, told (usecases/end_notices.py); None: nobody concerned
    announced: EndAnnounced | None = None


LATER_SAID = 3  # the later periods a whole recurring task's end names


def _item(desk: Desk, task: Task, due: date | None = None) -> EndItem:
    today, marks = desk.clock.today(), desk.statuses().marks
    if due is not None:  # one occurrence alone: its own tally, the later ones stay tracked
        units = occurrence_standings(task, due, marks, today)
        return EndItem(
            task.key_of(due),
            task.title,
            f"hạn {fmt_date(due)}",
            len(task.addressees),
            tally(units),
            task.ended_on(due),
            period=label(task, due),
        )
    # a period ended alone before is listed, ended, in every view; not what this end counts
    units = [s for s in task_standings(task, marks, today) if not _ended_before(task, s)]
    later: tuple[str, ...] = ()
    one = ""
    if task.recurring and task.ended is None:
        nexts = task.occurrences(today, date(today.year + 3, 12, 31))
        later = tuple(label(task, d) for d in nexts[:LATER_SAID])
        passed, upcoming = in_view(task, today)
        latest = passed[-1] if passed else upcoming
        one = short_key(task.key_of(latest)) if latest is not None else ""
    return EndItem(
        task.id,
        task.title,
        task.deadline_text,
        len(task.addressees),
        tally(units),
        task.ended,
        later,
        one=one,
        periods=_periods(task, marks, today) if task.recurring else (),
    )


def _periods(task: Task, marks: Marks, today: date) -> tuple[tuple[str, Tally], ...]:
    """The passed periods of a recurring task that some unit did not send in time, each with
    its own tally: an end turns "quá hạn" into "không nộp" and keeps who sent, so the preview
    and the result name the same periods with the same "đã nộp" (ux30 #6)."""
    found = []
    alone = {d for d, _ in task.ended_dues}  # periods ended on their own: not this end's
    for due in in_view(task, today)[0]:
        if due in alone:
            continue
        units = occurrence_standings(task, due, marks, today)
        if all(s.state is State.DONE and not s.sent_late for s in units):
            continue
        found.append((label(task, task.scheduled(due)), tally(units)))
    return tuple(found)


def _ended_before(task: Task, s: Standing) -> bool:
    """A unit's period of the task ended on its own, while the task itself is tracked."""
    return task.ended is None and s.state is State.ENDED


Found = tuple[str, str, list[Task], date | None]


def _find(desk: Desk, text: str) -> Found | None:
    """(target, title, tasks, occurrence) of a task id, an occurrence, a task's date, a letter's
    key or number, a button's reference to one of them, else the task the question reader reads
    in the words (its form, its title's words). A recurring task's occurrence named (its key, or
    a period in the words: "bc quý 4") is that occurrence alone, never the whole task."""
    province = desk.province
    letters = tracked_letters(desk.catalogue, province)
    text, found = by_key(desk, text, tuple(x.key for x in letters))
    if found is not None and found[1] is not None:
        return _occurrence(found[0], found[1])
    if found is not None:
        return found[0].id, f"nhiệm vụ {found[0].id}", [found[0]], None
    letter: TrackedLetter | None = find_letter(text, letters)
    if letter is None:
        # the task in its own words or by its form ("biểu 02", "phụ lục"), as /doihan reads
        # them (usecases/task_naming.py): shown before the press
        found = in_words(desk, text)
        if found is None:
            return None
        task, due = found
        if due is not None:
            return _occurrence(task, due)
        return task.id, f"nhiệm vụ {task.id}", [task], None
    kind = "công văn khởi tạo" if letter.seed else "công văn"
    # a published letter's citation names its kind already ("Công văn số 1586/…")
    named = letter.title.casefold().startswith(kind)
    title = letter.title if named and not letter.seed else f"{kind} {letter.title}"
    return letter.key, title, list(letter.tasks), None


def _occurrence(task: Task, due: date) -> Found:
    key = task.key_of(due)
    return key, f"nhiệm vụ {short_key(key)} ({label(task, due)})", [task], due


def _plan(desk: Desk, caller: Caller, text: str, reopen: bool) -> EndPlan | Refusal:
    if not caller.is_admin or desk.letters is None:
        return Refusal(ADMINS_ONLY)
    if not text.strip():
        return Refusal(REOPEN_USAGE if reopen else USAGE)
    found = _find(desk, text)
    row = desk.assistant.resolve_key(text, desk.province, desk.clock.today())
    if found is None and row in desk.catalogue.rows:
        return Refusal(
            f"{esc(row)} là một mục của bảng phân công, không phải nhiệm vụ của công văn: mục "
            "được sửa bằng /giao (hạn, cơ quan chủ trì, phối hợp). Không có gì thay đổi."
        )
    if found is None:
        return Refusal(
            f"Không thấy nhiệm vụ hay công văn “{esc(text.strip()[:80])}” đang theo dõi. "
            "Xem danh sách: /congvan. Không có gì thay đổi."
        )
    target, title, tasks, due = found
    return EndPlan(target, title, tuple(_item(desk, t, due) for t in tasks), reopen)


@use_case(writes=False)
def plan_end(desk: Desk, caller: Caller, text: str) -> EndPlan | Refusal:
    """`/ketthuc <task | letter>` or its button: what the press would end, nothing written."""
    return _plan(desk, caller, text, reopen=False)


@use_case(writes=False)
def plan_reopen(desk: Desk, caller: Caller, text: str) -> EndPlan | Refusal:
    """`/molai <task | letter>` or its button: what the press would reopen, nothing written."""
    return _plan(desk, caller, text, reopen=True)


def _change(desk: Desk, caller: Caller, target: str, reopen: bool) -> TrackingChanged | Refusal:
    plan = _plan(desk, caller, target, reopen)
    if isinstance(plan, Refusal):
        return plan
    assert desk.letters is not None
    ids = [i.id for i in plan.pending]
    now = desk.clock.now()
    version: LetterVersion | None
    if reopen:
        version = desk.letters.reopen(ids, now, caller.user_id) if ids else None
        if version is None:
            return Refusal(f"{esc(plan.title)} đang được theo dõi. Không có gì thay đổi.")
    else:
        version = desk.letters.end(ids, now.date(), now, caller.user_id) if ids else None
        if version is None:
            return Refusal(
                f"{esc(plan.title)} đã kết thúc theo dõi từ trước. Không có gì thay đổi."
            )
    desk.sync_table(force=True)
    found = [desk.province.task_at(i) for i in ids]
    items = tuple(_item(desk, *f) for f in found if f is not None)
    told = announce_end(desk, ids, reopen, version.number)
    announced = told if told.units else None
    return TrackingChanged(plan.title, version.number, items, reopen, now.date(), announced)


@use_case(writes=True)
def end_tracking(desk: Desk, caller: Caller, target: str) -> TrackingChanged | Refusal:
    """The confirmation pressed: the tasks still tracked among the target's are ended today,
    as a new version."""
    return _change(desk, caller, target, reopen=False)


@use_case(writes=True)
def reopen_tracking(desk: Desk, caller: Caller, target: str) -> TrackingChanged | Refusal:
    """The reopening pressed: the target's ended tasks are tracked again, as a new version."""
    return _change(desk, caller, target, reopen=True)


def end_item(desk: Desk, task: Task) -> EndItem:
    """A task as the press that stops tracking it shows it first (its addressees' tally): an
    end's, and a letter's withdrawal's (usecases/letter_withdrawals.py)."""
    return _item(desk, task)
