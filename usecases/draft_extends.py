"""The coordinator says, in the review of an extension letter's draft, which tracked task it
moves, naming that task by its place in its own letter: "cv 860 là gia hạn cho nv 2 của cv 815"
(knowledge/letters/draft_talk.py reads it). The draft already links an extension to the task it
moves when it can (knowledge/letters/extension.py): this confirms the link the draft holds, says
the one it holds instead, or sets the link as "gia hạn nv 1 cho tq-…" does (quoted back old →
new, with "Hoàn tác"). Never "Chưa hiểu câu sửa" for a sentence that says all of it.
"""

from __future__ import annotations

from dataclasses import replace

from db.letter_repo import StoredLetter
from knowledge.catalogue.model import Task
from knowledge.language.text import fold
from knowledge.letters.draft_talk import DraftTalk
from knowledge.letters.sources import TrackedLetter, find_letter, tracked_letters
from knowledge.messages import offers
from knowledge.render.answers import esc
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.letter_edits import EditField, edited_task, save_edit
from usecases.letters import LetterReview
from usecases.letters import review as draft_review
from usecases.results import Refusal


def _figure(number: str | None) -> str:
    return fold(number or "").split(" ")[0].split("/")[0]


def _the_draft(drafts: list[StoredLetter], letter: str) -> StoredLetter | None:
    """The waiting draft of the letter typed ("860"), or the newest when none was typed."""
    if not letter:
        return drafts[0]
    return next((d for d in drafts if _figure(d.draft.letter.number) == _figure(letter)), None)


def _listed(letter: TrackedLetter) -> str:
    return "; ".join(
        f"nv {n}: {esc(t.id)} ({esc(t.title[:50])})" for n, t in enumerate(letter.tasks, 1)
    )


def _target(desk: Desk, said: DraftTalk) -> Task | str:
    """The tracked task the sentence names, or what could not be found (HTML)."""
    assert said.cited is not None
    number, place = said.cited
    letters = tracked_letters(desk.catalogue, desk.province)
    found = find_letter(number, letters)
    if found is None or not found.tasks:
        return (
            f"Công văn số {esc(number)} chưa được theo dõi trong bot (xem /congvan): không gia "
            f"hạn được nhiệm vụ của nó. {offers.UNCHANGED}"
        )
    if place is None and len(found.tasks) == 1:
        return found.tasks[0]
    if place is None or not 1 <= place <= len(found.tasks):
        asked = f"không có nhiệm vụ {place}" if place is not None else "có nhiều nhiệm vụ"
        return (
            f"Công văn số {esc(found.number or number)} {asked}: {_listed(found)} — gõ ví dụ "
            f"<code>gia hạn cho nv 1 của cv {esc(number)}</code>. {offers.UNCHANGED}"
        )
    return found.tasks[place - 1]


def _task_index(draft_tasks: tuple, target: str) -> int | None:
    """The draft's task that is the extension: the one already linked to the target, else the
    draft's one task with a single deadline."""
    linked = [i for i, t in enumerate(draft_tasks) if t.extends == target]
    if linked:
        return linked[0]
    one_off = [i for i, t in enumerate(draft_tasks) if t.deadline is not None]
    return one_off[0] if len(one_off) == 1 else None


def extends_cited(
    desk: Desk, caller: Caller, said: DraftTalk, drafts: list[StoredLetter]
) -> LetterReview | Refusal:
    stored = _the_draft(drafts, said.letter)
    if stored is None:
        waiting = ", ".join(esc(d.file_name) for d in drafts[:5])
        return Refusal(
            f"Không có bản nháp công văn số {esc(said.letter)} đang chờ (đang chờ: {waiting}). "
            f"{offers.UNCHANGED}"
        )
    target = _target(desk, said)
    if isinstance(target, str):
        return Refusal(target)
    tasks = stored.draft.tasks
    index = said.task - 1 if said.task is not None else _task_index(tasks, target.id)
    if index is None or not 0 <= index < len(tasks):
        return Refusal(offers.which_draft_task(stored.file_name, len(tasks)))
    held = tasks[index].extends
    if held == target.id:
        shown = draft_review(desk, stored)
        move = shown.moves[index] if shown.moves else target.id
        return replace(
            shown,
            changed=(
                f"Bản nháp {esc(stored.file_name)} đã ghi đúng như vậy: nhiệm vụ {index + 1} "
                f"gia hạn {esc(target.id)} — {esc(move)}. {offers.UNCHANGED}"
            ),
        )
    changed = edited_task(desk, stored.draft, index, EditField.EXTENDS, target.id)
    if isinstance(changed, str):
        return Refusal(f"{esc(changed.rstrip('.'))}. {offers.UNCHANGED}")
    return save_edit(desk, caller, stored, index, EditField.EXTENDS, changed)
