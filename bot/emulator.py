"""A local emulator of the Telegram Bot API, plugged into python-telegram-bot as its request
object.

It behaves like Telegram where the bot could get it wrong, refusing with Telegram's code and
description what the table bot.telegram_rules.RULES lists: text over 4096 characters, malformed
HTML, bad keyboards and commands, a user who never opened the bot or blocked it, a group it is not
in, a callback query answered twice or too late, empty or oversized files, edits that change
nothing. It answers what Telegram answers: plain text with entities, file ids that can be sent
again. It answers 429 with retry_after past 30 messages/s overall, 1 message/s in one chat or 20
messages/minute in one group, edits included (bot.flood_limits), and can inject faults (429, 5xx,
timeouts). Its rate windows run on the time
source it is given: real for `bot run --emulator`, virtual for the player, shared with the bot's
rate limiter so that both sides count the same seconds.
"""

from __future__ import annotations

import json
import os
import random
from collections import defaultdict, deque
from dataclasses import dataclass, field
from pathlib import Path

from telegram.error import TimedOut
from telegram.request import BaseRequest, RequestData

from bot.clock import Clock, RealTime, TimeSource
from bot.emulator_files import FileSide
from bot.emulator_queries import QuerySide
from bot.emulator_settings import SettingsSide
from bot.emulator_uploads import UploadSide
from bot.emulator_users import BOT_USER, UserSide
from bot.flood_limits import SEND_METHODS, windows_for
from bot.telegram_rules import (
    ApiError,
    check_markup,
    check_text,
    refuse,
)

TOLERANCE = 0.05  # seconds: network jitter between the bot's limiter and our clock


@dataclass
class Faults:
    rate: float = 0.0
    kinds: tuple[str, ...] = ("429", "5xx", "timeout")
    seed: int = 7
    rng: random.Random = field(init=False)

    def __post_init__(self):
        self.rng = random.Random(self.seed)

    def draw(self, method: str) -> str | None:
        if self.rate <= 0 or method in ("getMe", "getUpdates", "setMyCommands", "deleteWebhook"):
            return None
        return self.rng.choice(self.kinds) if self.rng.random() < self.rate else None


def _chat_key(chat_id) -> int | None:
    try:
        return int(chat_id)
    except (TypeError, ValueError):
        return None


