"""A button pressed twice in a row on a phone (a double tap) reaches the bot as two presses: the
second was answered "Nút này đã dùng rồi…" or "Đề nghị ghi này đã hết hiệu lực" a moment after
the first did its work, as if the officer had pressed an old button (u31). The same button of
the same message pressed again by the same person within `DOUBLE_TAP` is answered with no text
and goes no further (no handler, no prompt ended); a press after that is an ordinary press and
says, as before, that the button was used. Before every other handler (handlers/registry.py)."""

from __future__ import annotations

from datetime import datetime, timedelta

from telegram import Update
from telegram.ext import ApplicationHandlerStop

from handlers.context import BotContext

DOUBLE_TAP = timedelta(seconds=3)
KEPT = 512  # presses remembered: the last few seconds' worth on a busy bot
_KEY = "double_taps"

Press = tuple[int, int, int, str]  # chat, message, user, button data


def _seen(context: BotContext) -> dict[Press, datetime]:
    seen: dict[Press, datetime] = context.application.bot_data.setdefault(_KEY, {})
    return seen


async def drop_double_tap(update: Update, context: BotContext) -> None:
    """The second press of a double tap: answered with no text, and the update stops here."""
    query = update.callback_query
    if query is None or query.message is None or not query.data:
        return
    press = (query.message.chat.id, query.message.message_id, query.from_user.id, query.data)
    now = context.services.clock.now()
    seen = _seen(context)
    before = seen.get(press)
    if before is not None and timedelta(0) <= now - before <= DOUBLE_TAP:
        await query.answer()
        raise ApplicationHandlerStop
    if len(seen) >= KEPT:
        # the oldest half forgotten: a press that old is no double tap any more
        for old in sorted(seen, key=seen.__getitem__)[: KEPT // 2]:
            del seen[old]
    seen[press] = now
