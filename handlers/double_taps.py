"""A button pressed twice in a row on a phone (a double tap) reaches the bot as two presses: the
second was answered "Nút này đã dùng rồi…" or "Đề nghị ghi này đã hết hiệu lực" a moment after
the first did its work, as if the officer had pressed an old button (u31). The same button of
the same message pressed again by the same person within `DOUBLE_TAP`, with nothing else sent
or pressed by them in that chat between, is answered with no text and goes no further (no
handler, no prompt ended); a press after that is an ordinary press and says, as before, that
the button was used. Before every other handler (handlers/registry.py)."""

from __future__ import annotations

from datetime import datetime, timedelta

from telegram import Update
from telegram.ext import ApplicationHandlerStop

from handlers.context import BotContext

DOUBLE_TAP = timedelta(seconds=3)
KEPT = 512  # people remembered: the last few seconds' worth of presses on a busy bot
_KEY = "double_taps"

Press = tuple[int, str]  # the message, the button's data
Last = dict[tuple[int, int], tuple[Press, datetime]]  # (chat, user) -> their last press, when


def _last(context: BotContext) -> Last:
    last: Last = context.application.bot_data.setdefault(_KEY, {})
    return last


async def drop_double_tap(update: Update, context: BotContext) -> None:
    """The second press of a double tap: answered with no text, and the update stops here."""
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None:
        return
    last, who = _last(context), (chat.id, user.id)
    query = update.callback_query
    if query is None or query.message is None or not query.data:
        last.pop(who, None)  # a message between two presses: the second is meant
        return
    press = (query.message.message_id, query.data)
    now = context.services.clock.now()
    before = last.get(who)
    if before is not None and before[0] == press and timedelta(0) <= now - before[1] <= DOUBLE_TAP:
        await query.answer()
        raise ApplicationHandlerStop
    if len(last) >= KEPT and who not in last:
        # the oldest half forgotten: a press that old is no double tap any more
        for old in sorted(last, key=lambda k: last[k][1])[: KEPT // 2]:
            del last[old]
    last[who] = (press, now)
