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
from datetime import date, datetime, time, timedelta

from telegram.constants import MessageLimit
from telegram.error import Forbidden, TelegramError
from telegram.ext import Application, ContextTypes

from db.models import DeliveryState
from handlers.common import keyboard
from handlers.context import Services
from handlers.handins import DIGEST_BUTTONS
from handlers.notices import reachable, unreachable
from knowledge.deliverables.digest import build_digest, digest_message, is_digest_day
from knowledge.deliverables.tracking import missing_by_unit, track
from knowledge.render.messages import split_message
from knowledge.render.reminder_text import reminder_message
from knowledge.render.tracking_text import nudge_message
from knowledge.rules.reminders import plan_day, still_open
from knowledge.rules.standing import Mark
from knowledge.rules.standing import marks_of as marks_from_changes

log = logging.getLogger(__name__)
# a bot down longer than a month starts afresh rather than sending a month of backlog
MAX_CATCHUP_DAYS = 31
CONCURRENT_SENDS = 30  # the limiter paces them; concurrency only hides the network round trip
DIGEST_AGENCY = "*digest*"
CLAIM_BATCH = 200  # rows per claim: small enough for two processes to share a tick


@dataclass
class TickReport:
    days: list[date] = field(default_factory=list)
    recorded: int = 0
    sent_chats: int = 0
    failed_chats: int = 0
    blocked_chats: list[int] = field(default_factory=list)
    dropped: int = 0


def marks_of(svc: Services) -> dict[tuple[str, str], Mark]:
    return marks_from_changes(svc.repo.current_all())


def days_to_tick(last: date | None, now: datetime, hour: time) -> list[date]:
    """The tick days not yet planned: today once the hour has passed, and the days missed since the
    last one.
    """
    past_hour = now.timetz().replace(tzinfo=None) >= hour
    latest = now.date() if past_hour else now.date() - timedelta(days=1)
    if last is None or last > now.date():
        # First start, or a clock set back (a demo replaying 2021): today's tick once its hour has
        # come, and no
        # backlog from before the bot existed.
        return [now.date()] if past_hour else []
    if last > latest:
        return []
    first = max(last + timedelta(days=1), latest - timedelta(days=MAX_CATCHUP_DAYS - 1))
    return [first + timedelta(days=i) for i in range((latest - first).days + 1)]


def record_day(svc: Services, day: date, marks: dict, recipients: dict[str, list[int]]) -> int:
    """Write down every reminder the day owes, to every chat of the agency; returns how many are
    new.
    """
    entries = []
    for reminder in plan_day(svc.assistant.catalogue, svc.province, marks, day, svc.config.policy):
        keys = ",".join(reminder.keys)
        for chat_id in recipients.get(reminder.agency, []):
            entries.append(
                {
                    # the agency too: a group following two agencies owes each its reminder of a
                    # task they share (same due date, same keys)
                    "uniq": f"{svc.config.province}|{chat_id}|{reminder.due.isoformat()}|{keys}|"
                    f"{reminder.offset}|{reminder.agency}",
                    "chat_id": chat_id,
                    "day": day,
                    "agency": reminder.agency,
                    "due": reminder.due,
                    "offset": reminder.offset,
                    "keys": keys,
                }
            )
    return svc.reminders.record(entries, svc.clock.now())


def record_digest(svc: Services, day: date, marks: dict) -> int:
    """The coordinator's digest on the days of its cadence (knowledge/deliverables/digest.py),
    when it has
    something to say.
    """
    catalogue, province = svc.assistant.catalogue, svc.province
    if not svc.config.admins or not is_digest_day(
        day, province, catalogue.calendar, svc.config.digest
    ):
        return 0
    found = build_digest(catalogue, province, marks, day)
    if found.empty:
        return 0
    keys = ",".join([*(t.task.id for t in found.documents), *found.late, *found.soon])
    admins = [a for a in svc.config.admins if reachable(svc, a)]
    rows = [
        {
            "uniq": f"{svc.config.province}|{admin}|digest|{day.isoformat()}",
            "chat_id": admin,
            "day": day,
            "agency": DIGEST_AGENCY,
            "due": day,
            "offset": 0,
            "keys": keys.replace(",", ";"),
        }
        for admin in admins
    ]
    return svc.reminders.record(rows, svc.clock.now())


