"""What Telegram refuses, as the emulator checks it: malformed HTML entities, empty or over-long
text and captions, callback_data over 64 bytes, keyboards with too many buttons. The numbers come
from python-telegram-bot's telegram.constants.
"""

from __future__ import annotations

import json
import re
from html import unescape
from typing import Any

from telegram.constants import InlineKeyboardButtonLimit, InlineKeyboardMarkupLimit, MessageLimit

ALLOWED_TAGS = {
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "a",
    "code",
    "pre",
    "span",
    "tg-spoiler",
    "blockquote",
    "tg-emoji",
}
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^<>]*)?)>")
_MARKUP = re.compile(r"[<&]")
_ENTITY = re.compile(r"&(?:lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);")


class ApiError(Exception):
    def __init__(self, code: int, description: str, retry_after: int | None = None):
        super().__init__(description)
        self.code, self.description, self.retry_after = code, description, retry_after


def parse_html(text: str) -> str:
    """The text as Telegram shows it; raises ApiError like Telegram on malformed markup."""
    out, stack, pos = [], [], 0
    while pos < len(text):
        ch = text[pos]
        if ch == "<":
            m = _TAG.match(text, pos)
            if not m:
                raise ApiError(
                    400, f"Bad Request: can't parse entities: unexpected '<' at byte offset {pos}"
                )
            closing, tag = m.group(1), m.group(2).lower()
            if tag not in ALLOWED_TAGS:
                raise ApiError(
                    400,
                    f'Bad Request: can\'t parse entities: unsupported start tag "{tag}" at byte '
                    f"offset {pos}",
                )
            if closing:
                if not stack or stack[-1] != tag:
                    raise ApiError(
                        400,
                        "Bad Request: can't parse entities: can't find end tag corresponding to "
                        f'start tag "{stack[-1] if stack else tag}"',
                    )
                stack.pop()
            else:
                stack.append(tag)
            pos = m.end()
        elif ch == "&":
            m = _ENTITY.match(text, pos)
            if not m:
                raise ApiError(
                    400, f"Bad Request: can't parse entities: unexpected '&' at byte offset {pos}"
                )
            out.append(unescape(m.group(0)))
            pos = m.end()
        else:
            # Plain text up to the next markup character, in one step.
            nxt = _MARKUP.search(text, pos)
            end = nxt.start() if nxt else len(text)
            out.append(text[pos:end])
            pos = end
    if stack:
        raise ApiError(
            400,
            "Bad Request: can't parse entities: can't find end tag corresponding to start tag "
            f'"{stack[-1]}"',
        )
    return "".join(out)


def check_text(text: Any, parse_mode: str | None) -> str:
    """The text as shown; refused when empty, malformed, or over 4096 shown characters."""
    if not isinstance(text, str) or not text.strip():
        raise ApiError(400, "Bad Request: message text is empty")
    shown = parse_html(text) if (parse_mode or "").upper() == "HTML" else text
    if not shown.strip():
        raise ApiError(400, "Bad Request: message text is empty")
    if len(shown) > MessageLimit.MAX_TEXT_LENGTH:
        raise ApiError(400, "Bad Request: message is too long")
    return shown


def check_caption(caption: Any, parse_mode: str | None) -> str:
    """A document's or photo's caption as shown; refused when malformed or over 1024 shown
    characters.
    """
    shown = check_text(caption, parse_mode)
    if len(shown) > MessageLimit.CAPTION_LENGTH:
        raise ApiError(400, "Bad Request: message caption is too long")
    return shown


def check_markup(markup: Any) -> list[list[dict]]:
    if not markup:
        return []
    if isinstance(markup, str):
        markup = json.loads(markup)
    rows = markup.get("inline_keyboard") or []
    if sum(len(row) for row in rows) > InlineKeyboardMarkupLimit.TOTAL_BUTTON_NUMBER or any(
        len(row) > InlineKeyboardMarkupLimit.BUTTONS_PER_ROW for row in rows
    ):
        raise ApiError(400, "Bad Request: reply markup is too long")
    for row in rows:
        for button in row:
            data = button.get("callback_data")
            if data is not None and not (
                InlineKeyboardButtonLimit.MIN_CALLBACK_DATA
                <= len(data.encode("utf-8"))
                <= InlineKeyboardButtonLimit.MAX_CALLBACK_DATA
            ):
                raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
            if not button.get("text"):
                raise ApiError(
                    400, "Bad Request: text buttons are unallowed in the inline keyboard"
                )
    return rows
