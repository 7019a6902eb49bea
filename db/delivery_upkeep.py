"""The delivery log's upkeep, which every heartbeat runs (bot/reminder_jobs.py): this
instance's leases renewed, the claims of a dead instance owed again, the retries whose time
has come owed again, those left from a day that is over failed for the admins.

Each is one UPDATE. Most heartbeats find none of them to do, so `keep_up` looks first, with
one SELECT over the rows that are owed, being sent or wait for a retry (the log's state
index), and runs only the UPDATEs that have rows to change, each with its full condition: a
row that became due between the look and the next heartbeat is found by that heartbeat. The
same look says whether anything is owed after them, so that a heartbeat with nothing to send
claims nothing (bot/reminder_jobs.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    and_,
    bindparam,
    case,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.orm import sessionmaker

from db.models import DeliveryState, ReminderLog

# a claim made before leases existed (no lease_until) is stale after this
STALE_CLAIM = timedelta(minutes=10)


def start_of_day(moment: datetime) -> datetime:
    return datetime.combine(moment.date(), time(0), tzinfo=moment.tzinfo)


# A condition's moments are values (an UPDATE's) or bound parameters (`_LOOK`'s)
At = datetime | BindParameter[datetime]


def _mine(owner: str | BindParameter[str]) -> ColumnElement[bool]:
    """Claims this instance holds."""
    return and_(ReminderLog.state == DeliveryState.SENDING, ReminderLog.claimed_by == owner)


def _lapsed(now: At, stale_before: At) -> ColumnElement[bool]:
    """Claims whose lease ran out (or, made before leases, that are stale: `STALE_CLAIM`)."""
    legacy = and_(ReminderLog.lease_until.is_(None), ReminderLog.claimed_at < stale_before)
    return and_(
        ReminderLog.state == DeliveryState.SENDING, or_(ReminderLog.lease_until < now, legacy)
    )


def _retry_due(now: At, day_start: At) -> ColumnElement[bool]:
    """Failed sends whose retry time has come, today."""
    return and_(
        ReminderLog.state == DeliveryState.RETRY,
        or_(ReminderLog.next_at.is_(None), ReminderLog.next_at <= now),
        or_(ReminderLog.next_at.is_(None), ReminderLog.next_at >= day_start),
    )


def _owed() -> ColumnElement[bool]:
    """Reminders recorded and not yet claimed."""
    return ReminderLog.state == DeliveryState.PENDING


def _retry_over(day_start: At) -> ColumnElement[bool]:
    """Retries left from a day that is over."""
    return and_(ReminderLog.state == DeliveryState.RETRY, ReminderLog.next_at < day_start)


# The heartbeat's look (`Upkeep.keep_up`), built once with its values bound at each run
# (`_look_values`): every heartbeat ran it, and building its five conditions took longer than
# running it on SQLite (suite34's profile of the clock stories: ~1.3 of keep_up's 3.1 s). The
# conditions are the UPDATEs'; an `owner` of None matches no row, as no instance holds a claim
# under no name.
_NOW: BindParameter[datetime] = bindparam("now")
_STALE: BindParameter[datetime] = bindparam("stale_before")
_DAY: BindParameter[datetime] = bindparam("day_start")
_LOOK = select(
    *(
        func.max(case((c, 1), else_=0))
        for c in (
            _mine(bindparam("owner")),
            _lapsed(_NOW, _STALE),
            _retry_over(_DAY),
            _retry_due(_NOW, _DAY),
            _owed(),
        )
    )
).where(
    ReminderLog.province == bindparam("province"),
    ReminderLog.state.in_([DeliveryState.PENDING, DeliveryState.SENDING, DeliveryState.RETRY]),
)


def _look_values(province: str, owner: str | None, now: datetime) -> dict[str, object]:
    return {
        "province": province,
        "owner": owner,
        "now": now,
        "stale_before": now - STALE_CLAIM,
        "day_start": start_of_day(now),
    }


@dataclass(frozen=True)
class Kept:
    """What a heartbeat's upkeep did: the retries it failed (for the admins), and whether the
    log holds anything owed (pending) after it."""

    expired: list[ReminderLog]
    owed: bool


class Upkeep:
    """The heartbeat's side of the log, for one province (db/delivery_log.DeliveryLog)."""

    sessions: sessionmaker
    province: str
    lease: timedelta

    def keep_up(self, now: datetime, owner: str | None, token: str, requeue: bool) -> Kept:
        """renew (when `owner`), recover, expire and (when `requeue`) requeue, in that order,
        each only when the look finds a row for it. Returns what expire failed and whether
        anything is owed once they ran (a claim lapsed or a retry requeued is owed again)."""
        with self.sessions() as s:
            found = s.execute(_LOOK, _look_values(self.province, owner, now)).one()
        renewing, lapsed, over, due, owed = (bool(f) for f in found)
        if renewing and owner is not None:
            self.renew(owner, now)
        if lapsed and self.recover(now):
            owed = True
        expired = self.expire(now, token) if over else []
        if due and requeue and self.requeue(now):
            owed = True
        return Kept(expired, owed)

    def renew(self, owner: str, now: datetime) -> int:
        """A live instance keeps its claims: every one it holds runs until now + lease."""
        return self._update(_mine(owner), lease_until=now + self.lease)

    def requeue(self, now: datetime) -> int:
        """The failed sends whose retry time has come are owed again."""
        return self._update(_retry_due(now, start_of_day(now)), state=DeliveryState.PENDING)

    def expire(self, now: datetime, token: str) -> list[ReminderLog]:
        """Retries left from a day that is over (the bot was down at their time): failed, and
        returned once, to the one instance that marks them, for the admins.
        """
        marked = self._update(
            _retry_over(start_of_day(now)), state=DeliveryState.FAILED, claimed_by=token
        )
        if not marked:  # the token is new: no row carries it
            return []
        with self.sessions() as s:
            return list(
                s.scalars(
                    select(ReminderLog)
                    .where(
                        ReminderLog.state == DeliveryState.FAILED, ReminderLog.claimed_by == token
                    )
                    .order_by(ReminderLog.id)
                )
            )

    def recover(self, now: datetime) -> int:
        """Claims whose lease ran out (their instance died or lost the database): owed again,
        to whichever instance claims them next. A live instance's claims are never touched.
        """
        return self._update(
            _lapsed(now, now - STALE_CLAIM),
            state=DeliveryState.PENDING,
            claimed_by=None,
            claimed_at=None,
            lease_until=None,
        )

    def _update(self, where: ColumnElement[bool], **values: object) -> int:
        with self.sessions.begin() as s:
            return s.execute(
                update(ReminderLog)
                .where(ReminderLog.province == self.province, where)
                .values(**values)
            ).rowcount
