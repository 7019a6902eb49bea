"""Answers for what no other handler takes: unknown commands, non-text messages."""
from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from handlers.common import reply


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await reply(update, context, "Lệnh này tôi chưa biết. Gõ /help để xem các lệnh, hoặc hỏi thẳng, "
                                 "ví dụ <i>giấy phép xây dựng hạn khi nào</i>.")


async def not_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await reply(update, context, "Tôi chỉ đọc được tin nhắn chữ. Hãy gõ câu hỏi, hoặc /help.")


async def stale_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.callback_query.answer("Nút này không còn hợp lệ.")
