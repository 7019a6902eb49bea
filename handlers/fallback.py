"""Answers for what no other handler takes: unknown commands, non-text messages."""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Sequence
from typing import Any

from rapidfuzz import fuzz, process
from telegram import Update

from handlers.buttons import STALE
from handlers.common import reply
from handlers.context import BotContext
from knowledge.language.text import fold
from knowledge.render.answers import esc
from usecases import documents

Callback = Callable[[Update, BotContext], Coroutine[Any, Any, None]]


UNKNOWN = (
    "Lệnh này tôi chưa biết. Gõ /help để xem các lệnh, hoặc hỏi thẳng, "
    "ví dụ <i>giấy phép xây dựng hạn khi nào</i>."
)
NEAR = 75  # rapidfuzz's ratio (0–100) from which a typed command is a slip of a known one


def nearest(typed: str, names: Sequence[str]) -> list[str]:
    """The known commands a mistyped one is a slip of ("/capnhap", "/tien_do", "/nop-bai"):
    at most two, the nearest first."""
    word = fold(typed.split("@", 1)[0]).replace(" ", "")
    if not word:
        return []
    found = process.extract(word, names, scorer=fuzz.ratio, limit=2, score_cutoff=NEAR)
    return [name for name, _, _ in found]


def unknown_command(names: Sequence[str]) -> Callback:
    """The answer to a command no handler takes: the known ones it may be a slip of, or how to
    ask."""

    async def answer(update: Update, context: BotContext) -> None:
        message = update.effective_message
        text = message.text if message and message.text else ""
        words = text.split() if text.startswith("/") else []
        typed, rest = (words[0][1:], words[1:]) if words else ("", [])
        # "/nhac nho tat", "/tien do": the name typed in two words, whole again
        near = nearest(typed + rest[0], names) if rest else []
        if near and fold(near[0]) == fold(typed + rest[0]).replace(" ", ""):
            typed, rest = f"{typed} {rest[0]}", rest[1:]
        else:
            near = nearest(typed, names)
        if len(near) == 1:
            # "/capnhap 406-22 xong": the command as meant, the arguments kept, to copy
            line = " ".join([f"/{near[0]}", *rest])
            await reply(
                update,
                context,
                f"Lệnh /{esc(typed[:40])} chưa có. Có phải bạn muốn <code>{esc(line[:200])}"
                "</code>? Gõ /help để xem các lệnh.",
            )
        elif near:
            offer = " hay ".join(f"/{name}" for name in near)
            await reply(
                update,
                context,
                f"Lệnh /{esc(typed[:40])} chưa có. Có phải bạn muốn {offer}?"
                " Gõ /help để xem các lệnh.",
            )
        else:
            await reply(update, context, UNKNOWN)

    return answer


async def not_text(update: Update, context: BotContext) -> None:
    message = update.effective_message
    if message is not None and message.photo:  # a report photographed: send a scan instead
        await reply(update, context, documents.PHOTO)
        return
    await reply(update, context, "Tôi chỉ đọc được tin nhắn chữ. Hãy gõ câu hỏi, hoặc /help.")


async def stale_button(update: Update, context: BotContext) -> None:
    """Data no button kind reads (a button of an older version of the bot, or forged): one line,
    nothing changes."""
    assert update.callback_query is not None
    await update.callback_query.answer(STALE)
