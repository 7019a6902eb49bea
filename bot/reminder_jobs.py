"""Delivering reminders: the daily tick, the catch-up at start, exactly once per chat and deadline,
across any number of instances on one database.

A tick plans the day's reminders in the core, records every (chat, deadline, rows, offset) it owes
before sending anything, then claims them in batches under a lease (db/delivery_log.py), sends one
message per chat and marks the records when Telegram accepts. A restart or a second instance finds
them recorded and sends nothing twice. The database work runs off the event loop, in the use cases
of usecases/reminders.py.

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
from dataclasses import dataclass, field
from datetime import date, timedelta

from telegram.constants import MessageLimit
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import Application, ContextTypes

from bot.reminder_trouble import (
    DATABASE_DOWN,
    Leases,
    TickTrouble,
    instance_id,
    report_failed,
    retry_after,
    tick_failed,
)
from handlers.common import Buttons, keyboard
from handlers.handins import DIGEST_BUTTONS
from handlers.letter_forms import reminder_forms
from handlers.notices import unreachable
from knowledge.deliverables.tracking import missing_by_unit, track
from knowledge.render.catch_up_text import Gap, catch_up_line
from knowledge.render.messages import split_message
from knowledge.render.reminder_text import reminder_message
from knowledge.render.submission_text import Partly
from knowledge.render.tracking_text import nudge_message
from knowledge.rules.reminders import still_open
from usecases import handins, letter_forms, letter_notices, reminders
from usecases.desk import Desk
from usecases.reminders import (
    DIGEST_AGENCY,
    MAX_CATCHUP_DAYS,
    DeliveryState,
    Marks,
    Owed,
    days_to_tick,
)

__all__ = ["MAX_CATCHUP_DAYS", "days_to_tick", "instance_id"]

log = logging.getLogger(__name__)
CONCURRENT_SENDS = 30  # the limiter paces them; concurrency only hides the network round trip
CLAIM_BATCH = 200  # rows per claim: small enough for two processes to share a tick
# every heartbeat renews the leases (LEASE, a few heartbeats long) and sends what is owed again
HEARTBEAT = timedelta(seconds=30)


class SentForms:
    """The forms each unit sent of a task it owes several of (usecases/handins.py `partly`), read
    once for a delivery's chats, at the first that says them: every chat's reminder read the
    same submissions and statuses again."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        self.found: dict[tuple[str, str], Partly] | None = None

    async def read(self) -> dict[tuple[str, str], Partly]:
        if self.found is None:
            self.found = await self.desk.run(handins.partly)
        return self.found


@dataclass
class TickReport:
    days: list[date] = field(default_factory=list)
    recorded: int = 0
    sent_chats: int = 0
    failed_chats: int = 0
    blocked_chats: list[int] = field(default_factory=list)
    dropped: int = 0
    failed: int = 0  # reminders given up at the end of their day, reported to the admins
    since: date | None = None  # a catch-up: the last day ticked before the gap (Tick.since)


def owner_of(app: Application) -> str:
    """Who this instance is, as the owner of its claims (build_application names it: a new
    name, a host name and a random id, only for an Application built without one)."""
    owner: str | None = app.bot_data.get("instance")
    if owner is None:
        owner = app.bot_data["instance"] = instance_id()
    return owner


async def run_due_ticks(app: Application, renewing: str | None = None) -> TickReport:
    """Plan every tick that is due and not yet planned, then deliver everything owed. Safe to call
    any time, from any instance. The database work runs off the event loop
    (usecases/reminders.py). `renewing`: the owner whose leases the plan's unit renews first.
    """
    desk: Desk = app.bot_data["services"]
    async with app.bot_data.setdefault("tick_lock", asyncio.Lock()):
        tick = await desk.run(reminders.plan_tick, renewing)
        report = TickReport(days=tick.days, recorded=tick.recorded, since=tick.since)
        report.failed += await report_failed(app, desk, tick.expired)
        # nothing owed (most heartbeats): no claim, which takes the write lock to find nothing
        if tick.deliver and tick.owed:
            await deliver(app, desk, report, tick.marks)
        return report


