"""The button that opens the web desk (a Telegram Mini App) under /tiendo, /nopbai and /nopbai
tinh.

Telegram accepts a web_app button only in the private chat between a user and the bot, and only
at an HTTPS address: in a private chat the button opens the desk; in a group it is a plain link
to the private chat (/start desk there offers the button); with no HTTPS address configured there
is no button at all.
"""

from __future__ import annotations

from telegram import Chat, InlineKeyboardButton, WebAppInfo

from handlers.common import Buttons, Row
from handlers.context import Desk

DESK_LABEL = "📋 Mở bảng theo dõi"
START_PAYLOAD = "desk"


def desk_row(desk: Desk, chat: Chat | None, bot_username: str | None) -> Row | None:
    """One keyboard row with the desk's button fit for this chat, or None."""
    url = desk.config.desk_url
    if not url or chat is None:
        return None
    if chat.type == Chat.PRIVATE:
        return [InlineKeyboardButton(DESK_LABEL, web_app=WebAppInfo(url))]
    if bot_username:
        link = f"https://t.me/{bot_username}?start={START_PAYLOAD}"
        return [InlineKeyboardButton(DESK_LABEL, url=link)]
    return None


def with_desk(
    buttons: Buttons | None, desk: Desk, chat: Chat | None, bot_username: str | None
) -> Buttons | None:
    """`buttons` with the desk's row added under them (when this chat can have one)."""
    row = desk_row(desk, chat, bot_username)
    if row is None:
        return buttons
    return [*(buttons or []), row]
