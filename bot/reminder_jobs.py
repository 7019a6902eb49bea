"""Delivering reminders: the daily tick, the catch-up at start, exactly once per chat and deadline.

A tick plans the day's reminders in the core, records every (chat, deadline, rows, offset) it owes
before sending anything, then sends one message per chat and marks the records when Telegram
accepts. A restart or a second process finds them recorded and sends nothing twice; a failed send
stays owed for the next tick. A 403 (a user who never opened the bot or blocked it, a group that
removed it) is final: the chat is marked inactive and the admins are told once (handlers.notices).
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from dataclasses import dataclass, field
from datetime import date

from telegram.constants import MessageLimit
from telegram.error import Forbidden, TelegramError
from telegram.ext import Application, ContextTypes

from handlers.common import Buttons, keyboard
from handlers.handins import DIGEST_BUTTONS
from handlers.notices import unreachable
from knowledge.deliverables.digest import build_digest, digest_message
from knowledge.deliverables.tracking import missing_by_unit, track
from knowledge.render.messages import split_message
from knowledge.render.reminder_text import reminder_message
from knowledge.render.tracking_text import nudge_message
from knowledge.rules.reminders import still_open
from usecases import reminders
from usecases.desk import Desk
from usecases.reminders import (
    DIGEST_AGENCY,
    MAX_CATCHUP_DAYS,
    DeliveryState,
    Marks,
    Owed,
    days_to_tick,
)

__all__ = ["MAX_CATCHUP_DAYS", "days_to_tick"]

log = logging.getLogger(__name__)
CONCURRENT_SENDS = 30  # the limiter paces them; concurrency only hides the network round trip
CLAIM_BATCH = 200  # rows per claim: small enough for two processes to share a tick


@dataclass
class TickReport:
    days: list[date] = field(default_factory=list)
    recorded: int = 0
    sent_chats: int = 0
    failed_chats: int = 0
    blocked_chats: list[int] = field(default_factory=list)
    dropped: int = 0


async def run_due_ticks(app: Application, catch_up: bool = False) -> TickReport:
    """Plan every tick that is due and not yet planned, then deliver everything owed. Safe to call
    any time. The database work runs off the event loop (usecases/reminders.py).
    """
    desk: Desk = app.bot_data["services"]
    async with app.bot_data.setdefault("tick_lock", asyncio.Lock()):
        tick = await desk.run(reminders.plan_tick, catch_up)
        report = TickReport(days=tick.days, recorded=tick.recorded)
        if tick.deliver:
            await deliver(app, desk, report, tick.marks)
        return report


async def deliver(app: Application, desk: Desk, report: TickReport, marks: Marks) -> None:
    """Claim batches of owed reminders until none is left; another process may be claiming beside
    us.
    """
    statuses = {k: m.status for k, m in marks.items()}
    gate = asyncio.Semaphore(CONCURRENT_SENDS)

    async def one(chat_id: int, items: list[Owed]) -> None:
        async with gate:
            await send_chat(app, desk, chat_id, items, marks, statuses, report)

    while True:
        owed = await desk.run(reminders.claim, uuid.uuid4().hex, CLAIM_BATCH)
        if not owed:
            return
        by_chat: dict[int, list[Owed]] = {}
        for item in owed:
            by_chat.setdefault(item.chat_id, []).append(item)
        await asyncio.gather(*(one(chat_id, items) for chat_id, items in by_chat.items()))


async def send_chat(
    app: Application,
    desk: Desk,
    chat_id: int,
    items: list[Owed],
    marks: Marks,
    statuses: dict,
    report: TickReport,
) -> None:
    today = desk.clock.now().date()
    catalogue, province = desk.assistant.catalogue, desk.province
    texts: list[tuple[str, Buttons | None]] = []  # (text, buttons under its last part)
    keep, drop = [], []
    due = [i for i in items if i.agency != DIGEST_AGENCY and not i.nudge]
    digests = [i for i in items if i.agency == DIGEST_AGENCY]
    nudges = [i for i in items if i.nudge]
    if digests:
        found = build_digest(catalogue, province, marks, today)
        if not found.empty:
            texts.append((digest_message(catalogue, province, found), DIGEST_BUTTONS))
            keep += [i.id for i in digests]
        else:
            drop += [i.id for i in digests]
    # what is still missing at send time: a document sent meanwhile is not asked for
    missing = missing_by_unit(track(province, marks, today), today) if nudges else {}
    for unit in sorted({i.agency for i in nudges}):
        mine = [i for i in nudges if i.agency == unit]
        asked = {key for i in mine for key in i.keys}
        owed = [u for u in missing.get(unit, []) if u.key in asked]
        if owed:
            texts.append((nudge_message(province, unit, owed, today), None))
            keep += [i.id for i in mine]
        else:
            drop += [i.id for i in mine]
    for agency in sorted({i.agency for i in due}):
        grouped: dict[date, list[str]] = {}
        for item in (i for i in due if i.agency == agency):
            open_keys = [k for k in item.keys if still_open(province, marks, agency, k, item.due)]
            if not open_keys:
                drop.append(item.id)
                continue
            keep.append(item.id)
            bucket = grouped.setdefault(item.due, [])
            bucket += [k for k in open_keys if k not in bucket]
        if grouped:
            texts.append(
                (reminder_message(catalogue, province, agency, grouped, statuses, today), None)
            )
    if drop:
        await desk.run(reminders.settle, drop, DeliveryState.DROPPED)
        report.dropped += len(drop)
    if not keep:
        return
    try:
        for text, buttons in texts:
            parts = split_message(text, MessageLimit.MAX_TEXT_LENGTH)
            for i, part in enumerate(parts):
                markup = keyboard(buttons) if i == len(parts) - 1 else None
                await app.bot.send_message(chat_id, part, reply_markup=markup)
    except Forbidden as exc:
        await desk.run(reminders.settle, keep, DeliveryState.BLOCKED)
        report.blocked_chats.append(chat_id)
        what = "nhắc hạn" if due or nudges else "bản tổng hợp cho điều phối"
        await unreachable(app.bot, desk, chat_id, exc, what)
        return
    except TelegramError as exc:
        log.warning("reminder to %s not sent (%s): owed again at the next tick", chat_id, exc)
        await desk.run(reminders.release, keep)
        report.failed_chats += 1
        return
    await desk.run(reminders.settle, keep, DeliveryState.SENT)
    report.sent_chats += 1


async def deliver_owed(app: Application) -> TickReport:
    """Deliver what the log owes now, outside the daily tick: the reminders of missing documents
    the coordinator has just recorded. The same claims as a tick, so nothing goes twice.
    """
    desk: Desk = app.bot_data["services"]
    async with app.bot_data.setdefault("tick_lock", asyncio.Lock()):
        report = TickReport()
        await deliver(app, desk, report, await desk.run(reminders.current_marks))
        return report


async def daily_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    await run_due_ticks(context.application)


async def start_reminders(app: Application) -> None:
    """At start: catch up missed ticks, then tick every day at the configured hour."""
    desk: Desk = app.bot_data["services"]
    await run_due_ticks(app, catch_up=True)
    if app.job_queue is not None:
        app.job_queue.run_daily(daily_job, desk.config.reminder_time, name="reminders-daily")