async def deliver(
    app: Application,
    desk: Desk,
    report: TickReport,
    known: Marks | None = None,
    told_only: bool = False,
) -> None:
    """Claim batches of owed reminders until none is left; another instance may be claiming
    beside us. The statuses (`known`, else read at the first claim) decide what is still open.
    `told_only`: only what a person's act recorded to tell at once (notices, nudges).
    """
    marks: Marks = known or {}
    partly = SentForms(desk)
    gate = asyncio.Semaphore(CONCURRENT_SENDS)
    owner = owner_of(app)
    leases = Leases(desk, owner)

    async def one(chat_id: int, items: list[Owed]) -> None:
        async with gate:
            if desk.clock.now() - leases.renewed >= desk.reminders.lease / 2:
                # renewals fell behind (the loop was busy): send only the claims still ours, in
                # case some outlived their lease and were taken over
                await leases.renew()
                held = await desk.run(reminders.held, owner, [i.id for i in items])
                items = [i for i in items if i.id in held]
            if items:
                await send_chat(app, desk, chat_id, items, marks, report, partly)

    keeping = asyncio.create_task(leases.keep())
    carried: list[Owed] = []  # the last chat of a full batch: its rest may be in the next one
    try:
        while True:
            owed = await desk.run(reminders.claim, owner, CLAIM_BATCH, told_only)
            if not owed and not carried:
                return
            if known is None:
                known = marks = await desk.run(reminders.current_marks)
            batch, carried = carried + owed, []
            if len(owed) == CLAIM_BATCH:
                # a claim is ordered by chat: the chat it ended in is sent with the next claim,
                # so that it still gets one message (its claims stay ours, renewed by `leases`)
                last = owed[-1].chat_id
                carried = [i for i in batch if i.chat_id == last]
                batch = [i for i in batch if i.chat_id != last]
            by_chat: dict[int, list[Owed]] = {}
            for item in batch:
                by_chat.setdefault(item.chat_id, []).append(item)
            await asyncio.gather(*(one(chat_id, items) for chat_id, items in by_chat.items()))
            if len(owed) < CLAIM_BATCH and not carried:
                # the claim took everything owed then: what is recorded from now on is claimed
                # by the act that recorded it (deliver_owed) or by the next heartbeat
                return
    finally:
        keeping.cancel()


async def send_chat(
    app: Application,
    desk: Desk,
    chat_id: int,
    items: list[Owed],
    marks: Marks,
    report: TickReport,
    partly: SentForms | None = None,
) -> None:
    today = desk.clock.now().date()
    partly = partly or SentForms(desk)
    catalogue, province = desk.catalogue, desk.province
    # a group's messages suggest only what works in a group (Telegram's group ids are negative,
    # a person's chat is their own id)
    texts: list[tuple[str, Buttons | None]] = []  # (text, buttons under its last part)
    keep, drop = [], []
    due = [i for i in items if i.agency != DIGEST_AGENCY and not i.nudge and not i.notice]
    digests = [i for i in items if i.agency == DIGEST_AGENCY]
    nudges = [i for i in items if i.nudge]
    notices = [i for i in items if i.notice]
    if notices:  # a letter published or taken back: one message each, said before the rest
        for item_id, notice in await desk.run(letter_notices.texts_for, notices):
            if notice is None:  # the letter left force (or came back) before it was sent
                drop.append(item_id)
            else:
                texts.append((notice, None))
                keep.append(item_id)
    if digests:
        # the lists of the digest sent before are not repeated: who sent since, the counts;
        # built as the digest asked for in the chat is (usecases/digest_asking.py)
        found, said = await desk.run(reminders.digest_to_send, marks, today)
        if not found.empty:
            texts.append((said, DIGEST_BUTTONS))
            keep += [i.id for i in digests]
        else:
            drop += [i.id for i in digests]
    # what is still missing at send time: a document sent meanwhile is not asked for
    calendar, offsets = catalogue.calendar, desk.config.policy.offsets
    tracked = track(province, marks, today) if nudges else []
    missing = missing_by_unit(tracked, today, calendar, offsets) if nudges else {}
    owed_units = {}
    for unit in sorted({i.agency for i in nudges}):
        mine = [i for i in nudges if i.agency == unit]
        asked = {key for i in mine for key in i.keys}
        owed = [u for u in missing.get(unit, []) if u.key in asked]
        if owed:
            owed_units[unit] = owed
            keep += [i.id for i in mine]
        else:
            drop += [i.id for i in mine]
    if owed_units:  # one message for the chat, every unit it hears for in it
        # some forms in: which, and which still owed, as the day's reminder says (u49 #6)
        nudge = nudge_message(province, owed_units, today, chat_id < 0, await partly.read())
        texts.append((nudge, None))
    # one message for the chat's day, every agency it hears for in it (README, Reminders)
    owed_by: dict[str, dict[date, list[str]]] = {}
    for item in due:
        agency = item.agency
        open_keys = [k for k in item.keys if still_open(province, marks, agency, k, item.due)]
        if not open_keys:
            drop.append(item.id)
            continue
        keep.append(item.id)
        bucket = owed_by.setdefault(agency, {}).setdefault(item.due, [])
        bucket += [k for k in open_keys if k not in bucket]
    if owed_by:
        some = await partly.read()  # some forms in: which, and which still owed
        text = reminder_message(catalogue, province, owed_by, marks, today, chat_id < 0, some)
        # reminders of days the bot missed, folded in here: said so under the heading (ux24 #7)
        missed = [i for i in due if i.id in keep and i.day is not None and i.day < today]
        if missed:
            days = {i.day for i in missed if i.day}
            gap = Gap(report.since, desk.clock.now()) if report.since is not None else None
            line = catch_up_line(days, {i.due for i in missed}, today, gap)
            head, _, rest = text.partition("\n")
            text = f"{head}\n{line}\n{rest}"
        # a task's blank form attached with /mautrong comes with its reminder (u24c)
        named = tuple(k for days in owed_by.values() for ks in days.values() for k in ks)
        forms = await desk.run(letter_forms.blank_forms_of, named)
        line, buttons = reminder_forms(forms, chat_id < 0)
        texts.append((text + line, buttons))
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
        what = (
            "nhắc hạn"
            if due or nudges
            else "tin báo công văn mới"
            if notices
            else "bản tổng hợp cho điều phối"
        )
        await unreachable(app.bot, desk, chat_id, exc, what)
        return
    except BadRequest as exc:
        # a refusal that will not change ("chat not found"): no retry, the admins told now
        log.warning("reminder to %s refused (%s): not retried", chat_id, exc)
        failed = await desk.run(reminders.release, keep, timedelta(0), True)
        report.failed_chats += 1
        why = f"Telegram từ chối: {exc.message}"
        report.failed += await report_failed(app, desk, failed, desk.clock.today(), why)
        return
    except TelegramError as exc:
        log.warning("reminder to %s not sent (%s): owed again later today", chat_id, exc)
        failed = await desk.run(reminders.release, keep, retry_after(exc))
        report.failed_chats += 1
        report.failed += await report_failed(app, desk, failed, desk.clock.today())
        return
    await desk.run(reminders.settle, keep, DeliveryState.SENT)
    report.sent_chats += 1


