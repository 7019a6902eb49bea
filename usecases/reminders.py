"""The reminder log's side of a tick: plan the due days (every reminder and digest owed written
down before anything is sent), claim a batch to send under this instance's lease, keep the lease,
settle what was sent, dropped or refused, and put a failed send back for a retry later the same
day (db/delivery_log.py). The composition root (bot/reminder_jobs.py) sends the messages between
these steps.

What falls due when, for whom, is knowledge/rules/reminders.py and
knowledge/deliverables/digest.py.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from db.delivery_log import backoff
from db.models import DeliveryState, ReminderLog
from db.reminder_repo import Owed
from knowledge.catalogue.key_lists import join_keys, split_keys
from knowledge.deliverables.digest import Digest, is_digest_day
from knowledge.rules.reminders import Reminder, plan_each, plan_range
from knowledge.rules.standing import Mark
from usecases.desk import Desk
from usecases.digest_asking import built_digest, digest_for
from usecases.groups import reachable
from usecases.runner import use_case

__all__ = ["DeliveryState", "Failed", "Owed", "backoff"]

# a bot down longer than a month starts afresh rather than sending a month of backlog
MAX_CATCHUP_DAYS = 31
DIGEST_AGENCY = "*digest*"

Marks = dict[tuple[str, str], Mark]


@dataclass(frozen=True)
class Failed:
    """A reminder that never went on its day (retried until the day was over, or refused for
    good by Telegram): what the admins are told."""

    chat_id: int
    agency: str
    keys: tuple[str, ...]  # the rows and tasks (a digest's too)
    retry_at: datetime | None  # when it would have been tried again


def _failed(rows: list[ReminderLog]) -> list[Failed]:
    return [
        Failed(
            r.chat_id,
            r.agency,
            split_keys(r.keys.replace(";", ",")),
            r.next_at,
        )
        for r in rows
    ]


@dataclass(frozen=True)
class Tick:
    days: list[date]
    recorded: int
    marks: Marks | None = field(repr=False)  # read only when a tick planned something
    deliver: bool  # a working day: send what is owed
    expired: list[Failed] = field(default_factory=list)  # retries left from a day that is over
    # a catch-up after a gap in the clock: the last day the bot had ticked before it (it was
    # not running from after that day until now), said above what the catch-up sends
    since: date | None = None
    # the log holds something to claim: recorded now, or owed before and not yet claimed
    owed: bool = True


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


def started_before_hour(last: date | None, now: datetime) -> bool:
    """No tick is marked for the days up to now (a first start, or a clock set back past the
    last one), so `days_to_tick` would plan nothing before today: the start must be marked."""
    return last is None or last > now.date()


def record_days(
    desk: Desk, days: list[date], marks: Marks, recipients: dict[str, list[int]]
) -> int:
    """Write down every reminder each of `days` owes, to every chat of the agency, in one write;
    returns how many are new. Only the agencies some chat hears for are planned, all the days
    at once (knowledge/rules/reminders.py `plan_each`)."""
    heard = {agency for agency, chats in recipients.items() if chats}
    if not heard:
        return 0
    slug = desk.config.province
    planned = plan_each(desk.catalogue, desk.province, marks, days, desk.config.policy, heard)
    entries: dict[str, dict] = {}
    for day, found in planned:
        for reminder in found:
            keys = join_keys(reminder.keys)
            for chat_id in recipients[reminder.agency]:
                # the agency too: a group following two agencies owes each its reminder of a
                # task they share (same due date, same keys)
                uniq = (
                    f"{slug}|{chat_id}|{reminder.due.isoformat()}|{keys}|"
                    f"{reminder.offset}|{reminder.agency}"
                )
                # a key no day repeats (its offset counts the days to its date); were one
                # repeated, the first day's stands, as when each day was written alone
                entries.setdefault(
                    uniq,
                    {
                        "uniq": uniq,
                        "chat_id": chat_id,
                        "day": day,
                        "agency": reminder.agency,
                        "due": reminder.due,
                        "offset": reminder.offset,
                        "keys": keys,
                    },
                )
    return desk.reminders.record(list(entries.values()), desk.clock.now())


def record_digest(desk: Desk, days: list[date], marks: Marks) -> int:
    """The coordinator's digest on the days of its cadence (knowledge/deliverables/digest.py),
    when it has something to say: one, on the last of the tick's `days`, when any of them is
    a digest day (after a gap in the clock the digests of the days missed are one, ux24 #7).
    """
    catalogue, province = desk.catalogue, desk.province
    day = days[-1]
    if not desk.config.admins or not any(
        is_digest_day(d, province, catalogue.calendar, desk.config.digest) for d in days
    ):
        return 0
    found = built_digest(desk, marks, day)  # the send says the same one
    if found.empty:
        return 0
    keys = join_keys([*(t.key for t in found.documents), *found.late, *found.soon])
    rows = [
        {
            "uniq": f"{desk.config.province}|{admin}|digest|{day.isoformat()}",
            "chat_id": admin,
            "day": day,
            "agency": DIGEST_AGENCY,
            "due": day,
            "offset": 0,
            "keys": keys.replace(",", ";"),
        }
        for admin in reachable(desk, list(desk.config.admins))
    ]
    return desk.reminders.record(rows, desk.clock.now())


@use_case(writes=False)
def last_digest(desk: Desk, day: date) -> date | None:
    """The day of the digest sent before `day`: what it listed the next one does not repeat."""
    return desk.reminders.last_sent_day(DIGEST_AGENCY, day)


@use_case(writes=False)
def digest_to_send(desk: Desk, marks: Marks, day: date) -> tuple[Digest, str]:
    """The digest a delivery sends on `day` and its message, the lists of the digest sent
    before not repeated: the day of that one and the digest read in one trip to a worker (each
    digest delivered took two)."""
    return digest_for(desk, marks, day, last_digest(desk, day))


@use_case(writes=True)
def plan_tick(desk: Desk, renewing: str | None = None) -> Tick:
    """Every tick that is due and not yet planned, written down; the claims of instances whose
    lease ran out owed again (a live instance's are never touched); on a working day the failed
    sends whose retry time has come owed again. Safe from any instance at any time: the
    heartbeat runs it every HEARTBEAT. `renewing`: this instance's leases renewed first, in
    the same unit (the heartbeat's writes in one trip to a worker thread). A quiet heartbeat
    writes nothing (db/delivery_upkeep.py)."""
    now = desk.clock.now()
    reminders = desk.reminders
    working = desk.catalogue.calendar.is_working(now.date())
    # One look, then only the UPDATEs it found rows for (most heartbeats: none). The failed
    # sends whose retry time has come are owed again on a working day; what the plan below
    # records is pending, not a retry, so it is not touched by that.
    kept = reminders.keep_up(now, renewing, uuid.uuid4().hex, requeue=working)
    desk.sync_table(force=True)  # remind from the assignment table in force
    last = reminders.last_tick()
    days = days_to_tick(last, now, desk.config.reminder_time)
    since = last if days and last is not None and days[0] < now.date() else None
    marks: Marks | None = None  # every status, read only when a tick plans
    recorded = 0
    if days:
        marks = desk.statuses().marks
        recipients = reminders.recipients()
        recorded += record_days(desk, days, marks, recipients)
        recorded += record_digest(desk, days, marks)
        reminders.set_last_tick(days[-1])
    elif started_before_hour(last, now):  # read above: nothing set it since
        # A first start (or a clock set back) before the hour: the ticks from today on are
        # owed. Left unmarked, a process down from then until a later day took itself for a
        # first start again and skipped the days between (ux16a item 13: Friday's reminder
        # of a row lost when the clock went from Friday 07:30 to Monday 08:00).
        reminders.set_last_tick(now.date() - timedelta(days=1))
    owed = kept.owed or recorded > 0
    return Tick(days, recorded, marks, working, _failed(kept.expired), since, owed)


@use_case(writes=False)
def current_marks(desk: Desk) -> Marks:
    return desk.statuses().marks


@use_case(writes=True)
def claim(desk: Desk, owner: str, limit: int, told_only: bool = False) -> list[Owed]:
    """A batch of owed reminders for this instance, under its lease; another instance claiming
    beside it gets others (`told_only`: only what a person's act recorded to tell at once)."""
    return desk.reminders.claim(owner, desk.clock.now(), limit, told_only)


@use_case(writes=True)
def renew(desk: Desk, owner: str) -> int:
    """A live instance keeps its claims: each runs a lease from now."""
    return desk.reminders.renew(owner, desk.clock.now())


@use_case(writes=False)
def held(desk: Desk, owner: str, ids: list[int]) -> set[int]:
    """Which of these claims are still this instance's (one that outlived its lease may have
    been taken over, and must not be sent twice)."""
    return desk.reminders.held(owner, ids)


@use_case(writes=True)
def settle(desk: Desk, ids: list[int], state: DeliveryState) -> None:
    """Sent (with the time), dropped (nothing left to say), or blocked (403): final."""
    at = desk.clock.now() if state == DeliveryState.SENT else None
    desk.reminders.finish(ids, state, at)


@use_case(writes=True)
def release(
    desk: Desk, ids: list[int], wait: timedelta = timedelta(0), final: bool = False
) -> list[Failed]:
    """A send that failed: owed again after a back-off (at least `wait`, Telegram's
    retry_after) while its day lasts; failed when the day is over or the refusal is `final`.
    Returns what failed, for the admins."""
    return _failed(desk.reminders.release(ids, desk.clock.now(), wait, final))


@use_case(writes=False)
def plan_days(desk: Desk, start: date, end: date) -> list[tuple[date, Reminder]]:
    """What would be sent when, to which agency, given the statuses now (`python -m bot
    reminders plan`)."""
    marks = desk.statuses().marks
    return plan_range(desk.catalogue, desk.province, marks, start, end, desk.config.policy)


@use_case(writes=False)
def last_day(desk: Desk) -> date | None:
    """The last day the bot ran its reminders on this database (None: never): a demo whose
    clock starts before it is told so (ux38 #12)."""
    return desk.reminders.last_tick()
