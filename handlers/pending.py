"""A text message that answers what the bot asked for (a note for a status, a step of a proposal)."""
from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from handlers import proposals, status
from handlers.common import services

TAKERS = {"note": status.take_pending_note, "proposal": proposals.take_text}


async def take_pending(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """True when the message was the answer the chat owed."""
    pending = services(context).repo.peek_pending(update.effective_chat.id, update.effective_user.id)
    if pending is None or pending.kind not in TAKERS:
        return False
    await TAKERS[pending.kind](update, context, pending.payload)
    return True
