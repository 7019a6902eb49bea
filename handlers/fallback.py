"""Answers for what no other handler takes: unknown commands, non-text messages."""

from __future__ import annotations

from telegram import Update

from handlers.buttons import STALE
from handlers.common import reply
from handlers.context import BotContext


async def unknown_command(update: Update, context: BotContext) -> None:
    await reply(
        update,
        context,
        "Lệnh này tôi chưa biết. Gõ /help để xem các lệnh, hoặc hỏi thẳng, "
        "ví dụ <i>giấy phép xây dựng hạn khi nào</i>.",
    )


async def not_text(update: Update, context: BotContext) -> None:
    await reply(update, context, "Tôi chỉ đọc được tin nhắn chữ. Hãy gõ câu hỏi, hoặc /help.")


async def stale_button(update: Update, context: BotContext) -> None:
    """Data no button kind reads (a button of an older version of the bot, or forged): one line,
    nothing changes."""
    assert update.callback_query is not None
    await update.callback_query.answer(STALE)