async def run_due_ticks(app: Application, catch_up: bool = False) -> TickReport:
    """Plan every tick that is due and not yet planned, then deliver everything owed. Safe to call
    any time.
    """
    svc: Services = app.bot_data["services"]
    async with app.bot_data.setdefault("tick_lock", asyncio.Lock()):
        svc.sync_table(force=True)  # remind from the assignment table in force
        now = svc.clock.now()
        report = TickReport()
        if catch_up:
            svc.reminders.recover(now, everything=svc.config.single_instance)
        else:
            svc.reminders.recover(now)
        report.days = days_to_tick(svc.reminders.last_tick(), now, svc.config.reminder_time)
        marks = marks_of(svc)
        if report.days:
            recipients = svc.reminders.recipients()
            for day in report.days:
                report.recorded += record_day(svc, day, marks, recipients)
            report.recorded += record_digest(svc, report.days[-1], marks)
            svc.reminders.set_last_tick(report.days[-1])
        if svc.assistant.catalogue.calendar.is_working(now.date()):
            if report.days:  # a new tick: what failed at the last one is owed again
                svc.reminders.requeue()
            await deliver(app, svc, report, marks)
        return report


async def deliver(app: Application, svc: Services, report: TickReport, marks: dict) -> None:
    """Claim batches of owed reminders until none is left; another process may be claiming beside
    us.
    """
    statuses = {k: m.status for k, m in marks.items()}
    gate = asyncio.Semaphore(CONCURRENT_SENDS)

    async def one(chat_id: int, items: list) -> None:
        async with gate:
            await send_chat(app, svc, chat_id, items, marks, statuses, report)

    while True:
        owed = svc.reminders.claim(uuid.uuid4().hex, svc.clock.now(), CLAIM_BATCH)
        if not owed:
            return
        by_chat: dict[int, list] = {}
        for item in owed:
            by_chat.setdefault(item.chat_id, []).append(item)
        await asyncio.gather(*(one(chat_id, items) for chat_id, items in by_chat.items()))


async def send_chat(
    app: Application,
    svc: Services,
    chat_id: int,
    items: list,
    marks: dict,
    statuses: dict,
    report: TickReport,
) -> None:
    today = svc.clock.now().date()
    catalogue, province = svc.assistant.catalogue, svc.province
    texts: list[tuple[str, list | None]] = []  # (text, buttons under its last part)
    keep, drop = [], []
    reminders = [i for i in items if i.agency != DIGEST_AGENCY and not i.nudge]
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
        owed = [u for u in missing.get(unit, []) if u.task.id in asked]
        if owed:
            texts.append((nudge_message(province, unit, owed, today), None))
            keep += [i.id for i in mine]
        else:
            drop += [i.id for i in mine]
    for agency in sorted({i.agency for i in reminders}):
        grouped: dict[date, list[str]] = {}
        for item in (i for i in reminders if i.agency == agency):
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
        svc.reminders.finish(drop, DeliveryState.DROPPED)
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
        svc.reminders.finish(keep, DeliveryState.BLOCKED)
        report.blocked_chats.append(chat_id)
        what = "nhắc hạn" if reminders or nudges else "bản tổng hợp cho điều phối"
        await unreachable(app.bot, svc, chat_id, exc, what)
        return
    except TelegramError as exc:
        log.warning("reminder to %s not sent (%s): owed again at the next tick", chat_id, exc)
        svc.reminders.release(keep)
        report.failed_chats += 1
        return
    svc.reminders.finish(keep, DeliveryState.SENT, svc.clock.now())
    report.sent_chats += 1


async def deliver_owed(app: Application) -> TickReport:
    """Deliver what the log owes now, outside the daily tick: the reminders of missing documents
    the coordinator has just recorded. The same claims as a tick, so nothing goes twice.
    """
    svc: Services = app.bot_data["services"]
    async with app.bot_data.setdefault("tick_lock", asyncio.Lock()):
        report = TickReport()
        await deliver(app, svc, report, marks_of(svc))
        return report


async def daily_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    await run_due_ticks(context.application)


async def start_reminders(app: Application) -> None:
    """At start: catch up missed ticks, then tick every day at the configured hour."""
    svc: Services = app.bot_data["services"]
    await run_due_ticks(app, catch_up=True)
    if app.job_queue is not None:
        app.job_queue.run_daily(daily_job, svc.config.reminder_time, name="reminders-daily")
