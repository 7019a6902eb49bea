"""/huy and its words: what the chat waited for, dropped ("huỷ", "thôi", "bỏ qua" typed are
the same as /huy; a step that takes "bỏ qua" as its answer keeps it)."""

from __future__ import annotations

from knowledge.reader.prompt_ends import ends_by_cancel
from usecases import prompts
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.prompts import Prompt
from usecases.runner import use_case


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
