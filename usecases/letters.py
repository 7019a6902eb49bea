"""A letter sent to the bot, reviewed before anything is tracked: an admin sends the .docx, .pdf
or .txt in a private chat, the bot reads it into a draft (knowledge/letters), keeps the draft in
the database (it survives a restart) and shows it with what keeps it from being published. The
admin corrects a task's deadline, units or forms (a short prompt each, read by the letter's own
readers, knowledge/letters/edits.py), drops a task, or drops the whole draft. Publishing is
usecases/publishing.py's.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from db.letter_repo import DRAFT, DraftEdit, LetterRepo, StoredLetter
from knowledge.letters import extension
from knowledge.letters.added import same_due, with_added
from knowledge.letters.edits import read_deadline, read_forms
from knowledge.letters.extract import not_a_letter, read_letter
from knowledge.letters.model import Draft, Task
from knowledge.letters.publish import blockers, published_before
from knowledge.letters.settling import about_task, corrected
from knowledge.letters.sources import tracked_letters
from knowledge.messages import offers
from knowledge.render.answers import esc
from knowledge.render.letter_text import added_quote, edit_quote
from usecases import prompts
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.draft_units import units_edited
from usecases.prompts import LetterPrompt
from usecases.results import Refusal, known_id
from usecases.runner import use_case

# what the chat shows of a draft: the draft and its tasks
__all__ = ["Draft", "EditField", "Task"]

ADMINS_ONLY = "Chỉ quản trị viên mới gửi công văn cho bot. Không có gì thay đổi."
GONE = "Bản nháp này đã được công bố hoặc đã hủy. Không có gì thay đổi."
STALE = "Bản nháp đã được sửa sau tin nhắn này: dùng các nút của bản nháp mới nhất."
UNDONE = "Đã hoàn tác: "
NOTHING_TO_UNDO = "Bản nháp này chưa được sửa: không có gì để hoàn tác."


def of_letter(message: str, file_name: str) -> str:
    """A refusal to an old button named by its letter: a button scrolled up to may be another
    letter's, and "Công văn này đang được theo dõi" read as if the draft in view were published."""
    return f"({esc(file_name)}) {message}"


class EditField(StrEnum):
    DEADLINE = "d"
    UNITS = "u"
    SUPPORTING = "s"
    FORMS = "f"
    TITLE = "t"  # typed only: "sửa tên nv 1 thành …"
    EXTENDS = "x"  # typed only: "gia hạn nv 1 cho tq-…", "bỏ gia hạn nv 1"


ASKS = {
    EditField.DEADLINE: (
        "Gõ hạn mới: một ngày (<code>20/8/2021</code>, <code>trước ngày 20/8/2021</code>) hoặc "
        "định kỳ (<code>hằng tháng, trước ngày 20</code>; <code>ngày 15 tháng cuối quý</code>; "
        "<code>hằng năm, ngày 31/12</code>)."
    ),
    EditField.UNITS: (
        "Gõ các đơn vị phải thực hiện, thay danh sách cũ (<code>Sở Y tế, UBND các huyện</code>), "
        "hoặc <code>thêm …</code> / <code>bỏ …</code>."
    ),
    EditField.SUPPORTING: (
        "Gõ các đơn vị phối hợp (không phải nộp), thay danh sách cũ, hoặc <code>thêm …</code> / "
        "<code>bỏ …</code>; <code>không</code> nếu không có."
    ),
    EditField.FORMS: (
        "Gõ các biểu mẫu phải nộp (<code>Mẫu số 01</code>; <code>Phụ lục I, II</code>), hoặc "
        "<code>không</code>."
    ),
}


@dataclass(frozen=True)
class LetterReview:
    """The draft as it stands, and what keeps it from being published (none: publishable)."""

    letter: int
    revision: int
    file_name: str
    draft: Draft
    blockers: tuple[str, ...]
    changed: str = ""  # what the last edit changed, quoted back
    edited: bool = False  # shown right after an edit, which "Hoàn tác" undoes
    # per task, the deadline it moves when it extends a task in force ("tq-…: hạn X → Y"), or ""
    moves: tuple[str, ...] = ()

    @property
    def publishable(self) -> bool:
        return not self.blockers


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


