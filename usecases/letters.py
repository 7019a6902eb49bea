"""A letter sent to the bot, reviewed before anything is tracked: an admin sends the .docx, .pdf
or .txt in a private chat, the bot reads it into a draft (knowledge/letters), keeps the draft in
the database (it survives a restart) and shows it with what keeps it from being published. The
admin corrects a task's deadline, units or forms (a short prompt each, read by the letter's own
readers, knowledge/letters/edits.py: usecases/letter_edits.py), drops a task, or drops the
whole draft. Publishing is usecases/publishing.py's. This module holds the draft read, kept, shown
and dropped, and the look-up of a draft a button names that the corrections share.
"""

from __future__ import annotations

from dataclasses import dataclass

from db.letter_repo import DRAFT, LetterRepo, StoredLetter
from knowledge.letters import extension
from knowledge.letters.extract import not_a_letter, read_letter
from knowledge.letters.model import Draft, Task
from knowledge.letters.publish import blockers, published_before
from knowledge.letters.register import Register
from knowledge.letters.review_notes import review_notes
from knowledge.letters.settling import about_task
from knowledge.letters.sources import tracked_letters
from knowledge.letters.unassigned import open_notes
from knowledge.messages import offers
from knowledge.render.answers import esc
from usecases import prompts
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.prompts import LetterPrompt
from usecases.results import Refusal, known_id
from usecases.runner import use_case

# what the chat shows of a draft: the draft and its tasks
__all__ = ["Draft", "Task"]

ADMINS_ONLY = "Chỉ quản trị viên mới gửi công văn cho bot. Không có gì thay đổi."
GONE = "Bản nháp này đã được công bố hoặc đã hủy. Không có gì thay đổi."
STALE = "Bản nháp đã được sửa sau tin nhắn này: dùng các nút của bản nháp mới nhất."


def of_letter(message: str, file_name: str) -> str:
    """A refusal to an old button named by its letter: a button scrolled up to may be another
    letter's, and "Công văn này đang được theo dõi" read as if the draft in view were published."""
    return f"({esc(file_name)}) {message}"


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
    # what the coordinator should look at without it holding the draft back: a date on a day
    # off, a letter dated after today (knowledge/letters/review_notes.py)
    notes: tuple[str, ...] = ()
    undone: bool = False  # shown after an undo of an edit: its button makes the edit again

    @property
    def publishable(self) -> bool:
        return not self.blockers


@dataclass(frozen=True)
class LetterDropped:
    letter: int
    file_name: str


def letter_repo(desk: Desk) -> LetterRepo:
    assert desk.letters is not None
    return desk.letters


def _refusal(desk: Desk, caller: Caller) -> Refusal | None:
    return None if caller.is_admin and desk.letters is not None else Refusal(ADMINS_ONLY)


def draft_named(
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
    lines = blockers(draft, desk.catalogue, desk.province)
    # the reader's problems come first: each names the task it is about, when one
    lines[: len(draft.blocking)] = [about_task(p, draft.tasks) for p in draft.blocking]
    # a unit left in no task is looked at, not held against publishing, until a task has it
    register = desk.per_table("letter register", lambda a: Register(a.catalogue, desk.province))
    notes = tuple(str(p) for p in open_notes(draft, register).notes)
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
        review_notes(draft, desk.catalogue.calendar, desk.clock.today()) + notes,
    )


def candidates(desk: Desk) -> list[extension.Candidate]:
    """The tasks in force an extension letter may move, with the number of their letter."""
    return [
        extension.Candidate(
            t.id, t.title, letter.number, t.addressees, t.form, t.due, t.deadline_text
        )
        for letter in tracked_letters(desk.catalogue, desk.province)
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
    draft = read_letter(text, desk.catalogue, desk.province, name)
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
    stored = draft_named(desk, caller, letter, None)
    return stored if isinstance(stored, Refusal) else review(desk, stored)


@use_case(writes=True)
def drop_letter(desk: Desk, caller: Caller, letter: int) -> LetterDropped | Refusal:
    """ "Hủy": the draft is dropped; nothing was published."""
    stored = draft_named(desk, caller, letter, None)
    if isinstance(stored, Refusal):
        return stored
    if not letter_repo(desk).drop_draft(letter, desk.clock.now()):
        return Refusal(GONE)
    if caller.chat_id is not None:
        waiting = prompts.peek(desk, caller.chat_id, caller.user_id)
        if waiting is not None and isinstance(waiting.prompt, LetterPrompt):
            prompts.take(desk, caller.chat_id, caller.user_id)
    return LetterDropped(letter, stored.file_name)
