"""The coordinator renames a task already published ("sửa tên nv 1 thành Báo cáo tình hình DVCTT
hằng tháng" once the letter is published, ux32 #7): it could only be undone within 10 minutes of
the publication or withdrawn with the letter.

Like a moved deadline (usecases/deadline_moves.py), a rename is a new version of the province's
letters (db/letter_repo.py: each version carries every title given), so it is listed in the
history, undone by "Hoàn tác" within 10 minutes (`publishing.undo_version`) and rolled back with
the rest; every view reads the task's title from the one catalogue built on that version. The
task's id stays, so what was reported or sent for it stays counted. The title typed is quoted
back old → new and kept in the chat until the press (nothing is written before it); the units
that owe the task are told once, through the reminder log, as a moved deadline's are.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from db.delivery_log import RENAMED, Owed, notice_key
from db.letter_repo import RENAME
from knowledge.catalogue.key_lists import join_keys
from knowledge.render.answers import esc
from knowledge.rules.standing import CLOSED_STATUS, DONE_STATUS
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.results import Refusal
from usecases.runner import use_case

SLOT = "task_rename"  # the chat's drafts' slot holding the title typed, until the press
MIN_TITLE, MAX_TITLE = 5, 300
ADMINS_ONLY = "Chỉ quản trị viên đổi tên nhiệm vụ. Không có gì thay đổi."
STALE = (
    "Đã có thay đổi mới hơn về công văn hay nhiệm vụ, hoặc tên mới không còn chờ: gõ lại câu "
    "sửa tên. Không có gì thay đổi."
)


@dataclass(frozen=True)
class RenamePlan:
    """What the press would change: the task, its title now and the new one."""

    task_id: str
    was: str
    title: str
    owing: int  # units told the new title
    current: int  # the letters' version the plan was made on


@dataclass(frozen=True)
class TaskRenamed:
    plan: RenamePlan
    number: int  # the new version
    recorded: int  # notices recorded to the units' officers
    reached: int  # units owing it that have an officer to tell (the rest told nothing)


def plan_rename(desk: Desk, caller: Caller, task_id: str, title: str) -> RenamePlan | Refusal:
    """Inside a use case that writes: the rename shown, the title typed kept for the press."""
    if not caller.is_admin or desk.letters is None or caller.chat_id is None:
        return Refusal(ADMINS_ONLY)
    found = desk.province.task_at(task_id)
    if found is None:
        return Refusal(f"Không thấy nhiệm vụ {esc(task_id)} đang theo dõi. Không có gì thay đổi.")
    task = found[0]
    title = " ".join(title.split()).strip(" .;:")
    if not MIN_TITLE <= len(title) <= MAX_TITLE:
        return Refusal(
            f"Tên mới cần từ {MIN_TITLE} đến {MAX_TITLE} ký tự (gõ: sửa tên nv 1 thành "
            "&lt;tên mới&gt;). Không có gì thay đổi."
        )
    if title == task.title:
        return Refusal(f"Nhiệm vụ {esc(task.id)} đã có tên này. Không có gì thay đổi.")
    current = desk.letters.in_force_number()
    payload = json.dumps({"task": task.id, "title": title, "current": current})
    desk.repo.save_draft(caller.chat_id, caller.user_id, SLOT, SLOT, payload, desk.clock.now())
    return RenamePlan(task.id, task.title, title, len(_owing(desk, task.id)), current)


@use_case(writes=True)
def rename_task(desk: Desk, caller: Caller, current: int) -> TaskRenamed | Refusal:
    """The confirmation pressed: the title kept for it given to the task as a new version,
    while the letters are as they were when it was shown; the units that owe it told once."""
    if not caller.is_admin or desk.letters is None or caller.chat_id is None:
        return Refusal(ADMINS_ONLY)
    kept = desk.repo.take_draft(caller.chat_id, caller.user_id, SLOT)
    try:
        data = json.loads(kept.payload) if kept is not None else {}
        task_id, title, shown = str(data["task"]), str(data["title"]), int(data["current"])
    except (ValueError, KeyError, TypeError):
        return Refusal(STALE)
    if shown != current or current != desk.letters.in_force_number():
        return Refusal(STALE)
    found = desk.province.task_at(task_id)
    if found is None:
        return Refusal(STALE)
    was = found[0].title
    version = desk.letters.rename(task_id, title, was, desk.clock.now(), caller.user_id)
    desk.sync_table(force=True)
    owing = _owing(desk, task_id)
    plan = RenamePlan(task_id, was, title, len(owing), current)
    recorded = _tell(desk, task_id, version.number, owing)
    chats = desk.reminders.recipients(groups=False)
    reached = sum(1 for unit in owing if chats.get(unit))
    return TaskRenamed(plan, version.number, recorded, reached)


def _owing(desk: Desk, task_id: str) -> tuple[str, ...]:
    """The units that still owe the task: every unit of a recurring one (its next occurrence),
    of a one-off those that have not sent it nor were excused."""
    found = desk.province.task_at(task_id)
    if found is None:
        return ()
    task = found[0]
    units = desk.province.expand(task.addressees)
    if task.recurring:
        return units
    marks = desk.statuses().marks
    return tuple(
        u
        for u in units
        if (mark := marks.get((task_id, u))) is None
        or mark.status not in (DONE_STATUS, CLOSED_STATUS)
    )


def _tell(desk: Desk, task_id: str, version: int, units: tuple[str, ...]) -> int:
    """A word of the new title recorded for each officer of `units`, delivered as reminders
    are (its text made at send time: `renamed_notice`). How many entries were recorded."""
    now, slug = desk.clock.now(), desk.config.province
    chats = desk.reminders.recipients(groups=False)
    found = desk.province.task_at(task_id)
    due = found[0].next_due(now.date()) if found is not None else None
    entries = [
        {
            "uniq": notice_key(slug, RENAMED, version, version, unit, chat),
            "chat_id": chat,
            "day": now.date(),
            "agency": unit,
            "due": due or now.date(),
            "offset": 0,
            "keys": join_keys((task_id,)),
        }
        for unit in units
        for chat in chats.get(unit, [])
    ]
    return desk.reminders.record(entries, now)


def titles_now(desk: Desk) -> dict[str, str]:
    """Every tracked task's title, by id (before an undo or rollback, to tell what it changed)."""
    return {t.id: t.title for t in desk.province.tasks}


