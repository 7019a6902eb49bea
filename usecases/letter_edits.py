"""A draft's corrections, each kept with the draft it replaced and undone the same way: a task's
deadline, units, supporting units, forms, title or the task in force it extends, read by the
field's own reader (knowledge/letters/edits.py); a task dropped or added whole; the reader's
problems set aside once the coordinator has checked the tasks. The draft itself is read, kept and
shown by usecases/letters.py.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from db.letter_repo import DRAFT, StoredLetter
from db.letter_views import DraftEdit
from knowledge.letters import extension
from knowledge.letters.added import same_due, with_added
from knowledge.letters.edits import marked, read_deadline, read_forms
from knowledge.letters.model import Draft, Task
from knowledge.letters.settling import corrected
from knowledge.messages.undo_spent import draft_edit_undone
from knowledge.render.answers import esc
from knowledge.render.letter_text import added_quote, edit_quote
from usecases import prompts
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.draft_choice import remember_task
from usecases.draft_units import units_edited
from usecases.letters import (
    STALE,
    LetterReview,
    candidates,
    draft_named,
    letter_repo,
    of_letter,
    review,
)
from usecases.prompts import LetterPrompt
from usecases.results import Refusal, known_id
from usecases.runner import use_case

UNDONE = "Đã hoàn tác: "
NOTHING_TO_UNDO = "Bản nháp này chưa được sửa: không có gì để hoàn tác."


class EditField(StrEnum):
    DEADLINE = "d"
    UNITS = "u"
    SUPPORTING = "s"
    FORMS = "f"
    TITLE = "t"  # "Sửa tên", or typed: "sửa tên nv 1 thành …"
    EXTENDS = "x"  # typed only: "gia hạn nv 1 cho tq-…", "bỏ gia hạn nv 1"


ASKS = {
    EditField.DEADLINE: (
        "Gõ hạn mới: một ngày (<code>20/8/2021</code>, <code>trước ngày 20/8/2021</code>) hoặc "
        "định kỳ (<code>hằng tháng, trước ngày 20</code>; <code>ngày 15 tháng cuối quý</code>; "
        "<code>hằng năm, ngày 31/12</code>)."
    ),
    # the list in force is said before the ask, unit by unit (ask_edit): ux31 #4
    EditField.UNITS: (
        "Gõ các đơn vị phải nộp thay cho danh sách trên, hoặc <code>thêm …</code> / "
        "<code>bỏ …</code>"
    ),
    EditField.SUPPORTING: (
        "Gõ các đơn vị phối hợp (không phải nộp) thay cho danh sách trên, hoặc <code>thêm …"
        "</code> / <code>bỏ …</code>; <code>không</code> nếu không có"
    ),
    EditField.FORMS: (
        "Gõ các biểu mẫu phải nộp (<code>Mẫu số 01</code>; <code>Phụ lục I, II</code>), hoặc "
        "<code>không</code>."
    ),
    # the title in force is said beside the ask, to copy and correct (ask_edit)
    # what the edit does (ux31 #5): any title is taken, quoted back with the old, undoable
    EditField.TITLE: (
        "Gõ tên mới bạn muốn dùng cho nhiệm vụ: đơn vị sẽ thấy tên này trong nhắc hạn, /nopbai "
        "và bản tổng hợp. Bot nhắc lại tên cũ và tên mới, có nút Hoàn tác. Tên hiện nay:"
    ),
}


@dataclass(frozen=True)
class TaskMenu:
    """One task of the draft, with what can be changed in it."""

    letter: int
    revision: int
    index: int
    task: Task


@dataclass(frozen=True)
class EditAsked:
    """Nothing changed yet: the chat now waits for the new value."""

    letter: int
    index: int
    field: EditField
    task: Task
    ask: str  # what to type (HTML)


@use_case(writes=True)  # the task chosen is kept: a correction typed next is about it
def task_menu(
    desk: Desk, caller: Caller, letter: int, revision: int, index: int
) -> TaskMenu | Refusal:
    stored = draft_named(desk, caller, letter, revision)
    if isinstance(stored, Refusal):
        return stored
    if not 0 <= index < len(stored.draft.tasks):
        return Refusal(STALE)
    remember_task(desk, caller, letter, index)
    return TaskMenu(letter, revision, index, stored.draft.tasks[index])


@use_case(writes=True)
def ask_edit(
    desk: Desk, caller: Caller, letter: int, revision: int, index: int, field: EditField
) -> EditAsked | Refusal:
    """The chat waits for the task's new deadline, units, forms or title."""
    stored = draft_named(desk, caller, letter, revision)
    if isinstance(stored, Refusal):
        return stored
    if not 0 <= index < len(stored.draft.tasks) or caller.chat_id is None:
        return Refusal(STALE)
    prompt = LetterPrompt(letter, revision, index, field.value)
    prompts.wait_for(desk, caller.chat_id, caller.user_id, prompt)
    task = stored.draft.tasks[index]
    ask = ASKS[field]
    if field in (EditField.UNITS, EditField.SUPPORTING):  # the draft's list now, not the letter's
        listed = task.supporting if field == EditField.SUPPORTING else task.units
        now = ", ".join(listed) if listed else "không có"
        ask = f"Danh sách hiện nay ({len(listed)}): {esc(now)}.\n{ask}"
    if field == EditField.TITLE:  # one tap copies it: the correction is typed over the quote
        ask = f"{ask}\n<code>{esc(task.title[:1500])}</code>\n"
    return EditAsked(letter, index, field, task, ask)


