"""What keeps reminders going when things fail: who this instance is (the owner of its claims),
keeping its leases while it sends, the admins told of reminders that never went on their day,
and a tick that failed (the database down) retried with back-off and reported when its day ends.
Used by bot/reminder_jobs.py.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy.exc import SQLAlchemyError
from telegram.error import RetryAfter, TelegramError
from telegram.ext import Application

from handlers.notices import notify
from knowledge.messages.markup import plain_key
from knowledge.render.answers import esc
from usecases import reminders
from usecases.desk import Desk
from usecases.reminders import DIGEST_AGENCY, Failed, backoff

log = logging.getLogger(__name__)
RENEW_LOOK = 0.1  # real seconds between two looks at the leases while sending (no query)
DATABASE_DOWN = (SQLAlchemyError, OSError)


def instance_id() -> str:
    """Who claims: this process, told apart from its own earlier lives and from other hosts."""
    return f"{socket.gethostname()[:40]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


@dataclass
class TickTrouble:
    """A tick that failed (the database unreachable): retried with back-off, reported once when
    its day is over. Kept in memory: it is about this instance's ticks, and the database that
    would keep it is what is down.
    """

    since: datetime | None = None
    attempts: int = 0
    retry_at: datetime | None = None
    reported: date | None = None
    error: str = ""


class Leases:
    """While an instance sends, its claims are renewed every third of a lease (of the bot's
    clock, looked at every RENEW_LOOK of real time): a batch held up by 429s, or a catch-up tick
    that runs before the job queue has started, keeps its claims.
    """

    def __init__(self, desk: Desk, owner: str):
        self.desk, self.owner = desk, owner
        self.renewed = desk.clock.now()

    async def renew(self) -> None:
        self.renewed = self.desk.clock.now()
        await self.desk.run(reminders.renew, self.owner)

    async def keep(self) -> None:
        while True:
            await asyncio.sleep(RENEW_LOOK)
            if self.desk.clock.now() - self.renewed >= self.desk.reminders.lease / 3:
                try:
                    await self.renew()
                except DATABASE_DOWN as exc:  # the next look tries again; the lease has time
                    log.warning("reminder leases not renewed: %s", type(exc).__name__)


def retry_after(exc: TelegramError) -> timedelta:
    """How long Telegram asked us to wait (a 429), nothing for any other error."""
    if not isinstance(exc, RetryAfter):
        return timedelta(0)
    delay = exc.retry_after
    return delay if isinstance(delay, timedelta) else timedelta(seconds=float(delay))


async def report_failed(
    app: Application,
    desk: Desk,
    failed: list[Failed],
    day: date | None = None,
    why: str = "",
) -> int:
    """Tell the admins, once, which reminders never went on their day (`day`, else the day their
    last retry was set for), to whom, and why if Telegram said (`why`); how many.
    """
    if not failed:
        return 0
    by_chat: dict[int, list[Failed]] = {}
    for row in failed:
        by_chat.setdefault(row.chat_id, []).append(row)
    day = day or (failed[0].retry_at or desk.clock.now()).date()
    how = f"({esc(why)})" if why else "sau nhiều lần thử (Telegram không nhận)"
    lines = [
        f"⚠️ {len(failed)} nhắc hạn không gửi được tới {len(by_chat)} chat trong ngày "
        f"{day.strftime('%d/%m/%Y')} {how}:"
    ]
    for chat_id, rows in sorted(by_chat.items()):
        units = sorted({r.agency for r in rows if r.agency != DIGEST_AGENCY}) or ["tổng hợp"]
        # an occurrence by its short key, as every view names it (one formatter, plain_key)
        keys = [plain_key(k) for k in sorted({k for r in rows for k in r.keys})]
        lines.append(
            f"• <code>{chat_id}</code> — {esc(', '.join(units))}: {esc(', '.join(keys[:8]))}"
            + ("…" if len(keys) > 8 else "")
        )
    text = "\n".join(lines)
    for admin in desk.config.admins:
        if admin not in by_chat:
            await notify(app.bot, desk, admin, text, "báo nhắc hạn không gửi được")
    return len(failed)


async def tick_failed(
    app: Application, desk: Desk, trouble: TickTrouble, now: datetime, exc: Exception
) -> None:
    trouble.since = trouble.since or now
    trouble.attempts += 1
    trouble.retry_at = now + min(backoff(trouble.attempts), timedelta(minutes=5))
    trouble.error = type(exc).__name__
    log.warning(
        "reminder tick failed (%s: %s); retrying at %s",
        trouble.error,
        str(exc).splitlines()[0][:200] if str(exc) else "",
        trouble.retry_at.strftime("%H:%M:%S"),
    )
    if now.date() > trouble.since.date() and trouble.reported != trouble.since.date():
        trouble.reported = trouble.since.date()
        text = (
            f"⚠️ Nhắc hạn ngày {trouble.since.strftime('%d/%m/%Y')} chưa chạy được: không truy "
            f"cập được cơ sở dữ liệu từ {trouble.since.strftime('%H:%M')} ({trouble.attempts} "
            "lần thử). Bot vẫn thử lại; khi được, các nhắc hạn còn nợ sẽ được gửi."
        )
        for admin in desk.config.admins:
            try:  # not through notify(): it reads the database, which is down
                await app.bot.send_message(admin, text)
            except TelegramError as err:
                log.warning("admin %s not told of the failed tick: %s", admin, err)