class Emulator(UserSide, FileSide, UploadSide, QuerySide, SettingsSide):
    def __init__(
        self,
        clock: Clock | None = None,
        files_dir: str | Path | None = None,
        faults: Faults | None = None,
        journal: str | Path | None = None,
        time: TimeSource | None = None,
    ):
        self.clock = clock or Clock()
        self.time = time or RealTime()  # what the rate windows are measured on
        self.files_dir = Path(files_dir) if files_dir else Path("data") / "emulator_files"
        self.faults = faults or Faults()
        self.calls: list[dict] = []  # every Bot API call the bot made, in order
        self.updates: deque[dict] = deque()
        self.messages: dict[int, list[dict]] = defaultdict(list)  # chat -> bot messages
        self.update_id = 0
        self.message_id = 0
        self.windows: dict[tuple, deque] = defaultdict(deque)
        self.blocked: set[int] = set()  # chats that blocked the bot: 403
        # Users who opened the bot (wrote to it, pressed /start or a button in its chat): the only
        # private chats it may write to. The player adds its admins (bot.player).
        self.started: set[int] = set()
        # group -> the bot's status there ("member", "left", "kicked"); a group it has heard from
        # or was added to is "member".
        self.groups: dict[int, str] = {}
        # callback query id -> (when it was pressed, on self.time; answered already)
        self.queries: dict[str, tuple[float, bool]] = {}
        self.files: dict[str, tuple[str, dict, str]] = {}
        # user -> the name a script or test last gave them: Telegram sends it on every update
        self.names: dict[int, str] = {}
        # group chat -> its administrators
        self.group_admins: dict[int, set[int]] = defaultdict(set)
        self.down = False  # Telegram unreachable: every send answers 502
        self.down_chats: set[int] = set()  # sends to these chats answer 502
        self.throttled: dict[int, int] = {}  # chat -> the retry_after of a 429 to every send there
        # off only to measure or stress our own processing, never in behaviour tests
        self.enforce_limits = True
        # Telegram's own record of what it accepted, written before the bot hears back: it outlives
        # a killed bot.
        self.journal = (
            os.open(journal, os.O_WRONLY | os.O_CREAT | os.O_APPEND) if journal else None
        )
        self.commands: list = []
        self.menu_buttons: dict[int | None, dict] = {}  # chat (None: every chat) -> its button
        self.inline_answers: list[list[dict]] = []  # every answerInlineQuery's results, in order
        self.uploads = {}  # files users sent: bot/emulator_uploads.py

    # -- what the bot calls ---------------------------------------------------------------------
    def handle(self, method: str, params: dict, files: dict) -> dict:
        record = {
            "at": self.clock.now().isoformat(timespec="seconds"),
            "method": method,
            "chat_id": params.get("chat_id"),
            "text": params.get("text") or params.get("caption"),
            "buttons": None,
            "file": None,
            "error": None,
        }
        self.calls.append(record)
        try:
            fault = self.faults.draw(method)
            chat = _chat_key(params.get("chat_id"))
            if method in SEND_METHODS and (self.down or chat in self.down_chats):
                fault = "5xx"
            if method in SEND_METHODS and chat in self.throttled:
                record["injected"] = True
                wait = self.throttled[chat]
                raise ApiError(429, f"Too Many Requests: retry after {wait}", retry_after=wait)
            record["injected"] = fault is not None
            if fault == "429":
                raise ApiError(429, "Too Many Requests: retry after 1", retry_after=1)
            if fault == "5xx":
                raise ApiError(502, "Bad Gateway")
            if fault == "timeout":
                record["error"] = "timeout"
                raise TimedOut()
            result = getattr(self, f"api_{method}", self.api_unknown)(params, files, record)
            if self.journal is not None and method in SEND_METHODS:
                line = json.dumps(
                    {"method": method, "chat_id": record["chat_id"], "text": record["text"]},
                    ensure_ascii=False,
                )
                os.write(self.journal, (line + "\n").encode())
            return {"ok": True, "result": result}
        except ApiError as err:
            record["error"] = f"{err.code} {err.description}"
            body = {"ok": False, "error_code": err.code, "description": err.description}
            if err.retry_after is not None:
                body["parameters"] = {"retry_after": err.retry_after}
            return body

    def forget_chat(self, chat_id: int) -> None:
        """The chat's own window (1 message a second) has emptied: for a test whose officer types
        faster than Telegram would let the bot answer (tests/e2e/tick_worker.py).
        """
        self.windows.pop(("chat", chat_id), None)

    def forget_windows(self) -> None:
        """Every rate window has emptied: for a benchmark that starts its measure afresh."""
        self.windows.clear()

    def _rate(self, chat_id: int) -> None:
        if not self.enforce_limits:
            return
        now = self.time.monotonic()
        windows = windows_for(chat_id)
        for key, spec in windows:
            window = self.windows[key]
            while window and window[0] <= now - (spec.period - TOLERANCE):
                window.popleft()
            if len(window) >= spec.limit:
                retry = max(1, int(window[0] + spec.period - now + 0.999))
                raise refuse("too_many_requests", retry_after=retry, retry=retry)
        for key, _ in windows:
            self.windows[key].append(now)

    def _chat(self, params: dict) -> int:
        try:
            chat_id = int(params["chat_id"])
        except (KeyError, TypeError, ValueError):
            raise refuse("chat_not_found") from None
        if chat_id < 0:
            status = self.groups.get(chat_id)
            if status is None:
                raise refuse("chat_not_found")
            if status == "kicked" or chat_id in self.blocked:
                raise refuse("group_kicked")
            if status != "member":
                raise refuse("group_not_member")
        elif chat_id in self.blocked:
            raise refuse("user_blocked")
        elif chat_id not in self.started:
            raise refuse("user_not_started")
        return chat_id

    def _message(self, chat_id: int, extra: dict) -> dict:
        self.message_id += 1
        chat = {"id": chat_id, "type": "group" if chat_id < 0 else "private"}
        if chat_id < 0:
            chat["title"] = f"Nhóm {chat_id}"
        else:
            chat["first_name"] = str(chat_id)
        message = {
            "message_id": self.message_id,
            "date": int(self.clock.now().timestamp()),
            "chat": chat,
            "from": BOT_USER,
            **extra,
        }
        self.messages[chat_id].append(message)
        return message

    def api_getMe(self, params, files, record):
        return BOT_USER

    def api_getUpdates(self, params, files, record):
        offset = int(params.get("offset") or 0)
        while self.updates and self.updates[0]["update_id"] < offset:
            self.updates.popleft()
        return list(self.updates)[: int(params.get("limit") or 100)]

    @staticmethod
    def _content(text: str, entities: list[dict], rows: list[list[dict]]) -> dict:
        """A message's text as Telegram returns it: plain, its entities and its keyboard only
        when there are some.
        """
        content: dict = {"text": text}
        if entities:
            content["entities"] = entities
        if rows:
            content["reply_markup"] = {"inline_keyboard": rows}
        return content

    def api_sendMessage(self, params, files, record):
        chat_id = self._chat(params)
        shown, entities = check_text(params.get("text"), params.get("parse_mode"))
        rows = check_markup(params.get("reply_markup"), chat_id)
        record["buttons"] = [[b["text"] for b in row] for row in rows] or None
        self._rate(chat_id)
        return self._message(chat_id, self._content(shown, entities, rows))

    def api_editMessageText(self, params, files, record):
        chat_id = self._chat(params)
        shown, entities = check_text(params.get("text"), params.get("parse_mode"))
        rows = check_markup(params.get("reply_markup"), chat_id)
        record["buttons"] = [[b["text"] for b in row] for row in rows] or None
        mid = int(params.get("message_id") or 0)
        message = next((m for m in self.messages[chat_id] if m["message_id"] == mid), None)
        if message is None:
            raise refuse("edit_not_found")
        if "text" not in message:
            raise refuse("edit_no_text")
        content = self._content(shown, entities, rows)
        if all(message.get(k) == content.get(k) for k in ("text", "entities", "reply_markup")):
            raise refuse("not_modified")
        self._rate(chat_id)
        # An edit without reply_markup removes the keyboard, as in Telegram.
        for key in ("entities", "reply_markup"):
            message.pop(key, None)
        message.update(content, edit_date=int(self.clock.now().timestamp()))
        return message

    def api_deleteMessage(self, params, files, record):
        chat_id = self._chat(params)
        mid = int(params.get("message_id") or 0)
        before = len(self.messages[chat_id])
        self.messages[chat_id] = [m for m in self.messages[chat_id] if m["message_id"] != mid]
        if len(self.messages[chat_id]) == before:
            raise refuse("delete_not_found")
        return True

    def api_unknown(self, params, files, record):
        raise refuse("unknown_method")

    def refusals(self) -> list[dict]:
        """Calls refused for the bot's own fault (not injected faults)."""
        return [c for c in self.calls if c["error"] and not c.get("injected")]


class EmulatorRequest(BaseRequest):
    """python-telegram-bot's request object, answered by the emulator instead of the network."""

    def __init__(self, emulator: Emulator):
        self.emulator = emulator

    @property
    def read_timeout(self) -> float | None:
        return 5.0

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def do_request(
        self,
        url,
        method,
        request_data: RequestData | None = None,
        read_timeout=None,
        write_timeout=None,
        connect_timeout=None,
        pool_timeout=None,
    ) -> tuple[int, bytes]:
        if "/file/bot" in url:  # a file the bot downloads (File.download_to_memory)
            return self.emulator.download(url)
        api_method = url.rsplit("/", 1)[-1]
        params = dict(request_data.parameters) if request_data else {}
        files = {}
        if request_data and request_data.contains_files:
            for name, part in request_data.multipart_data.items():
                if isinstance(part, tuple) and len(part) >= 2:
                    files[name] = (part[0], part[1])
        body = self.emulator.handle(api_method, params, files)
        status = 200 if body.get("ok") else body["error_code"]
        return status, json.dumps(body).encode("utf-8")
