"""The error handler: log, tell the user in Vietnamese, tell the admins; never crash the bot."""

from __future__ import annotations

import contextlib
import html
import logging

from telegram import Update
from telegram.error import Forbidden, TelegramError

from handlers.context import BotContext
from handlers.notices import notify

log = logging.getLogger(__name__)


async def on_error(update: object, context: BotContext) -> None:
    log.error("Lỗi khi xử lý cập nhật", exc_info=context.error)
    if isinstance(context.error, Forbidden):
        return  # the user blocked the bot: nobody to tell there
    services = context.application.bot_data.get("services")
    if isinstance(update, Update) and update.effective_chat:
        with contextlib.suppress(TelegramError):
            await context.bot.send_message(
                update.effective_chat.id,
                "Xin lỗi, đã có lỗi khi xử lý yêu cầu. Quản trị viên đã được báo; "
                "bạn thử lại sau ít phút.",
            )
    if services:
        text = f"⚠️ Lỗi: <code>{html.escape(repr(context.error))[:3000]}</code>"
        for admin in services.config.admins:
            # an admin who never opened the bot (or blocked it) is marked and reported once
            await notify(context.bot, services, admin, text, "báo lỗi")
