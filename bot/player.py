"""Plays a conversation through the emulator against the real Application: scripts, tests, the
console.

The player runs on virtual time by default (bot.clock.VirtualTime), shared by the emulator and the
rate limiter: when the limiter waits for a rate window (a second per chat, a minute per group) or
backs off after a 429, the clock moves on at once, and the emulator still counts every message in
Telegram's windows, so a test proves the bot keeps to them without waiting real seconds.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path

from telegram import Update
from telegram.ext import Application

from bot.app import build_application, build_services, post_init, post_shutdown
from bot.clock import TZ, Clock, TimeSource, VirtualTime
from bot.config import Config
from bot.emulator import Emulator, EmulatorRequest, Faults
from bot.os_errors import why_unreadable
from bot.ratelimit import TelegramLimits
from bot.reminder_jobs import heartbeat
from bot.script_file import clock_moment
from knowledge.reader.ask import default_assistant

_USER = re.compile(r"^(?:g(-?\d+)\s+)?(\d+)(?:\s+([^>]*?))?\s*>\s?(.*)$")
_UPLOAD = re.compile(r"^(?:g(-?\d+)\s+)?(\d+)(?:\s+([^<>]*?))?\s*<\s*(\S.*)$")
_MIME = {
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".txt": "text/plain",
    ".csv": "text/csv",
}
_PERSON = re.compile(r"^!\s*(never-opened|blocked)\s+(\d+)$")
_BUTTON = re.compile(r"^\[(.+)\]$")
# "! restart", or "! restart @ 2021-06-21 08:00": down until that moment, then started again
_RESTART = re.compile(r"^!\s*restart(?:\s+(@.*))?$")


def tick_moments(
    now: datetime, moment: datetime, hour: time, working: Callable[[date], bool]
) -> list[datetime]:
    """The daily ticks a clock moved from `now` to `moment` passes over, before `moment`: each
    working day's hour (a day off has no tick of its own; the next working day's plans it)."""
    found = []
    day = now.date()
    while day <= moment.date():
        tick = datetime.combine(day, hour, tzinfo=TZ)
        if now < tick < moment and working(day):
            found.append(tick)
        day += timedelta(days=1)
    return found


RECORD_KEYS = ("at", "method", "chat_id", "text", "buttons", "file", "error")


class ScriptError(ValueError):
    pass


class Player:
    def __init__(
        self,
        database: str,
        admins: list[int],
        province: str = "tuyen-quang",
        files_dir: str | Path | None = None,
        faults: Faults | None = None,
        limiter=None,
        journal: str | Path | None = None,
        time: TimeSource | None = None,
        settle: bool = False,
        daily_ticks: bool = False,
    ):
        self.clock = Clock()
        # Real time only where real processes race each other (tests/e2e/tick_worker.py) or a
        # benchmark measures the pacing itself.
        self.time = time if time is not None else VirtualTime()
        self.emulator = Emulator(self.clock, files_dir, faults, journal, self.time)
        # The admins set the bot up and opened it; everyone else opens it by writing to it. A
        # script says otherwise with never_opened().
        self.emulator.started.update(admins)
        self.config = Config(database=database, admins=list(admins), province=province)
        self.assistant = default_assistant()
        # One limiter for the player's life: Telegram's counters do not reset when the bot
        # restarts.
        self.limiter = limiter or TelegramLimits(time=self.time)
        self.app: Application | None = None
        self.base_dir: Path | None = None  # a script's relative file paths are read from here
        self.settle = settle  # freeze the start-up heap, as `python -m bot run` does (a bench)
        # `demo --db` on a database of an earlier run: its officers opened the bot then (the
        # emulator's memory of who did is this process's; a second run 403-ed them all)
        self.opened_from_database = False
        # someone wrote to the bot: from then a clock line runs each day's tick on its day
        self.spoken = False
        # True (the demos): a clock line runs each working day's tick on its day. False (the
        # tests' default): one tick at its moment, the days between caught up by it as after a
        # downtime — a tick a day stepped over cost the suite a third of its CPU; tests of the
        # day-by-day clock mark themselves `daily_ticks` (tests/conftest.py)
        self.daily_ticks = daily_ticks

    async def start(self) -> None:
        services = build_services(self.config, self.clock, self.assistant)
        if self.opened_from_database:
            self.emulator.started.update(services.reminders.opened_chats())
        app = build_application(
            services,
            EmulatorRequest(self.emulator),
            self.limiter,
            settle=self.settle,
            one_core=self.config.one_core,
        )
        self.app = app
        await app.initialize()
        await app.start()
        await post_init(app)

    async def stop(self) -> None:
        if self.app is not None:
            await self.app.stop()
            await self.app.shutdown()
            await post_shutdown(self.app)
            self.app = None

    async def __aenter__(self):
        await self.start()
        return self

    async def __aexit__(self, *exc):
        await self.stop()

    async def deliver(self, update: dict | None) -> None:
        self.spoken = True
        if not update:  # nothing reaches the bot (a link or a Mini App button was pressed)
            return
        self.emulator.updates.clear()  # delivered directly, not through getUpdates
        assert self.app is not None, "the player is not started"
        await self.app.process_update(Update.de_json(update, self.app.bot))

    def latest(self, chat_id: int) -> dict:
        """The bot's latest message in the chat: what a reply (`>>`, `<<`) answers."""
        sent = self.emulator.messages.get(chat_id)
        if not sent:
            raise ScriptError(f"chưa có tin nhắn nào của bot trong chat {chat_id} để trả lời")
        return sent[-1]

    async def send(
        self,
        user_id: int,
        text: str,
        chat_id: int | None = None,
        name: str | None = None,
        reply_to: dict | None = None,
    ) -> list[dict]:
        start = len(self.emulator.calls)
        if reply_to is not None:
            await self.deliver(
                self.emulator.user_message(user_id, text, chat_id, name, reply_to=reply_to)
            )
            return self.emulator.calls[start:]
        button = _BUTTON.match(text.strip())
        if button:
            update = self.emulator.press(user_id, button.group(1), chat_id, name)
            if update is None:
                raise ScriptError(
                    f"không có nút [{button.group(1)}] trong chat {chat_id or user_id}"
                )
            await self.deliver(update)
        else:
            await self.deliver(self.emulator.user_message(user_id, text, chat_id, name))
        return self.emulator.calls[start:]

    async def upload(
        self,
        user_id: int,
        file_name: str,
        content: bytes,
        chat_id: int | None = None,
        mime_type: str | None = None,
        name: str | None = None,
        caption: str | None = None,
        reply_to: dict | None = None,
    ) -> list[dict]:
        """A user sends a document (a filled form, a letter, a table), with a caption or as a
        reply to a message the bot sent (`reply_to`, as the emulator keeps it)."""
        start = len(self.emulator.calls)
        kind = mime_type or _MIME.get(Path(file_name).suffix.lower(), "application/octet-stream")
        await self.deliver(
            self.emulator.user_document(
                user_id,
                file_name,
                content,
                chat_id,
                mime_type=kind,
                caption=caption,
                name=name,
                reply_to=reply_to,
            )
        )
        return self.emulator.calls[start:]

    async def send_file(
        self,
        user_id: int,
        path: str,
        chat_id: int | None = None,
        name: str | None = None,
        reply_to: dict | None = None,
    ) -> list[dict]:
        """A script's `ID [Name] < PATH`: that user sends the file at PATH as a document."""
        file = Path(path).expanduser()
        if self.base_dir is not None and not file.is_absolute():
            file = self.base_dir / file
        try:
            content = file.read_bytes()
        except OSError as exc:
            raise ScriptError(f"không đọc được tệp {path}: {why_unreadable(exc)}") from None
        return await self.upload(
            user_id, file.name, content, chat_id, name=name, reply_to=reply_to
        )

    async def forged(self, user_id: int, data: str, chat_id: int | None = None) -> list[dict]:
        """A button press with callback data the user never received."""
        start = len(self.emulator.calls)
        await self.deliver(self.emulator.forged_callback(user_id, data, chat_id))
        return self.emulator.calls[start:]

    async def inline(self, user_id: int, query: str) -> list[dict]:
        start = len(self.emulator.calls)
        await self.deliver(self.emulator.inline_query(user_id, query))
        return self.emulator.calls[start:]

    def never_opened(self, user_id: int) -> None:
        """This user never opened the bot: Telegram refuses to let the bot write first (403) until
        they write to it.
        """
        self.emulator.started.discard(user_id)

    def blocks(self, user_id: int) -> None:
        """This user blocked the bot: every message to them is refused (403)."""
        self.emulator.blocked.add(user_id)

    async def set_clock(self, moment: datetime) -> list[dict]:
        """Move the clock; what falls due in between runs, as the heartbeat job would: each
        working day's tick on its own day, at its hour, in order (ux34 #6: one heartbeat at the
        end took the days between for a bot that was down, "🔁 Nhắc bù: bot không chạy …", and
        bundled their reminders). A bot down meanwhile is `! restart @ …`. Before anyone wrote
        to the bot, a clock line moves where the story starts, as a script's first clock line
        does (`bot/script_file.py` `start_moment`): one tick, not one a day since the start."""
        start = len(self.emulator.calls)
        if self.app is not None and self.spoken and self.daily_ticks:
            desk = self.app.bot_data["services"]
            hour, calendar = desk.config.reminder_time, desk.catalogue.calendar
            for tick in tick_moments(self.clock.now(), moment, hour, calendar.is_working):
                self._move(tick)
                await heartbeat(self.app)
        self._move(moment)
        if self.app is not None:
            await heartbeat(self.app)
        return self.emulator.calls[start:]

    def _move(self, moment: datetime) -> None:
        if isinstance(self.time, VirtualTime):
            # The hours between two script lines pass for the rate windows too (on real time they
            # pass by themselves, or not at all).
            self.time.advance((moment - self.clock.now()).total_seconds())
        self.clock.set(moment)

    async def restart(self, moment: datetime | None = None) -> None:
        """Stop the bot and start it again; `moment`: it was down until then (the clock moves
        with no heartbeat), so its start catches up the days missed, as after a real outage."""
        await self.stop()
        if moment is not None:
            self._move(moment)
        await self.start()

    async def line(self, raw: str) -> list[dict]:
        """Play one script line; returns the Bot API calls it caused."""
        text = raw.rstrip("\n")
        stripped = text.strip()
        if not stripped or stripped.startswith("#"):
            return []
        moment = clock_moment(stripped)
        if moment is not None:
            return await self.set_clock(moment)
        m = _PERSON.match(stripped)
        if m:
            (self.never_opened if m.group(1) == "never-opened" else self.blocks)(int(m.group(2)))
            return []
        m = _RESTART.match(stripped)
        if m:
            start = len(self.emulator.calls)
            down_until = clock_moment(m.group(1)) if m.group(1) else None
            if m.group(1) and down_until is None:
                raise ScriptError(f"dòng không hợp lệ: {text!r}")
            await self.restart(down_until)
            return self.emulator.calls[start:]
        # `<<` and `>>`: the file or the text is a reply to the bot's latest message there
        m = _UPLOAD.match(stripped)
        if m and ">" not in stripped.split("<", 1)[0]:
            chat = int(m.group(1)) if m.group(1) else None
            path, user = m.group(4).strip(), int(m.group(2))
            replied = self.latest(chat or user) if path.startswith("<") else None
            path = path[1:].strip() if replied is not None else path
            return await self.send_file(user, path, chat, m.group(3), reply_to=replied)
        m = _USER.match(stripped)
        if not m:
            raise ScriptError(f"dòng không hợp lệ: {text!r}")
        chat = int(m.group(1)) if m.group(1) else None
        said, user = m.group(4), int(m.group(2))
        if said.startswith(">"):
            replied = self.latest(chat or user)
            return await self.send(user, said[1:].strip(), chat, m.group(3) or None, replied)
        return await self.send(user, said, chat, (m.group(3) or None))


def public(call: dict) -> dict:
    return {k: call.get(k) for k in RECORD_KEYS}