@dataclass(frozen=True)
class LetterDropped:
    letter: int
    file_name: str


def letter_repo(desk: Desk) -> LetterRepo:
    assert desk.letters is not None
    return desk.letters


def _refusal(desk: Desk, caller: Caller) -> Refusal | None:
    return None if caller.is_admin and desk.letters is not None else Refusal(ADMINS_ONLY)


def _draft(
    desk: Desk, caller: Caller, letter: int, revision: int | None
) -> StoredLetter | Refusal:
    """The draft a button or a prompt names, while it is one and is as it was shown."""
    refusal = _refusal(desk, caller)
    if refusal:
        return refusal
    found = letter_repo(desk).letter(letter) if known_id(letter) else None
    if found is None:
        return Refusal(GONE)
    if found.state != DRAFT:
        return Refusal(of_letter(GONE, found.file_name))
    if revision is not None and revision != found.revision:
        return Refusal(of_letter(STALE, found.file_name))
    return found


def review(
    desk: Desk, stored: StoredLetter, changed: str = "", edited: bool = False
) -> LetterReview:
    draft = stored.draft
    lines = blockers(draft, desk.assistant.catalogue, desk.province)
    # the reader's problems come first: each names the task it is about, when one
    lines[: len(draft.problems)] = [about_task(p, draft.tasks) for p in draft.problems]
    known = {c.key: c for c in candidates(desk)}
    moves = tuple(
        extension.change_of(t, known[t.extends]) if t.extends in known else "" for t in draft.tasks
    )
    return LetterReview(
        stored.id,
        stored.revision,
        stored.file_name,
        stored.draft,
        tuple(lines),
        changed,
        edited,
        moves if any(moves) else (),
    )


def candidates(desk: Desk) -> list[extension.Candidate]:
    """The tasks in force an extension letter may move, with the number of their letter."""
    return [
        extension.Candidate(
            t.id, t.title, letter.number, t.addressees, t.form, t.due, t.deadline_text
        )
        for letter in tracked_letters(desk.assistant.catalogue, desk.province)
        for t in letter.tasks
        if t.ended is None
    ]


def with_extension(desk: Desk, draft: Draft, text: str) -> Draft:
    """An extension letter's tasks linked to the tasks in force they move, or the doubt said
    (knowledge/letters/extension.py)."""
    found = extension.reading(text, draft)
    return extension.linked(draft, found, candidates(desk)) if found is not None else draft


@use_case(writes=True)
def review_letter(desk: Desk, caller: Caller, name: str, text: str) -> LetterReview | Refusal:
    """A letter's text (read from the file within bounds, in the sandbox): its draft, kept."""
    refusal = _refusal(desk, caller)
    if refusal:
        return refusal
    draft = read_letter(text, desk.assistant.catalogue, desk.province, name)
    if not_a_letter(draft):  # kept as a draft, it would only wait to be dropped
        return Refusal(offers.not_a_letter(name))
    if not draft.tasks and not draft.problems:  # it only informs: nothing to review or track
        return Refusal(offers.nothing_to_track(name))
    draft = published_before(draft, letter_repo(desk).in_force())
    draft = with_extension(desk, draft, text)
    letter = letter_repo(desk).add_draft(name, draft, caller.user_id, desk.clock.now())
    stored = letter_repo(desk).letter(letter)
    assert stored is not None
    return review(desk, stored)


@use_case(writes=False)
def show_letter(desk: Desk, caller: Caller, letter: int) -> LetterReview | Refusal:
    stored = _draft(desk, caller, letter, None)
    return stored if isinstance(stored, Refusal) else review(desk, stored)