async def deliver_owed(app: Application) -> TickReport:
    """Deliver what the log owes now, outside the daily tick: the notices and the reminders of
    missing documents a person has just recorded. The same claims as a tick, so nothing goes
    twice. Only those: a tick's reminders and digest wait for a working day's tick (ux29 #3: a
    deadline moved on a Saturday sent the round held back since that morning with its notice).
    """
    desk: Desk = app.bot_data["services"]
    async with app.bot_data.setdefault("tick_lock", asyncio.Lock()):
        report = TickReport()
        await deliver(app, desk, report, told_only=True)
        return report


async def heartbeat(app: Application) -> TickReport | None:
    """Renew this instance's leases; unless a tick is running or a failed one is waiting for its
    retry time, run what is due (bot/player.py calls it whenever the scripted clock moves).
    """
    desk: Desk = app.bot_data["services"]
    owner = owner_of(app)
    trouble: TickTrouble = app.bot_data.setdefault("tick_trouble", TickTrouble())
    lock: asyncio.Lock = app.bot_data.setdefault("tick_lock", asyncio.Lock())
    now = desk.clock.now()
    if trouble.retry_at is not None and now < trouble.retry_at:
        return None
    try:
        if lock.locked():
            # a tick is under way: its claims renewed, nothing planned beside it
            await desk.run(reminders.renew, owner)
            return None
        # the lease renewed in the plan's own unit: one trip to a worker thread, not two (the
        # lock is taken at once, no await between the look above and run_due_ticks' lock)
        report = await run_due_ticks(app, owner)
    except DATABASE_DOWN as exc:
        await tick_failed(app, desk, trouble, now, exc)
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
    desk: Desk = app.bot_data["services"]
    await heartbeat(app)
    if app.job_queue is not None:
        app.job_queue.run_daily(heartbeat_job, desk.config.reminder_time, name="reminders-daily")
        seconds = HEARTBEAT.total_seconds()
        app.job_queue.run_repeating(
            heartbeat_job, interval=seconds, first=seconds, name="reminders-heartbeat"
        )
