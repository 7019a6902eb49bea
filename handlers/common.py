"""Small helpers every handler uses: the services, replying (split, with buttons), the sender."""
from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot.services import Services
from knowledge.messages import split_message


def services(context: ContextTypes.DEFAULT_TYPE) -> Services:
    return context.application.bot_data["services"]


def keyboard(rows: list[list[tuple[str, str]]] | None) -> InlineKeyboardMarkup | None:
    if not rows:
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton(text, callback_data=data) for text, data in row] for row in rows])


async def reply(update: Update, context: ContextTypes.DEFAULT_TYPE, markup: str,
                buttons: list[list[tuple[str, str]]] | None = None) -> None:
    chat = update.effective_chat
    parts = split_message(markup)
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        await context.bot.send_message(chat.id, part, reply_markup=keyboard(buttons) if last else None)


def sender_name(update: Update) -> str:
    user = update.effective_user
    return (user.full_name or str(user.id)) if user else "?"


def args_text(context: ContextTypes.DEFAULT_TYPE) -> str:
    return " ".join(context.args or []).strip()