@use_case(writes=True)
def answer_edit(
    desk: Desk, caller: Caller, prompt: LetterPrompt, text: str
) -> LetterReview | Refusal:
    """The message the draft waited for: read, and the task changed; what cannot be read is
    said in one line and asked again."""
    assert caller.chat_id is not None
    prompts.take(desk, caller.chat_id, caller.user_id)
    stored = draft_named(desk, caller, prompt.letter, prompt.revision)
    if isinstance(stored, Refusal):
        return stored
    draft, index = stored.draft, prompt.index
    if not 0 <= index < len(draft.tasks):
        return Refusal(STALE)
    field = EditField(prompt.field)
    changed = edited_task(desk, draft, index, field, text)
    if isinstance(changed, str):
        prompts.wait_for(desk, caller.chat_id, caller.user_id, prompt)
        return Refusal(f"{esc(changed.rstrip('.'))}. Gõ lại, hoặc /huy để thôi.")
    return save_edit(desk, caller, stored, index, field, changed)


def edited_task(desk: Desk, draft: Draft, index: int, field: EditField, text: str) -> Task | str:
    """The task with `field` read from `text` (the field's own reader), or what could not be
    read, in one line."""
    task = draft.tasks[index]
    if field == EditField.DEADLINE:
        read = read_deadline(task, text, draft.letter.date, desk.clock.today())
        return read if isinstance(read, str) else marked(task, read)
    if field == EditField.FORMS:
        return read_forms(task, text)
    if field == EditField.TITLE:
        title = " ".join(text.split()).strip(" “”\"'")[:MAX_TITLE]
        return replace(task, title=title) if title else "Tên nhiệm vụ không được để trống"
    if field == EditField.EXTENDS:
        return extended_task(desk, task, text)
    return units_edited(desk, task, text, field == EditField.SUPPORTING)


MAX_TITLE = 300


def extended_task(desk: Desk, task: Task, text: str) -> Task | str:
    """The task as the new deadline of the task in force `text` names (a one-off task's id),
    or, "không", a task of its own again; else what could not be read."""
    wanted = text.strip().strip(".").lower()
    if wanted in ("không", "khong", "0", "-"):
        return replace(task, extends=None)
    if task.deadline is None:
        return "Chỉ nhiệm vụ có một hạn (không định kỳ) mới là gia hạn của nhiệm vụ khác"
    known = {c.key.lower(): c for c in candidates(desk)}
    found = known.get(wanted)
    if found is None:
        return f"Không thấy nhiệm vụ đang theo dõi “{text.strip()[:60]}” (xem mã trong /congvan)"
    if found.due is None:
        return (
            f"{found.key} là nhiệm vụ định kỳ: đổi hạn một kỳ bằng /doihan sau khi công bố, "
            "hoặc bấm “Đã kiểm tra” nếu là việc mới"
        )
    return replace(task, extends=found.key)


def save_edit(
    desk: Desk, caller: Caller, stored: StoredLetter, index: int, field: EditField, changed: Task
) -> LetterReview | Refusal:
    draft = stored.draft
    # the other tasks' doubts stay: a correction is a look at this task only
    edited = corrected(draft, index, changed, field == EditField.DEADLINE)
    # the task named for an extension: its doubt is settled
    edited = extension.settled(edited) if field == EditField.EXTENDS else edited
    quote = edit_quote(index + 1, field.name.lower(), draft.tasks[index], changed)
    return _save(desk, caller, stored, edited, quote)


