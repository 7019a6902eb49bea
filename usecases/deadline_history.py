"""Every move of a tracked task's deadline, for the web desk's task table as /lichsu tells it in
the chat (`deadline_moves.moves_of`): old → new, by "/doihan" or by the extension letter that
moved it, and when; and the extension letters among the letters, each with the task it moved.

Read from the province's letter versions (db/letter_repo.py), which are the only record of a
move: a "/doihan" version carries the move with the date it replaced; an extension letter's
publication carries the new date, and the date it replaced is the one in force before it (the
task's own, or an earlier move's). Nothing is written: moving a deadline stays the chat's
"Đổi hạn" (`deadline_moves.move_deadline`), with its confirmation and "Hoàn tác".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from db.letter_repo import MOVE, PUBLISH, ROLLBACK
from knowledge.calendar.deadlines import fmt_date
from knowledge.catalogue.model import split_key
from knowledge.deliverables.moved_dues import Moved, before_now
from knowledge.deliverables.tracking import TaskHandins
from knowledge.letters.moves import Move, change_line, undo_line
from knowledge.letters.publish import LetterVersion
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.results import Refusal
from usecases.runner import use_case

ADMINS_ONLY = "Chỉ quản trị viên xem được lịch sử đổi hạn."
DOIHAN = "/doihan"
UNDO = "↩️ hoàn tác"


@dataclass(frozen=True)
class DeadlineMoveEntry:
    key: str  # the task id, or an occurrence's key
    at: datetime
    how: str  # "/doihan", or "công văn 860/STTTT-CNTT"
    change: str  # "tq-2021-10-11: hạn 11/10/2021 → 17 giờ 00 ngày 22/10/2021"
    version: int
    letter: int | None = None  # the extension letter's id
    in_force: bool = True  # False: the extension letter was withdrawn since
    by: int | None = None  # the admin who typed "/doihan"
    was_text: str = ""  # the deadline it replaced, as printed ("" when none is known)
    was: date | None = None
    due: date | None = None  # the date it set
    undo: bool = False  # a move taken back ("Hoàn tác"): no move that set a date in force


@dataclass(frozen=True)
class ExtensionLetter:
    letter: int
    title: str  # its number and subject, as printed
    at: datetime
    moved: tuple[tuple[str, str, str], ...]  # (task id, the task's title, the change)
    in_force: bool


@dataclass(frozen=True)
class DeadlineHistory:
    moves: dict[str, tuple[DeadlineMoveEntry, ...]]  # by task id, oldest first
    extensions: tuple[ExtensionLetter, ...]


def _walked(desk: Desk) -> tuple[DeadlineHistory, dict[str, tuple[date, str]]]:
    """What the letters in force did to the tasks' deadlines (`walk`) and each task's own date
    before it moved (`_originals`): read once per version of the letters in force."""
    return walk(desk), _originals(desk)


def _originals(desk: Desk) -> dict[str, tuple[date, str]]:
    """Each one-off task's own deadline, before any move: the seeds' from the data files, the
    published letters' from the task as published."""
    found: dict[str, tuple[date, str]] = {}
    base = (desk.base or desk.assistant).catalogue.provinces.get(desk.province.slug)
    for task in base.tasks if base is not None else ():
        if task.due is not None:
            found[task.id] = (task.due, task.deadline_text)
    assert desk.letters is not None
    for stored in desk.letters.in_force():
        for task_id, drafted in stored.tasks:
            if not drafted.extends and drafted.deadline is not None:
                found.setdefault(task_id, (drafted.deadline, drafted.deadline_text))
    return found


def _letter_title(number: str | None, subject: str | None, file_name: str) -> str:
    said = f"Công văn số {number}" if number else file_name
    return f"{said} — {subject}" if subject else said


@use_case(writes=False)
def deadline_history(desk: Desk, caller: Caller) -> DeadlineHistory | Refusal:
    if desk.letters is None or not caller.is_admin:
        return Refusal(ADMINS_ONLY)
    return walk(desk)


