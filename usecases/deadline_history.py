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

from dataclasses import dataclass
from datetime import date, datetime

from db.letter_repo import MOVE, PUBLISH
from knowledge.catalogue.model import split_key
from knowledge.letters.moves import Move, change_line
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.results import Refusal
from usecases.runner import use_case

ADMINS_ONLY = "Chỉ quản trị viên xem được lịch sử đổi hạn."
DOIHAN = "/doihan"


@dataclass(frozen=True)
class DeadlineMoveEntry:
    key: str  # the task id, or an occurrence's key
    at: datetime
    how: str  # "/doihan", or "công văn 860/STTTT-CNTT"
    change: str  # "tq-2021-10-11: hạn 11/10/2021 → 17 giờ 00 ngày 22/10/2021"
    version: int
    letter: int | None = None  # the extension letter's id
    in_force: bool = True  # False: the extension letter was withdrawn since


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
                    entry = DeadlineMoveEntry(key, v.at, DOIHAN, change_line(key, m), v.number)
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
                entry = DeadlineMoveEntry(t.extends, v.at, how, change, v.number, v.letter, alive)
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
        before = dict(v.moved)
    return DeadlineHistory({k: tuple(entries) for k, entries in moves.items()}, tuple(extensions))
