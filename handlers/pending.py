"""A text message answering what the bot asked for (a note for a status, a proposal step)."""

from __future__ import annotations

from telegram import Update

from handlers import proposals, status
from handlers.context import BotContext

TAKERS = {"note": status.take_pending_note, "proposal": proposals.take_text}


async def take_pending(update: Update, context: BotContext) -> bool:
    """True when the message was the answer the chat owed."""
    pending = context.services.repo.peek_pending(
        update.effective_chat.id, update.effective_user.id
    )
    if pending is None or pending.kind not in TAKERS:
        return False
    await TAKERS[pending.kind](update, context, pending.payload)
    return True
