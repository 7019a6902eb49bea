"""Small helpers every handler uses: the services, replying (split, with buttons), the sender."""

from __future__ import annotations

import functools

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import MessageLimit

from handlers.context import BotContext
from knowledge.render.messages import split_message
from knowledge.rules.officers import NOT_OFFICER

__all__ = ["NOT_OFFICER", "args_text", "keyboard", "private_only", "reply", "sender_name"]


def keyboard(rows: list[list] | None) -> InlineKeyboardMarkup | None:
    """Rows of (label, callback data), or of ready buttons (a link, the desk's Mini App)."""
    if not rows:
        return None
    return InlineKeyboardMarkup(
        [
            [
                button
                if isinstance(button, InlineKeyboardButton)
                else InlineKeyboardButton(button[0], callback_data=button[1])
                for button in row
            ]
            for row in rows
        ]
    )


async def reply(
    update: Update,
    context: BotContext,
    markup: str,
    buttons: list[list] | None = None,
) -> None:
    chat = update.effective_chat
    parts = split_message(markup, MessageLimit.MAX_TEXT_LENGTH)
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        await context.bot.send_message(
            chat.id, part, reply_markup=keyboard(buttons) if last else None
        )


def sender_name(update: Update) -> str:
    user = update.effective_user
    return (user.full_name or str(user.id)) if user else "?"


def args_text(context: BotContext) -> str:
    return " ".join(context.args or []).strip()


PRIVATE_ONLY = (
    "Lệnh này chỉ dùng trong tin nhắn riêng với bot (bấm vào tên bot rồi Nhắn tin). "
    "Không có gì thay đổi."
)


def private_only(callback):
    """Commands and buttons that change something answer only in a private chat: in a group, anyone
    could press the buttons and everyone would read the replies.
    """

    @functools.wraps(callback)
    async def guarded(update: Update, context: BotContext) -> None:
        chat = update.effective_chat
        if chat is not None and chat.type != "private":
            if update.callback_query:
                await update.callback_query.answer(PRIVATE_ONLY[:190], show_alert=True)
            else:
                await reply(update, context, PRIVATE_ONLY)
            return
        await callback(update, context)

    return guarded
