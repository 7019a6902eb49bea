"""A text message answering what the bot asked for (a note for a status, a proposal step), and
the end of that wait when the officer sends another command instead."""

from __future__ import annotations

import json

from telegram import Update

from handlers import proposals, status, submit_chat
from handlers.common import reply
from handlers.context import BotContext
from knowledge.answers import esc

TAKERS = {
    "note": status.take_pending_note,
    "proposal": proposals.take_text,
    "submit": submit_chat.take_text,
}


async def take_pending(update: Update, context: BotContext) -> bool:
    """True when the message was the answer the chat owed."""
    pending = context.services.repo.peek_pending(
        update.effective_chat.id, update.effective_user.id
    )
    if pending is None or pending.kind not in TAKERS:
        return False
    await TAKERS[pending.kind](update, context, pending.payload)
    return True


async def end_on_command(update: Update, context: BotContext) -> None:
    """A prompt that waits for input ends on any other command: the officer moved on, and a later
    message must not be taken for the answer to an old question."""
    message = update.effective_message
    if message is None or update.effective_user is None or update.effective_chat is None:
        return
    if (message.text or "").split("@")[0].split()[:1] == ["/huy"]:
        return  # /huy ends it itself, and says so
    repo = context.services.repo
    pending = repo.pop_pending(update.effective_chat.id, update.effective_user.id)
    if pending is None:
        return
    what = "biểu đang nộp dở" if pending.kind == "submit" else "đề xuất đang nhập dở"
    if pending.kind == "note":
        key = json.loads(pending.payload).get("key", "")
        what = f"ghi chú đang chờ cho <b>{esc(key)}</b>"
    await reply(update, context, f"Đã bỏ {what}; không có gì được ghi.")
