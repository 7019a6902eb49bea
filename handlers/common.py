"""Small helpers every handler uses: replying (split, with buttons), sending a file, the sender."""

from __future__ import annotations

import functools
from io import BytesIO
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update
from telegram.constants import MessageLimit
from telegram.ext import ExtBot

from handlers.buttons import PRIVATE_ONLY, Button
from handlers.context import BotContext
from knowledge.render.messages import split_message

__all__ = [
    "Buttons",
    "Row",
    "args_text",
    "keyboard",
    "keyboard_json",
    "private_only",
    "reply",
    "send_file",
    "send_text",
    "sender_name",
]

BUTTON_TEXT = 60  # a label's length: a row's key and the start of its title
# (label, button data), or a ready button (a link, the desk's Mini App: handlers/desk.py)
Row = list[tuple[str, Button] | InlineKeyboardButton]
Buttons = list[Row]
Json = dict[str, Any]  # a Bot API object as sent


def keyboard(rows: Buttons | None) -> InlineKeyboardMarkup | None:
    """Rows of (label, button data), or of ready buttons (a link, the desk's Mini App)."""
    if not rows:
        return None
    return InlineKeyboardMarkup(
        [
            [
                button
                if isinstance(button, InlineKeyboardButton)
                else InlineKeyboardButton(button[0], callback_data=button[1].encode())
                for button in row
            ]
            for row in rows
        ]
    )


def keyboard_json(rows: Buttons | None) -> Json | None:
    """The keyboard as the Bot API's JSON, exactly what `keyboard(rows).to_dict()` gives, built
    directly: a reply's markup is only sent, and python-telegram-bot's objects (each frozen
    attribute set through a check, then walked back into this dict for the request) cost more
    than the rest of a short reply's sending (bench/README.md, Load)."""
    if not rows:
        return None
    return {
        "inline_keyboard": [
            [
                button.to_dict()
                if isinstance(button, InlineKeyboardButton)
                else {"callback_data": button[1].encode(), "text": button[0]}
                for button in row
            ]
            for row in rows
        ]
    }


async def reply(
    update: Update,
    context: BotContext,
    markup: str,
    buttons: Buttons | None = None,
) -> None:
    chat = update.effective_chat
    assert chat is not None
    parts = split_message(markup, MessageLimit.MAX_TEXT_LENGTH)
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        await send_text(context.bot, chat.id, part, keyboard_json(buttons) if last else None)


async def send_text(
    bot: ExtBot[None],
    chat_id: int,
    text: str,
    markup: InlineKeyboardMarkup | Json | None = None,
) -> None:
    """sendMessage exactly as `bot.send_message(chat_id, text, reply_markup=markup)` sends it
    (the Defaults' parse mode, the same rate limiter, the same errors raised), without building a
    Message from Telegram's answer, which no reply reads: that object, with an object for each
    entity of a long answer and each button, was a fifth of a busy bot's time
    (bench/README.md). `markup`: the keyboard, or its JSON (`keyboard_json`). A test holds the
    requests equal (tests/handlers/test_common.py)."""
    defaults = bot.defaults
    data = {
        "chat_id": chat_id,
        "text": text,
        "parse_mode": defaults.parse_mode if defaults else None,
        "reply_markup": markup,
    }
    await bot._post("sendMessage", data)


async def send_file(
    update: Update, context: BotContext, name: str, content: bytes, caption: str
) -> None:
    chat = update.effective_chat
    assert chat is not None
    await context.bot.send_document(
        chat.id, InputFile(BytesIO(content), filename=name), caption=caption
    )


def sender_name(update: Update) -> str:
    user = update.effective_user
    return (user.full_name or str(user.id)) if user else "?"


def args_text(context: BotContext) -> str:
    return " ".join(context.args or []).strip()


def private_only(callback):
    """Commands that change something answer only in a private chat: in a group everyone would
    read the replies (buttons: `pressed(..., private=True)`).
    """

    @functools.wraps(callback)
    async def guarded(update: Update, context: BotContext) -> None:
        chat = update.effective_chat
        if chat is not None and chat.type != "private":
            await reply(update, context, PRIVATE_ONLY)
            return
        await callback(update, context)

    return guarded
