"""Telegram's flood limits as sliding windows: what the rate limiter keeps to and the emulator
enforces, one definition for both, from python-telegram-bot's telegram.constants.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from telegram.constants import FloodLimit

# The calls that post a message into a chat, which the limits count.
SEND_METHODS = frozenset({"sendMessage", "sendDocument", "sendPhoto"})
# What the limits count: the sends, and the edits. Telegram documents no limit for edits; counting
# them in the same windows is the stricter reasonable rule (bot.telegram_rules).
COUNTED_METHODS = SEND_METHODS | {
    "editMessageText",
    "editMessageCaption",
    "editMessageReplyMarkup",
}


@dataclass(frozen=True)
class Window:
    limit: int  # messages at most ...
    period: float  # ... in any this many seconds


OVERALL = Window(FloodLimit.MESSAGES_PER_SECOND, 1.0)
PER_CHAT = Window(FloodLimit.MESSAGES_PER_SECOND_PER_CHAT, 1.0)
PER_GROUP = Window(FloodLimit.MESSAGES_PER_MINUTE_PER_GROUP, 60.0)


def windows_for(chat_id: int | str) -> list[tuple[tuple, Window]]:
    """Every window a message to the chat falls in, each with the key its count is kept under:
    the bot's overall one, the chat's own, and the group's when the chat is a group (negative id).
    """
    with contextlib.suppress(TypeError, ValueError):
        chat_id = int(chat_id)
    windows: list[tuple[tuple, Window]] = [(("overall",), OVERALL), (("chat", chat_id), PER_CHAT)]
    if isinstance(chat_id, int) and chat_id < 0:
        windows.append((("group", chat_id), PER_GROUP))
    return windows