@use_case(writes=False)
def task_menu(
    desk: Desk, caller: Caller, letter: int, revision: int, index: int
) -> TaskMenu | Refusal:
    stored = _draft(desk, caller, letter, revision)
    if isinstance(stored, Refusal):
        return stored
    if not 0 <= index < len(stored.draft.tasks):
        return Refusal(STALE)
    return TaskMenu(letter, revision, index, stored.draft.tasks[index])


@use_case(writes=True)
def ask_edit(
    desk: Desk, caller: Caller, letter: int, revision: int, index: int, field: EditField
) -> EditAsked | Refusal:
    """The chat waits for the task's new deadline, units or forms."""
    stored = _draft(desk, caller, letter, revision)
    if isinstance(stored, Refusal):
        return stored
    if not 0 <= index < len(stored.draft.tasks) or caller.chat_id is None:
        return Refusal(STALE)
    prompt = LetterPrompt(letter, revision, index, field.value)
    prompts.wait_for(desk, caller.chat_id, caller.user_id, prompt)
    return EditAsked(letter, index, field, stored.draft.tasks[index], ASKS[field])


@use_case(writes=True)
def answer_edit(
    desk: Desk, caller: Caller, prompt: LetterPrompt, text: str
) -> LetterReview | Refusal:
    """The message the draft waited for: read, and the task changed; what cannot be read is
    said in one line and asked again."""
    assert caller.chat_id is not None
    prompts.take(desk, caller.chat_id, caller.user_id)
    stored = _draft(desk, caller, prompt.letter, prompt.revision)
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
        return read_deadline(task, text, draft.letter.date, desk.clock.today())
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
    stored = _draft(desk, caller, letter, revision)
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
    return review(desk, saved, changed, edited=True)


@use_case(writes=True)
def undo_edit(desk: Desk, caller: Caller, letter: int, revision: int) -> LetterReview | Refusal:
    """ "Hoàn tác" under a corrected draft: the draft the correction replaced is written back,
    as a correction of its own (kept, and undone the same way), while the draft is still as that
    message showed it."""
    stored = _draft(desk, caller, letter, revision)
    if isinstance(stored, Refusal):
        return stored
    edit = letter_repo(desk).draft_edit(letter, revision)
    if edit is None:
        return Refusal(NOTHING_TO_UNDO)
    before, said = edit
    # an undo undone is the correction made again
    again = said.removeprefix(UNDONE)
    return _save(desk, caller, stored, before, again if again != said else UNDONE + said)


@use_case(writes=True)
def accept_problems(
    desk: Desk, caller: Caller, letter: int, revision: int
) -> LetterReview | Refusal:
    """What the reader could not read stays said, and keeps the draft from being published,
    until the coordinator has checked the tasks (corrected what needed it) and says so with a
    button: the problems are then set aside. A task's own blockers (no unit, no date) stay."""
    stored = _draft(desk, caller, letter, revision)
    if isinstance(stored, Refusal):
        return stored
    count = len(stored.draft.problems)
    if not count or not stored.draft.tasks:
        return review(desk, stored)
    edited = Draft(stored.draft.letter, stored.draft.tasks)
    return _save(
        desk, caller, stored, edited, f"Đã bỏ qua {count} chỗ chưa đọc được (đã kiểm tra)."
    )


@use_case(writes=True)
def drop_letter(desk: Desk, caller: Caller, letter: int) -> LetterDropped | Refusal:
    """ "Hủy": the draft is dropped; nothing was published."""
    stored = _draft(desk, caller, letter, None)
    if isinstance(stored, Refusal):
        return stored
    if not letter_repo(desk).drop_draft(letter, desk.clock.now()):
        return Refusal(GONE)
    if caller.chat_id is not None:
        waiting = prompts.peek(desk, caller.chat_id, caller.user_id)
        if waiting is not None and isinstance(waiting.prompt, LetterPrompt):
            prompts.take(desk, caller.chat_id, caller.user_id)
    return LetterDropped(letter, stored.file_name)


def _short(title: str, limit: int = 60) -> str:
    return title if len(title) <= limit else title[:limit].rsplit(" ", 1)[0] + "…"