def save_added(
    desk: Desk, caller: Caller, stored: StoredLetter, task: Task
) -> LetterReview | Refusal:
    """The draft with a task the coordinator added whole (usecases/added_tasks.py), quoted back
    with its "Hoàn tác"; the safety net's line its date or place settles goes."""
    edited = with_added(stored.draft, task)
    # a task of the same date may be the one added, read after all: said, never merged
    twins = [n for n, t in enumerate(stored.draft.tasks, 1) if same_due(t, task)]
    quote = added_quote(len(edited.tasks), task, twins)
    return _save(desk, caller, stored, edited, quote)


@use_case(writes=True)
def drop_task(
    desk: Desk, caller: Caller, letter: int, revision: int, index: int
) -> LetterReview | Refusal:
    stored = draft_named(desk, caller, letter, revision)
    if isinstance(stored, Refusal):
        return stored
    if not 0 <= index < len(stored.draft.tasks):
        return Refusal(STALE)
    title = stored.draft.tasks[index].title
    edited = corrected(stored.draft, index, None, deadline=True)
    return _save(desk, caller, stored, edited, f"Đã bỏ nhiệm vụ {index + 1}: {esc(_short(title))}")


def _save(
    desk: Desk, caller: Caller, stored: StoredLetter, draft: Draft, changed: str
) -> LetterReview | Refusal:
    edit = DraftEdit(caller.user_id, desk.clock.now(), changed)
    revision = letter_repo(desk).save_draft(stored.id, stored.revision, draft, edit)
    if revision is None:
        return Refusal(STALE)
    saved = letter_repo(desk).letter(stored.id)
    assert saved is not None
    # an undo's own button makes the correction again: offered as "↪️ Làm lại", never "Hoàn tác"
    return replace(review(desk, saved, changed, edited=True), undone=changed.startswith(UNDONE))


@use_case(writes=True)
def undo_edit(desk: Desk, caller: Caller, letter: int, revision: int) -> LetterReview | Refusal:
    """ "Hoàn tác" under a corrected draft: the draft the correction replaced is written back,
    as a correction of its own (kept, and undone the same way), while the draft is still as that
    message showed it."""
    stored = draft_named(desk, caller, letter, revision)
    if isinstance(stored, Refusal):
        spent = _spent(desk, letter, revision) if caller.is_admin else None
        return spent or stored
    edit = letter_repo(desk).draft_edit(letter, revision)
    if edit is None:
        return Refusal(NOTHING_TO_UNDO)
    before, said = edit
    # an undo undone is the correction made again
    again = said.removeprefix(UNDONE)
    return _save(desk, caller, stored, before, again if again != said else UNDONE + said)


def _spent(desk: Desk, letter: int, revision: int) -> Refusal | None:
    """ "Hoàn tác" (or an undo's "↪️ Làm lại") pressed again under `revision` when the next
    revision is its own work: when it was done, and to what (u28: "sửa sau tin nhắn này")."""
    if desk.letters is None or not known_id(letter):
        return None
    repo = letter_repo(desk)
    current = repo.letter(letter)
    this, following = repo.edit_made(letter, revision), repo.edit_made(letter, revision + 1)
    if current is None or current.state != DRAFT or this is None or following is None:
        return None
    again = this.said.removeprefix(UNDONE)
    if following.said != (again if again != this.said else UNDONE + this.said):
        return None
    later = current.revision > revision + 1
    words = draft_edit_undone(again, following.at, again != this.said, later)
    return Refusal(of_letter(words, current.file_name))


@use_case(writes=True)
def accept_problems(
    desk: Desk, caller: Caller, letter: int, revision: int
) -> LetterReview | Refusal:
    """What the reader could not read stays said, and keeps the draft from being published,
    until the coordinator has checked the tasks (corrected what needed it) and says so with a
    button: the problems are then set aside. A task's own blockers (no unit, no date) stay."""
    stored = draft_named(desk, caller, letter, revision)
    if isinstance(stored, Refusal):
        return stored
    count = len(stored.draft.problems)
    if not count or not stored.draft.tasks:
        return review(desk, stored)
    edited = Draft(stored.draft.letter, stored.draft.tasks)
    return _save(
        desk, caller, stored, edited, f"Đã bỏ qua {count} chỗ chưa đọc được (đã kiểm tra)."
    )


def _short(title: str, limit: int = 60) -> str:
    return title if len(title) <= limit else title[:limit].rsplit(" ", 1)[0] + "…"
