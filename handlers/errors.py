"""The error handler: log, tell the user in Vietnamese, tell the admins; never crash the bot."""

from __future__ import annotations

import contextlib
import html
import logging

from telegram import Update
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError

from handlers.context import BotContext
from handlers.notices import notify

log = logging.getLogger(__name__)


FAILED = (
    "Xin lỗi, đã có lỗi khi xử lý yêu cầu. Quản trị viên đã được báo; bạn thử lại sau ít phút."
)
UNSENT = (
    "Telegram đang chậm nên bot chưa gửi được câu trả lời. Việc bạn vừa làm có thể đã được ghi: "
    "xem lại bằng /nopbai, /tiendo hoặc /lichsu trước khi gửi lại."
)


async def on_error(update: object, context: BotContext) -> None:
    log.error("Lỗi khi xử lý cập nhật", exc_info=context.error)
    if isinstance(context.error, Forbidden):
        return  # the user blocked the bot: nobody to tell there
    services = context.application.bot_data.get("services")
    # Telegram refused or timed out the answer after every retry (bot/ratelimit.py): what the
    # message asked may well have been written, so "thử lại" would write it twice
    # (a BadRequest is the bot's own fault, as for any other error)
    error = context.error
    unsent = isinstance(error, NetworkError | RetryAfter) and not isinstance(error, BadRequest)
    if isinstance(update, Update) and update.effective_chat:
        with contextlib.suppress(TelegramError):
            await context.bot.send_message(update.effective_chat.id, UNSENT if unsent else FAILED)
    if services:
        text = f"⚠️ Lỗi: <code>{html.escape(repr(context.error))[:3000]}</code>"
        if unsent and isinstance(update, Update) and update.effective_chat:
            text = (
                f"⚠️ Telegram không nhận câu trả lời cho chat {update.effective_chat.id} sau "
                f"nhiều lần thử: <code>{html.escape(repr(context.error))[:300]}</code>"
            )
        for admin in services.config.admins:
            # an admin who never opened the bot (or blocked it) is marked and reported once
            await notify(context.bot, services, admin, text, "báo lỗi")
