"""/huy and its words: what the chat waited for, dropped ("huỷ", "thôi", "bỏ qua" typed are
the same as /huy; a step that takes "bỏ qua" as its answer keeps it)."""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.reader.prompt_ends import ends_by_cancel
from usecases import prompts
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.prompts import Prompt
from usecases.runner import use_case


@dataclass(frozen=True)
class DraftWaiting:
    """Nothing waited in the chat, but a letter's draft is under review: its drop is offered
    (a press drops it, as the draft's own "Hủy"; typing is no press)."""

    letter: int
    file_name: str
    subject: str


@use_case(database=False)
def cancel_asked(desk: Desk, caller: Caller, text: str) -> bool:
    """A short "never mind" typed ("huỷ", "thôi", "bỏ qua"): the same as /huy; a step that
    takes "bỏ qua" as its answer keeps it (knowledge/reader/prompt_ends.py)."""
    kind = caller.waiting.prompt.kind if caller.waiting else None
    # every text typed passes here: read once per text and prompt kind
    return desk.remembered("cancel", (text, kind), lambda: ends_by_cancel(text, kind))


@use_case(writes=True)
def cancel(desk: Desk, caller: Caller) -> Prompt | None:
    """/huy: what the chat waited for, which it no longer does (None: nothing waited)."""
    if caller.chat_id is None:
        return None
    waiting = prompts.take(desk, caller.chat_id, caller.user_id)
    return waiting.prompt if waiting is not None else None


@use_case()
def draft_waiting(desk: Desk, caller: Caller) -> DraftWaiting | None:
    """The admin's newest draft under review, which "huỷ" with nothing waiting is about: "Không
    có thao tác nào đang dở" read as if the draft just sent were not pending."""
    if not caller.is_admin or desk.letters is None:
        return None
    drafts = desk.letters.drafts(limit=1)
    if not drafts:
        return None
    newest = drafts[0]
    return DraftWaiting(newest.id, newest.file_name, newest.draft.letter.subject or "")
