"""What Telegram refuses, as the emulator checks it: one table (RULES) of every refusal, with
Telegram's status code, its description and the limit behind it (from python-telegram-bot's
telegram.constants where PTB has it), and the checks that read it: HTML parsed into plain text
and entities as Telegram does, text and caption lengths, keyboards, bot commands.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html import unescape
from typing import Any

from telegram.constants import (
    BotCommandLimit,
    CallbackQueryLimit,
    FileSizeLimit,
    InlineKeyboardButtonLimit,
    InlineKeyboardMarkupLimit,
    InlineQueryLimit,
    MessageLimit,
)


@dataclass(frozen=True)
class Rule:
    code: int
    description: str  # may name {fields}, filled when refused
    limit: float | None = None


# Telegram does not say how long a callback query can wait for its answer; clients give up after
# about 15 s. The stricter reasonable rule: 10 s, on the emulator's time source.
CALLBACK_ANSWER_SECONDS = 10.0
_CANT_PARSE = "Bad Request: can't parse entities: "

RULES: dict[str, Rule] = {
    # -- text and captions (after the HTML is parsed, as Telegram counts them) ------------------
    "text_empty": Rule(400, "Bad Request: message text is empty"),
    "text_too_long": Rule(400, "Bad Request: message is too long", MessageLimit.MAX_TEXT_LENGTH),
    "caption_too_long": Rule(
        400, "Bad Request: message caption is too long", MessageLimit.CAPTION_LENGTH
    ),
    "html_unexpected_lt": Rule(400, _CANT_PARSE + "unexpected '<' at byte offset {at}"),
    "html_unexpected_amp": Rule(400, _CANT_PARSE + "unexpected '&' at byte offset {at}"),
    "html_unsupported_tag": Rule(
        400, _CANT_PARSE + 'unsupported start tag "{tag}" at byte offset {at}'
    ),
    "html_span_class": Rule(
        400, _CANT_PARSE + 'tag "span" must have class "tg-spoiler" at byte offset {at}'
    ),
    "html_end_tag": Rule(
        400, _CANT_PARSE + 'can\'t find end tag corresponding to start tag "{tag}"'
    ),
    # -- inline keyboards -------------------------------------------------------------------
    "keyboard_too_big": Rule(
        400,
        "Bad Request: reply markup is too long",
        InlineKeyboardMarkupLimit.TOTAL_BUTTON_NUMBER,  # and BUTTONS_PER_ROW in a row
    ),
    "button_data_invalid": Rule(
        400, "Bad Request: BUTTON_DATA_INVALID", InlineKeyboardButtonLimit.MAX_CALLBACK_DATA
    ),
    "button_text_missing": Rule(
        400,
        'Bad Request: can\'t parse inline keyboard button: Field "text" must be of type String',
    ),
    # a web_app button opens a Mini App: only in the private chat between the user and the bot,
    # and only at an HTTPS address (the same for the menu button, setChatMenuButton)
    "web_app_button_invalid": Rule(400, "Bad Request: BUTTON_TYPE_INVALID"),
    "button_no_action": Rule(
        400,
        "Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the "
        "inline keyboard",
    ),
    # -- chats: who the bot may write to ----------------------------------------------------
    "chat_not_found": Rule(400, "Bad Request: chat not found"),
    "user_not_started": Rule(403, "Forbidden: bot can't initiate conversation with a user"),
    "user_blocked": Rule(403, "Forbidden: bot was blocked by the user"),
    "group_kicked": Rule(403, "Forbidden: bot was kicked from the group chat"),
    "group_not_member": Rule(403, "Forbidden: bot is not a member of the group chat"),
    # Telegram documents no limit for edits; counting them in the chat's own windows (1/s, 20/min
    # in a group, 30/s overall: bot.flood_limits) is the stricter reasonable rule.
    "too_many_requests": Rule(429, "Too Many Requests: retry after {retry}"),
    # -- edits and deletes ------------------------------------------------------------------
    "edit_not_found": Rule(400, "Bad Request: message to edit not found"),
    "edit_no_text": Rule(400, "Bad Request: there is no text in the message to edit"),
    "not_modified": Rule(
        400,
        "Bad Request: message is not modified: specified new message content and reply markup "
        "are exactly the same as a current content and reply markup of the message",
    ),
    "delete_not_found": Rule(400, "Bad Request: message to delete not found"),
    # -- files ------------------------------------------------------------------------------
    "file_missing": Rule(400, "Bad Request: there is no {kind} in the request"),
    "file_empty": Rule(400, "Bad Request: file must be non-empty"),
    "document_too_big": Rule(413, "Request Entity Too Large", FileSizeLimit.FILESIZE_UPLOAD),
    # Telegram documents the 10 MB but not the answer past it: refused as a bad request.
    "photo_too_big": Rule(400, "Bad Request: file is too big", FileSizeLimit.PHOTOSIZE_UPLOAD),
    "file_id_invalid": Rule(400, "Bad Request: wrong file identifier/HTTP URL specified"),
    "file_type_mismatch": Rule(400, "Bad Request: type of file mismatch"),
    # getFile: an id Telegram never gave; bots download at most 20 MB
    "get_file_invalid": Rule(400, "Bad Request: invalid file_id"),
    "get_file_too_big": Rule(400, "Bad Request: file is too big", FileSizeLimit.FILESIZE_DOWNLOAD),
    # -- callback and inline queries --------------------------------------------------------
    "query_invalid": Rule(
        400,
        "Bad Request: query is too old and response timeout expired or query ID is invalid",
        CALLBACK_ANSWER_SECONDS,  # and a query is answered once only
    ),
    "answer_too_long": Rule(
        400, "Bad Request: MESSAGE_TOO_LONG", CallbackQueryLimit.ANSWER_CALLBACK_QUERY_TEXT_LENGTH
    ),
    "inline_results_too_many": Rule(
        400, "Bad Request: RESULTS_TOO_MUCH", InlineQueryLimit.RESULTS
    ),
    # -- bot commands (setMyCommands) -------------------------------------------------------
    "command_invalid": Rule(400, "Bad Request: BOT_COMMAND_INVALID", BotCommandLimit.MAX_COMMAND),
    "command_description_invalid": Rule(
        400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID", BotCommandLimit.MAX_DESCRIPTION
    ),
    "commands_too_many": Rule(
        400, "Bad Request: BOT_COMMANDS_TOO_MUCH", BotCommandLimit.MAX_COMMAND_NUMBER
    ),
    # -- the rest ---------------------------------------------------------------------------
    "webhook_not_https": Rule(
        400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook"
    ),
    "unknown_method": Rule(404, "Not Found"),
}


class ApiError(Exception):
    def __init__(self, code: int, description: str, retry_after: int | None = None):
        super().__init__(description)
        self.code, self.description, self.retry_after = code, description, retry_after


def refuse(rule: str, retry_after: int | None = None, **fields: Any) -> ApiError:
    """The refusal RULES[rule] names, ready to raise."""
    spec = RULES[rule]
    return ApiError(spec.code, spec.description.format(**fields), retry_after)


# -- HTML, parsed as Telegram does --------------------------------------------------------------
ENTITY_OF_TAG = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "span": "spoiler",
    "tg-spoiler": "spoiler",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
}
ALLOWED_TAGS = set(ENTITY_OF_TAG)
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^<>]*)?)>")
_ATTR = re.compile(r"""([a-zA-Z-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+)))?""")
_MARKUP = re.compile(r"[<&]")
_ENTITY = re.compile(r"&(?:lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);")


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _byte_offset(text: str, pos: int) -> int:
    """Where a refusal points, in UTF-8 bytes, as Telegram says it: counted only for a refusal
    (encoding the text up to each step of the parse made a long reply quadratic)."""
    return len(text[:pos].encode("utf-8"))


def _attrs(raw: str) -> dict[str, str]:
    return {
        m.group(1).lower(): unescape(m.group(2) or m.group(3) or m.group(4) or "")
        for m in _ATTR.finditer(raw)
    }


def render_html(text: str) -> tuple[str, list[dict]]:
    """The text as Telegram shows it and its entities (offsets in UTF-16 units, as Telegram
    counts); raises ApiError like Telegram on malformed markup. Telegram also finds links,
    commands and mentions in plain text: not modelled, no bot reads them back.
    """
    out: list[str] = []
    stack: list[tuple[str, int, dict]] = []  # tag, start (UTF-16), attributes
    entities: list[dict] = []
    pos, length, end = 0, 0, len(text)
    # Plain text runs from one markup character to the next, each taken in one step; their
    # UTF-16 length is counted when a tag needs an offset (one encoding a run of text, not one
    # a piece: this check runs on every reply the emulator takes, the bench's included)
    pending = 0  # where the text not yet counted in `length` starts, in `out`
    while pos < end:
        nxt = _MARKUP.search(text, pos)
        stop = nxt.start() if nxt else end
        if stop > pos:
            out.append(text[pos:stop])
            pos = stop
            if pos == end:
                break
        if text[pos] == "&":
            m = _ENTITY.match(text, pos)
            if not m:
                raise refuse("html_unexpected_amp", at=_byte_offset(text, pos))
            out.append(unescape(m.group(0)))
            pos = m.end()
            continue
        m = _TAG.match(text, pos)
        if not m:
            raise refuse("html_unexpected_lt", at=_byte_offset(text, pos))
        closing, tag, raw = m.group(1, 2, 3)
        tag = tag.lower()
        if tag not in ALLOWED_TAGS:
            raise refuse("html_unsupported_tag", tag=tag, at=_byte_offset(text, pos))
        if pending < len(out):
            length += _utf16("".join(out[pending:]))
            pending = len(out)
        if closing:
            if not stack or stack[-1][0] != tag:
                raise refuse("html_end_tag", tag=stack[-1][0] if stack else tag)
            _, start, opened = stack.pop()
            entity = _entity(tag, opened, start, length - start, stack)
            if entity:
                entities.append(entity)
        else:
            attrs = _attrs(raw) if raw else {}
            if tag == "span" and attrs.get("class") != "tg-spoiler":
                raise refuse("html_span_class", at=_byte_offset(text, pos))
            stack.append((tag, length, attrs))
        pos = m.end()
    if stack:
        raise refuse("html_end_tag", tag=stack[-1][0])
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return "".join(out), entities


def _entity(tag: str, attrs: dict, offset: int, length: int, outer: list) -> dict | None:
    if length <= 0:
        return None  # Telegram drops empty entities
    kind = ENTITY_OF_TAG[tag]
    entity: dict[str, Any] = {"type": kind, "offset": offset, "length": length}
    if kind == "code" and outer and outer[-1][0] == "pre":
        # <pre><code class="language-x"> is one pre entity with its language
        language = attrs.get("class", "")
        if language.startswith("language-"):
            outer[-1][2]["language"] = language.removeprefix("language-")
        return None
    if kind == "pre" and attrs.get("language"):
        entity["language"] = attrs["language"]
    if kind == "text_link":
        if not attrs.get("href"):
            return None
        entity["url"] = attrs["href"]
    if kind == "blockquote" and "expandable" in attrs:
        entity["type"] = "expandable_blockquote"
    if kind == "custom_emoji":
        entity["custom_emoji_id"] = attrs.get("emoji-id", "")
    return entity


def parse_html(text: str) -> str:
    """The text as Telegram shows it; raises ApiError like Telegram on malformed markup."""
    return render_html(text)[0]


def check_text(text: Any, parse_mode: str | None) -> tuple[str, list[dict]]:
    """The text as shown and its entities; refused when empty, malformed, or over 4096 shown
    characters.
    """
    shown, entities = _shown(text, parse_mode)
    if len(shown) > MessageLimit.MAX_TEXT_LENGTH:
        raise refuse("text_too_long")
    return shown, entities


def check_caption(caption: Any, parse_mode: str | None) -> tuple[str, list[dict]]:
    """A document's or photo's caption as shown; refused when malformed or over 1024 shown
    characters.
    """
    shown, entities = _shown(caption, parse_mode)
    if len(shown) > MessageLimit.CAPTION_LENGTH:
        raise refuse("caption_too_long")
    return shown, entities


def _shown(text: Any, parse_mode: str | None) -> tuple[str, list[dict]]:
    if not isinstance(text, str) or not text.strip():
        raise refuse("text_empty")
    shown, entities = render_html(text) if (parse_mode or "").upper() == "HTML" else (text, [])
    if not shown.strip():
        raise refuse("text_empty")
    return shown, entities


# Any of these makes an inline button do something; a button with none is refused.
BUTTON_ACTIONS = (
    "callback_data",
    "url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "web_app",
    "login_url",
    "copy_text",
    "pay",
    "callback_game",
)


def check_markup(markup: Any, chat_id: int | None = None) -> list[list[dict]]:
    """The keyboard's rows, refused as Telegram refuses them; `chat_id` is the chat it goes to
    (a group's is negative: no web_app button there)."""
    if not markup:
        return []
    if isinstance(markup, str):
        markup = json.loads(markup)
    rows = markup.get("inline_keyboard") or []
    if sum(len(row) for row in rows) > InlineKeyboardMarkupLimit.TOTAL_BUTTON_NUMBER or any(
        len(row) > InlineKeyboardMarkupLimit.BUTTONS_PER_ROW for row in rows
    ):
        raise refuse("keyboard_too_big")
    for row in rows:
        for button in row:
            if not isinstance(button.get("text"), str) or not button["text"]:
                raise refuse("button_text_missing")
            if not any(button.get(action) is not None for action in BUTTON_ACTIONS):
                raise refuse("button_no_action")
            if button.get("web_app") is not None:
                check_web_app(button["web_app"], chat_id)
            data = button.get("callback_data")
            if data is not None and not (
                InlineKeyboardButtonLimit.MIN_CALLBACK_DATA
                <= len(data.encode("utf-8"))
                <= InlineKeyboardButtonLimit.MAX_CALLBACK_DATA
            ):
                raise refuse("button_data_invalid")
    return rows


def check_web_app(web_app: Any, chat_id: int | None) -> None:
    """A Mini App opens only in a private chat with the bot, and only at an HTTPS address."""
    url = web_app.get("url") if isinstance(web_app, dict) else None
    private = chat_id is None or chat_id > 0
    if not private or not isinstance(url, str) or not url.startswith("https://"):
        raise refuse("web_app_button_invalid")


_COMMAND = re.compile(r"[a-z0-9_]+")


def check_commands(commands: Any) -> list[dict]:
    if isinstance(commands, str):
        commands = json.loads(commands)
    commands = list(commands or [])
    if len(commands) > BotCommandLimit.MAX_COMMAND_NUMBER:
        raise refuse("commands_too_many")
    for command in commands:
        name, description = command.get("command") or "", command.get("description") or ""
        if not (
            BotCommandLimit.MIN_COMMAND <= len(name) <= BotCommandLimit.MAX_COMMAND
            and _COMMAND.fullmatch(name)
        ):
            raise refuse("command_invalid")
        if not (
            BotCommandLimit.MIN_DESCRIPTION
            <= len(description.strip())
            <= len(description)
            <= BotCommandLimit.MAX_DESCRIPTION
        ):
            raise refuse("command_description_invalid")
    return commands
