"""The exactly-once reminder log: every reminder owed to a chat is recorded before it is sent
(a unique key makes it once), claimed by one instance under a lease, then marked sent, dropped,
blocked, or released to a retry later the same day; what never went by the end of its day is
failed and handed back once, for the admins (the heartbeat's upkeep: db/delivery_upkeep.py).

Several instances share it (SQLite or PostgreSQL): a live instance renews its leases every
heartbeat (bot/reminder_jobs.py); the claims of one that died are taken over by any instance
once their lease has run out, and no instance touches a live one's claims.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, or_, select, true, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker

from db.delivery_upkeep import STALE_CLAIM as STALE_CLAIM
from db.delivery_upkeep import Upkeep, start_of_day
from db.log_tags import BEHALF as BEHALF
from db.log_tags import BLANK as BLANK
from db.log_tags import ENDED as ENDED
from db.log_tags import MOVED as MOVED
from db.log_tags import NOTICE as NOTICE
from db.log_tags import NUDGE as NUDGE
from db.log_tags import RENAMED as RENAMED
from db.log_tags import REOPENED as REOPENED
from db.log_tags import RETRACT as RETRACT
from db.log_tags import TABLE as TABLE
from db.log_tags import TOLD_TAGS as TOLD_TAGS
from db.log_tags import notice_key as notice_key
from db.log_tags import notice_of as notice_of
from db.models import DeliveryState, ReminderLog
from knowledge.catalogue.key_lists import join_keys, split_keys

# How long a claim is its instance's without renewal: a live instance renews it every
# heartbeat (bot/reminder_jobs.py), a dead one's is taken over by any instance after it.
LEASE = timedelta(minutes=2)
# waits before the retries of a failed send: 1, 2, 4, 8, 15, then every 30 minutes
BACKOFF_MINUTES = (1, 2, 4, 8, 15, 30)


@dataclass(frozen=True)
class Owed:
    id: int
    chat_id: int
    agency: str
    due: date
    offset: int
    keys: tuple[str, ...]
    attempts: int
    nudge: bool = False  # a reminder to send a missing document, not a deadline reminder
    # NOTICE or RETRACT: about a published letter (`letter`), not a deadline; MOVED: a deadline
    # moved by the version `letter`
    notice: str = ""
    letter: int | None = None
    day: date | None = None  # the tick it was planned for: before today, a day the bot missed


def _owed(row: ReminderLog) -> Owed:
    tag, letter = notice_of(row.uniq)
    return Owed(
        row.id,
        row.chat_id,
        row.agency,
        row.due,
        row.offset,
        split_keys(row.keys),
        row.attempts,
        row.uniq.startswith(_nudge_prefix(row.province, row.day)),
        tag,
        letter,
        row.day,
    )


def _nudge_prefix(province: str, day: date) -> str:
    return f"{province}|{NUDGE}|{day.isoformat()}|"


def backoff(attempts: int) -> timedelta:
    """The wait before the retry that follows the `attempts`-th failed send."""
    return timedelta(minutes=BACKOFF_MINUTES[min(attempts, len(BACKOFF_MINUTES)) - 1])


def end_of_day(moment: datetime) -> datetime:
    return start_of_day(moment) + timedelta(days=1)


def _locks_rows(session: Session) -> bool:
    """Does this database lock single rows (SELECT ... FOR UPDATE SKIP LOCKED)?"""
    return session.get_bind().dialect.name == "postgresql"


class DeliveryLog(Upkeep):
    """The log's operations, for one province (db/reminder_repo.ReminderRepo builds on it)."""

    sessions: sessionmaker
    province: str
    lease: timedelta = LEASE  # tests shorten it, on their injected clock

    def record(self, entries: list[dict], at: datetime) -> int:
        """Insert the reminders owed, skipping any already recorded (same unique key). Returns how
        many are new.
        """
        if not entries:
            return 0
        rows = [
            {
                **e,
                "province": self.province,
                "state": DeliveryState.PENDING,
                "attempts": 0,
                "created_at": at,
            }
            for e in entries
        ]
        with self.sessions.begin() as s:
            known = set()
            for i in range(0, len(rows), 500):
                chunk = [r["uniq"] for r in rows[i : i + 500]]
                known |= set(
                    s.scalars(select(ReminderLog.uniq).where(ReminderLog.uniq.in_(chunk)))
                )
            fresh = [r for r in rows if r["uniq"] not in known]
            if not fresh:
                return 0
            dialect = s.get_bind().dialect.name
            if dialect in ("sqlite", "postgresql"):
                # Another process may record the same reminder at the same moment: the unique key
                # settles it.
                insert = (sqlite.insert if dialect == "sqlite" else postgresql.insert)(ReminderLog)
                s.execute(insert.on_conflict_do_nothing(index_elements=["uniq"]), fresh)
            else:
                s.add_all(ReminderLog(**r) for r in fresh)
            return len(fresh)

    def record_nudges(
        self, day: date, owed: dict[str, tuple[tuple[str, ...], list[int]]], at: datetime
    ) -> dict[str, int]:
        """Write down a reminder of missing documents to every chat of each unit (unit -> (task
        ids, chats)), once a day per chat: returns unit -> how many chats are new.
        """
        entries = [
            {
                "uniq": f"{_nudge_prefix(self.province, day)}{unit}|{chat_id}",
                "chat_id": chat_id,
                "day": day,
                "agency": unit,
                "due": day,
                "offset": 0,
                "keys": join_keys(keys),
            }
            for unit, (keys, chats) in owed.items()
            for chat_id in chats
        ]
        before = {r.uniq for r in self.nudges(day)}
        self.record(entries, at)
        fresh = [e for e in entries if e["uniq"] not in before]
        return {unit: sum(e["agency"] == unit for e in fresh) for unit in owed}

    def nudges(self, day: date) -> list[ReminderLog]:
        """The reminders of missing documents recorded on `day`, whatever became of them."""
        return self._prefixed(_nudge_prefix(self.province, day), ReminderLog.day == day)

    def tagged(self, tag: str, version: int) -> list[ReminderLog]:
        """The entries one change recorded under its tag (an end's notices), oldest first."""
        return self._prefixed(f"{self.province}|{tag}|0|{version}|")

    def _prefixed(self, prefix: str, *where: ColumnElement[bool]) -> list[ReminderLog]:
        """The province's entries whose key starts with `prefix` (and `where`), oldest first."""
        with self.sessions() as s:
            return list(
                s.scalars(
                    select(ReminderLog)
                    .where(
                        ReminderLog.province == self.province,
                        ReminderLog.uniq.startswith(prefix, autoescape=True),
                        *where,
                    )
                    .order_by(ReminderLog.id)
                )
            )

    def notices(self, letter: int | None = None) -> list[ReminderLog]:
        """The notices of published letters and their retractions (of `letter` only, when
        given), oldest first, whatever became of them."""
        tags = [f"{self.province}|{tag}|" for tag in (NOTICE, RETRACT)]
        if letter is not None:
            tags = [f"{t}{letter}|" for t in tags]
        with self.sessions() as s:
            return list(
                s.scalars(
                    select(ReminderLog)
                    .where(
                        ReminderLog.province == self.province,
                        or_(*(ReminderLog.uniq.startswith(t, autoescape=True) for t in tags)),
                    )
                    .order_by(ReminderLog.id)
                )
            )

    def claim(
        self, owner: str, at: datetime, limit: int = 500, told_only: bool = False
    ) -> list[Owed]:
        """Take a batch of pending reminders for this instance, under a lease until at + lease;
        an instance claiming at the same time gets others. `told_only`: only what a person's
        act recorded to tell at once (TOLD_TAGS), never the ticks' reminders and digests.

        SQLite: one UPDATE statement, which holds the write lock for its whole run. PostgreSQL:
        the batch is locked first (skipping rows another process has locked), then marked. Not
        one UPDATE ... WHERE id IN (SELECT ... LIMIT ... SKIP LOCKED) there: the planner may
        rescan that subquery for each row, each rescan skips the rows this statement has just
        updated, and the claim takes every pending row instead of a batch.
        """
        told = ReminderLog.uniq
        pending = (
            select(ReminderLog.id)
            .where(
                ReminderLog.province == self.province, ReminderLog.state == DeliveryState.PENDING
            )
            .where(
                or_(
                    *(told.startswith(f"{self.province}|{t}|", autoescape=True) for t in TOLD_TAGS)
                )
                if told_only
                else true()
            )
            .order_by(ReminderLog.chat_id, ReminderLog.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        with self.sessions.begin() as s:
            batch = list(s.scalars(pending)) if _locks_rows(s) else pending
            taken = list(
                s.scalars(
                    update(ReminderLog)
                    .where(ReminderLog.state == DeliveryState.PENDING, ReminderLog.id.in_(batch))
                    .values(
                        state=DeliveryState.SENDING,
                        claimed_by=owner,
                        claimed_at=at,
                        lease_until=at + self.lease,
                    )
                    .returning(ReminderLog.id)
                )
            )
        if not taken:
            return []
        with self.sessions() as s:
            rows = s.scalars(
                select(ReminderLog)
                .where(ReminderLog.id.in_(taken))
                .order_by(ReminderLog.chat_id, ReminderLog.due, ReminderLog.id)
            )
            return [_owed(r) for r in rows]

    def held(self, owner: str, ids: list[int]) -> set[int]:
        """Which of these claims are still this instance's (one that outlived its lease may have
        been taken over: it must not be sent twice).
        """
        with self.sessions() as s:
            return set(
                s.scalars(
                    select(ReminderLog.id).where(
                        ReminderLog.id.in_(ids),
                        ReminderLog.state == DeliveryState.SENDING,
                        ReminderLog.claimed_by == owner,
                    )
                )
            )

    def finish(self, ids: list[int], state: DeliveryState, at: datetime | None = None) -> None:
        with self.sessions.begin() as s:
            s.execute(
                update(ReminderLog)
                .where(ReminderLog.id.in_(ids))
                .values(state=state, sent_at=at, lease_until=None)
            )

    def release(
        self, ids: list[int], now: datetime, wait: timedelta = timedelta(0), final: bool = False
    ) -> list[ReminderLog]:
        """A send that failed: owed again after a back-off (at least `wait`, Telegram's
        retry_after), while the day lasts; a retry that would fall on the next day, or a refusal
        that will not change (`final`), fails the reminder instead. Returns the reminders that
        failed, for the admins.
        """
        end = end_of_day(now)
        failed: list[ReminderLog] = []
        with self.sessions.begin() as s:
            # a claim still being sent: one taken over and sent meanwhile stays sent
            claimed = ReminderLog.state == DeliveryState.SENDING
            for row in s.scalars(select(ReminderLog).where(ReminderLog.id.in_(ids), claimed)):
                row.attempts += 1
                row.claimed_by = row.lease_until = None
                row.next_at = now + max(backoff(row.attempts), wait)
                retry = row.next_at < end and not final
                row.state = DeliveryState.RETRY if retry else DeliveryState.FAILED
                if row.state == DeliveryState.FAILED:
                    failed.append(row)
        return failed

    def log(self, state: DeliveryState | None = None) -> list[ReminderLog]:
        with self.sessions() as s:
            query = select(ReminderLog).where(ReminderLog.province == self.province)
            if state:
                query = query.where(ReminderLog.state == state)
            return list(s.scalars(query.order_by(ReminderLog.id)))