def tell_titles(desk: Desk, before: dict[str, str], version: int) -> int:
    """Inside the use case that put version `version` in force (an undo, a rollback): the units
    that owe a task whose title it changed told its title now, as a rename is told."""
    changed = [t.id for t in desk.province.tasks if before.get(t.id, t.title) != t.title]
    return sum(_tell(desk, task_id, version, _owing(desk, task_id)) for task_id in changed)


def renamed_notice(desk: Desk, item: Owed) -> str | None:
    """At send time, a rename's word to a unit's officer, or an undo's (the title given back);
    None when the task no longer has the title it tells (renamed again, or undone before the
    rename's word went out)."""
    task_id = item.keys[0] if item.keys else ""
    found = desk.province.task_at(task_id)
    letters = desk.letters
    given = letters.renamed().get(task_id) if letters is not None else None
    version = letters.version(item.letter) if letters is not None and item.letter else None
    if found is None or version is None:
        return None
    task = found[0]
    if version.action == RENAME:
        if given is None or task.title != given[0]:
            return None
        return (
            f"✏️ <b>Đổi tên nhiệm vụ</b> {esc(task.id)} — {esc(item.agency)}\n"
            f"Tên cũ: {esc(given[1])}\nTên mới: <b>{esc(given[0])}</b>\n"
            "Hạn, biểu mẫu và bài đã nộp không đổi. Xem lại: /nopbai"
        )
    if given is not None and task.title == given[0]:
        return None  # the undo gave another rename back: said as that rename was
    return (
        f"↩️ <b>Tên nhiệm vụ {esc(task.id)} trở lại</b> — {esc(item.agency)}\n"
        f"Việc đổi tên đã được hoàn tác; tên nhiệm vụ: <b>{esc(task.title)}</b>"
    )
