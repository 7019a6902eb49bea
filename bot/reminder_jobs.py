"""Delivering reminders: the daily tick, the catch-up at start, exactly once per chat and deadline,
across any number of instances on one database.

A tick plans the day's reminders in the core, records every (chat, deadline, rows, offset) it owes
before sending anything, then claims them in batches under a lease (db/delivery_log.py), sends one
message per chat and marks the records when Telegram accepts. A restart or a second instance finds
them recorded and sends nothing twice.

The heartbeat, every HEARTBEAT, is what keeps it going: it renews this instance's leases, takes
over the claims of a dead instance once their lease ran out, runs the tick once its hour has come,
and sends what is owed again. A send that failed is retried the same day with back-off (Telegram's
retry_after honoured), a tick that failed (the database down at 08:00) is retried with back-off
too; what still failed when its day was over is reported to the admins. A 403 (a user who never
opened the bot or blocked it, a group that removed it) is final: the chat is marked inactive and
the admins are told once (handlers.notices).
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from telegram.constants import MessageLimit
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import Application, ContextTypes

from bot.reminder_trouble import (
    DATABASE_DOWN,
    DIGEST_AGENCY,
    Leases,
    TickTrouble,
    instance_id,
    report_failed,
    retry_after,
    tick_failed,
)
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
CLAIM_BATCH = 200  # rows per claim: small enough for two processes to share a tick
# every heartbeat renews the leases (LEASE, a few heartbeats long) and sends what is owed again
HEARTBEAT = timedelta(seconds=30)


@dataclass
class TickReport:
    days: list[date] = field(default_factory=list)
    recorded: int = 0
    sent_chats: int = 0
    failed_chats: int = 0
    blocked_chats: list[int] = field(default_factory=list)
    dropped: int = 0
    failed: int = 0  # reminders given up at the end of their day, reported to the admins


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


async def run_due_ticks(app: Application) -> TickReport:
    """Plan every tick that is due and not yet planned, then deliver everything owed. Safe to call
    any time, from any instance.
    """
    svc: Services = app.bot_data["services"]
    async with app.bot_data.setdefault("tick_lock", asyncio.Lock()):
        svc.sync_table(force=True)  # remind from the assignment table in force
        now = svc.clock.now()
        report = TickReport()
        svc.reminders.recover(now)  # the claims of instances whose lease ran out
        expired = svc.reminders.expire(now, uuid.uuid4().hex)
        report.failed += await report_failed(app, svc, expired)
        report.days = days_to_tick(svc.reminders.last_tick(), now, svc.config.reminder_time)
        marks = None  # every status, read only when a tick plans or something is owed
        if report.days:
            marks = marks_of(svc)
            recipients = svc.reminders.recipients()
            for day in report.days:
                report.recorded += record_day(svc, day, marks, recipients)
            report.recorded += record_digest(svc, report.days[-1], marks)
            svc.reminders.set_last_tick(report.days[-1])
        if svc.assistant.catalogue.calendar.is_working(now.date()):
            svc.reminders.requeue(now)  # the failed sends whose retry time has come
            await deliver(app, svc, report, marks)
        return report


async def deliver(
    app: Application, svc: Services, report: TickReport, known: dict | None = None
) -> None:
    """Claim batches of owed reminders until none is left; another instance may be claiming
    beside us. The statuses (`known`, else read at the first claim) decide what is still open.
    """
    marks: dict = known or {}
    statuses: dict = {}
    gate = asyncio.Semaphore(CONCURRENT_SENDS)
    owner: str = app.bot_data.setdefault("instance", instance_id())

    async def one(chat_id: int, items: list) -> None:
        async with gate:
            if svc.clock.now() - leases.renewed >= svc.reminders.lease / 2:
                # renewals fell behind (the loop was busy): send only the claims still ours, in
                # case some outlived their lease and were taken over
                leases.renew()
                held = svc.reminders.held(owner, [i.id for i in items])
                items = [i for i in items if i.id in held]
            if items:
                await send_chat(app, svc, chat_id, items, marks, statuses, report)

    leases = Leases(svc, owner)
    keeping = asyncio.create_task(leases.keep())
    try:
        while True:
            owed = svc.reminders.claim(owner, svc.clock.now(), CLAIM_BATCH)
            if not owed:
                return
            if known is None:
                known = marks = marks_of(svc)
            statuses = statuses or {k: m.status for k, m in marks.items()}
            by_chat: dict[int, list] = {}
            for item in owed:
                by_chat.setdefault(item.chat_id, []).append(item)
            await asyncio.gather(*(one(chat_id, items) for chat_id, items in by_chat.items()))
    finally:
        keeping.cancel()


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
    except BadRequest as exc:
        # a refusal that will not change ("chat not found"): no retry, the admins told now
        log.warning("reminder to %s refused (%s): not retried", chat_id, exc)
        now = svc.clock.now()
        failed = svc.reminders.release(keep, now, final=True)
        report.failed_chats += 1
        why = f"Telegram từ chối: {exc.message}"
        report.failed += await report_failed(app, svc, failed, now.date(), why)
        return
    except TelegramError as exc:
        now = svc.clock.now()
        wait = retry_after(exc)
        log.warning("reminder to %s not sent (%s): owed again later today", chat_id, exc)
        failed = svc.reminders.release(keep, now, wait)
        report.failed_chats += 1
        report.failed += await report_failed(app, svc, failed, now.date())
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
        await deliver(app, svc, report)
        return report


async def heartbeat(app: Application) -> TickReport | None:
    """Renew this instance's leases; unless a tick is running or a failed one is waiting for its
    retry time, run what is due (bot/player.py calls it whenever the scripted clock moves).
    """
    svc: Services = app.bot_data["services"]
    owner: str = app.bot_data.setdefault("instance", instance_id())
    trouble: TickTrouble = app.bot_data.setdefault("tick_trouble", TickTrouble())
    lock: asyncio.Lock = app.bot_data.setdefault("tick_lock", asyncio.Lock())
    now = svc.clock.now()
    if trouble.retry_at is not None and now < trouble.retry_at:
        return None
    try:
        svc.reminders.renew(owner, now)
        if lock.locked():
            return None  # a tick is under way: its claims were renewed just now
        report = await run_due_ticks(app)
    except DATABASE_DOWN as exc:
        await tick_failed(app, svc, trouble, now, exc)
        return None
    if trouble.since is not None:
        log.info("reminder tick ran again after %s failed attempts", trouble.attempts)
    app.bot_data["tick_trouble"] = TickTrouble()
    return report


async def heartbeat_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    await heartbeat(context.application)


async def start_reminders(app: Application) -> None:
    """At start: catch up missed ticks (without touching another live instance's claims), then
    tick every day at the configured hour and beat every HEARTBEAT.
    """
    svc: Services = app.bot_data["services"]
    await heartbeat(app)
    if app.job_queue is not None:
        app.job_queue.run_daily(heartbeat_job, svc.config.reminder_time, name="reminders-daily")
        seconds = HEARTBEAT.total_seconds()
        app.job_queue.run_repeating(
            heartbeat_job, interval=seconds, first=seconds, name="reminders-heartbeat"
        )