def walk(desk: Desk) -> DeadlineHistory:
    """The moves version by version, for whoever may see them (`/lichsu` of a task, the hand-in
    tables' "trước: …"): the use cases that show them decide who asks."""
    if desk.letters is None:
        return DeadlineHistory({}, ())
    originals = _originals(desk)
    current = dict(originals)
    titles = {t.id: t.title for t in desk.province.tasks}
    moves: dict[str, list[DeadlineMoveEntry]] = {}
    extensions: list[ExtensionLetter] = []
    history = desk.letters.history()
    in_force = set(history[-1].letters) if history else set()
    before: dict[str, Move] = {}
    for v in history:
        if v.action == MOVE:
            for key, m in sorted(v.moved.items()):
                if before.get(key) != m:
                    line = change_line(key, m)
                    entry = DeadlineMoveEntry(
                        key,
                        v.at,
                        DOIHAN,
                        line,
                        v.number,
                        by=v.by,
                        was_text=m.was_text,
                        was=m.was,
                        due=m.due,
                    )
                    moves.setdefault(split_key(key)[0], []).append(entry)
                    current[key] = (m.due, m.text)
        elif v.action == PUBLISH and v.letter is not None:
            stored = desk.letters.letter(v.letter)
            if stored is None:
                continue
            head = stored.draft.letter
            how = f"công văn {head.number}" if head.number else stored.file_name
            moved = []
            for t in stored.draft.tasks:
                if not t.extends or t.deadline is None:
                    continue
                was = current.get(t.extends)
                change = (
                    change_line(t.extends, Move(t.deadline, t.deadline_text, *was))
                    if was is not None
                    else f"{t.extends}: hạn mới {t.deadline_text}"
                )
                alive = v.letter in in_force
                entry = DeadlineMoveEntry(
                    t.extends,
                    v.at,
                    how,
                    change,
                    v.number,
                    v.letter,
                    alive,
                    was_text=was[1] if was is not None else "",
                    was=was[0] if was is not None else None,
                    due=t.deadline,
                )
                moves.setdefault(split_key(t.extends)[0], []).append(entry)
                moved.append((t.extends, titles.get(t.extends, t.title), change))
                current[t.extends] = (t.deadline, t.deadline_text)
            if moved:
                title = _letter_title(head.number, head.subject, stored.file_name)
                extensions.append(
                    ExtensionLetter(v.letter, title, v.at, tuple(moved), v.letter in in_force)
                )
        else:
            # a withdrawal, rollback, end or reopening: the dates in force are the tasks' own
            # with this version's moves (an extension letter still in force keeps its date)
            kept = {k: d for k, d in current.items() if k not in originals}
            current = {**originals, **kept, **{k: (m.due, m.text) for k, m in v.moved.items()}}
            if v.action == ROLLBACK:  # a move undone is a line of its own (ux29 #1)
                for entry in _undone(v, before, current):
                    moves.setdefault(split_key(entry.key)[0], []).append(entry)
        before = dict(v.moved)
    return DeadlineHistory({k: tuple(entries) for k, entries in moves.items()}, tuple(extensions))


def _undone(
    v: LetterVersion, before: dict[str, Move], current: dict[str, tuple[date, str]]
) -> list[DeadlineMoveEntry]:
    """Each move a rollback took back or put back, as the date in force after it: so the last
    line of a task's history is the date it is due on (ux29 #1)."""
    found = []
    for key in sorted(set(before) | set(v.moved)):
        now, was = v.moved.get(key), before.get(key)
        if now == was:
            continue
        scheduled = split_key(key)[1]
        if now is not None:
            back: tuple[date, str] = (now.due, now.text)
        elif key in current:
            back = current[key]
        elif scheduled is not None:
            back = (scheduled, fmt_date(scheduled))
        else:
            assert was is not None
            back = (was.was, was.was_text)
        found.append(
            DeadlineMoveEntry(
                key,
                v.at,
                UNDO,
                undo_line(key, was, *back),
                v.number,
                by=v.by,
                was_text=was.text if was is not None else "",
                was=was.due if was is not None else None,
                due=back[0],
                undo=True,
            )
        )
    return found


def moved_before(desk: Desk, tracked: Sequence[TaskHandins]) -> list[TaskHandins]:
    """Each hand-in whose deadline a move in force set, with the date it replaced (and the
    task's own, when a third), as the tables head it: "hạn 30/4/2021 (trước: 20/4/2021)"
    (ux23 #4). The history is read once per catalogue, which every letters' version rebuilds."""
    if desk.letters is None or not tracked:
        return list(tracked)
    history, originals = desk.per_catalogue("deadline_walk", lambda: _walked(desk))
    found = []
    for t in tracked:
        task_id, scheduled = split_key(t.key)
        entries = history.moves.get(task_id, ())
        moves = [
            Moved(e.due, e.was, e.was_text)
            for e in entries
            if e.key == t.key and e.in_force and not e.undo
        ]
        own = (scheduled, fmt_date(scheduled)) if scheduled else originals.get(task_id)
        before = before_now(moves, t.due, own)
        found.append(replace(t, before=before) if before is not None else t)
    return found


def dates_had(desk: Desk) -> dict[str, tuple[date, ...]]:
    """By one-off task id, the dates its deadline had before the one in force (its own, and each
    a move in force replaced): `/doihan 20/4 …` still names the 20/4 dossier once it is due 30/4
    (knowledge/catalogue/task_lookup.py `find_task`). Read once per catalogue."""
    if desk.letters is None:
        return {}
    history, originals = desk.per_catalogue("deadline_walk", lambda: _walked(desk))
    found: dict[str, tuple[date, ...]] = {}
    for task_id, (own, _text) in originals.items():
        entries = history.moves.get(task_id, ())
        was = [e.was for e in entries if e.key == task_id and e.in_force and not e.undo]
        found[task_id] = (own, *(d for d in was if d is not None))
    return found
