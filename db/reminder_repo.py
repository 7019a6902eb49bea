"""Reminder bookkeeping: who receives an agency's reminders, the exactly-once log, the last tick,
group bindings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker

from db.models import Chat, ChatAgency, DeliveryState, Officer, ReminderLog, TickState
from knowledge.rules.officers import OfficerState

# a claim older than this belongs to a process that died mid-send
STALE_CLAIM = timedelta(minutes=10)
# the tag in the unique key of a reminder to send a missing document (the coordinator's button)
NUDGE = "nopbai"


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


def _owed(row: ReminderLog) -> Owed:
    return Owed(
        row.id,
        row.chat_id,
        row.agency,
        row.due,
        row.offset,
        tuple(k for k in row.keys.split(",") if k),
        row.attempts,
        row.uniq.startswith(_nudge_prefix(row.province, row.day)),
    )


def _nudge_prefix(province: str, day: date) -> str:
    return f"{province}|{NUDGE}|{day.isoformat()}|"


def _locks_rows(session: Session) -> bool:
    """Does this database lock single rows (SELECT ... FOR UPDATE SKIP LOCKED)?"""
    return session.get_bind().dialect.name == "postgresql"


class ReminderRepo:
    def __init__(self, sessions: sessionmaker, province: str):
        self.sessions = sessions
        self.province = province
        # cached: every update asks whether its chat was unreachable
        self._inactive: set[int] | None = None

    # -- ticks ----------------------------------------------------------------------------------
    def last_tick(self) -> date | None:
        with self.sessions() as s:
            state = s.get(TickState, self.province)
            return state.last_day if state else None

    def set_last_tick(self, day: date) -> None:
        """Upsert: two processes finishing the same tick both write it, neither fails."""
        with self.sessions.begin() as s:
            dialect = s.get_bind().dialect.name
            if dialect in ("sqlite", "postgresql"):
                insert = (sqlite.insert if dialect == "sqlite" else postgresql.insert)(TickState)
                s.execute(
                    insert.values(province=self.province, last_day=day).on_conflict_do_update(
                        index_elements=["province"], set_={"last_day": day}
                    )
                )
            else:
                s.merge(TickState(province=self.province, last_day=day))

    # -- recipients -----------------------------------------------------------------------------
    def recipients(self) -> dict[str, list[int]]:
        """agency -> chats: approved officers who want reminders (private chat id = user id), bound
        groups.
        """
        with self.sessions() as s:
            inactive = set(s.scalars(select(Chat.chat_id).where(Chat.active.is_(False))))
            result: dict[str, list[int]] = {}
            officers = s.scalars(
                select(Officer)
                .where(
                    Officer.province == self.province,
                    Officer.state == OfficerState.APPROVED,
                    Officer.reminders.is_(True),
                )
                .order_by(Officer.user_id)
            )
            for officer in officers:
                if officer.user_id not in inactive:
                    result.setdefault(officer.agency, []).append(officer.user_id)
            # a group receives the reminders of every agency it follows
            for follow in s.scalars(
                select(ChatAgency)
                .join(Chat, Chat.chat_id == ChatAgency.chat_id)
                .where(Chat.kind == "group", Chat.active.is_(True))
                .order_by(ChatAgency.chat_id, ChatAgency.agency)
            ):
                result.setdefault(follow.agency, []).append(follow.chat_id)
            return result

    def set_chat(self, chat_id: int, kind: str, active: bool = True) -> None:
        with self.sessions.begin() as s:
            chat = s.get(Chat, chat_id)
            if chat is None:
                chat = Chat(chat_id=chat_id, kind=kind, active=active)
                s.add(chat)
            chat.active = active
        if self._inactive is not None:
            (self._inactive.discard if active else self._inactive.add)(chat_id)

    def chat(self, chat_id: int) -> Chat | None:
        with self.sessions() as s:
            return s.get(Chat, chat_id)

    def followed(self, chat_id: int) -> list[str]:
        """The agencies a group follows, by name."""
        with self.sessions() as s:
            return list(
                s.scalars(
                    select(ChatAgency.agency)
                    .where(ChatAgency.chat_id == chat_id)
                    .order_by(ChatAgency.agency)
                )
            )

    def follow(self, chat_id: int, agency: str) -> bool:
        """The group follows `agency` too (and is active); False when it already did."""
        self.set_chat(chat_id, "group", active=True)
        with self.sessions.begin() as s:
            if s.get(ChatAgency, (chat_id, agency)) is not None:
                return False
            s.add(ChatAgency(chat_id=chat_id, agency=agency))
            return True

    def unfollow(self, chat_id: int, agency: str) -> bool:
        """The group no longer follows `agency`; False when it did not."""
        with self.sessions.begin() as s:
            row = s.get(ChatAgency, (chat_id, agency))
            if row is None:
                return False
            s.delete(row)
            return True

    def reactivate(self, chat_id: int) -> bool:
        """A chat that was marked blocked writes again: it is reachable. True when it had been
        inactive.
        """
        if self._inactive is None:
            with self.sessions() as s:
                self._inactive = set(s.scalars(select(Chat.chat_id).where(Chat.active.is_(False))))
        if chat_id not in self._inactive:
            return False
        with self.sessions.begin() as s:
            s.execute(update(Chat).where(Chat.chat_id == chat_id).values(active=True))
        self._inactive.discard(chat_id)
        return True

    # -- the exactly-once log -------------------------------------------------------------------
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
                "keys": ",".join(keys),
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
        with self.sessions() as s:
            return list(
                s.scalars(
                    select(ReminderLog)
                    .where(
                        ReminderLog.province == self.province,
                        ReminderLog.day == day,
                        ReminderLog.uniq.startswith(
                            _nudge_prefix(self.province, day), autoescape=True
                        ),
                    )
                    .order_by(ReminderLog.id)
                )
            )

    def claim(self, token: str, at: datetime, limit: int = 500) -> list[Owed]:
        """Take a batch of pending reminders for this process; a process ticking at the same time
        gets others.

        SQLite: one UPDATE statement, which holds the write lock for its whole run. PostgreSQL:
        the batch is locked first (skipping rows another process has locked), then marked. Not
        one UPDATE ... WHERE id IN (SELECT ... LIMIT ... SKIP LOCKED) there: the planner may
        rescan that subquery for each row, each rescan skips the rows this statement has just
        updated, and the claim takes every pending row instead of a batch.
        """
        pending = (
            select(ReminderLog.id)
            .where(
                ReminderLog.province == self.province, ReminderLog.state == DeliveryState.PENDING
            )
            .order_by(ReminderLog.chat_id, ReminderLog.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        with self.sessions.begin() as s:
            batch = list(s.scalars(pending)) if _locks_rows(s) else pending
            taken = s.execute(
                update(ReminderLog)
                .where(ReminderLog.state == DeliveryState.PENDING, ReminderLog.id.in_(batch))
                .values(state=DeliveryState.SENDING, claimed_by=token, claimed_at=at)
            ).rowcount
        if not taken:
            return []
        with self.sessions() as s:
            rows = s.scalars(
                select(ReminderLog)
                .where(ReminderLog.claimed_by == token, ReminderLog.state == DeliveryState.SENDING)
                .order_by(ReminderLog.chat_id, ReminderLog.due, ReminderLog.id)
            )
            return [_owed(r) for r in rows]

    def finish(self, ids: list[int], state: DeliveryState, at: datetime | None = None) -> None:
        with self.sessions.begin() as s:
            s.execute(
                update(ReminderLog).where(ReminderLog.id.in_(ids)).values(state=state, sent_at=at)
            )

    def release(self, ids: list[int]) -> None:
        """A send that failed: set aside (retry) so this tick does not spin on it; owed again at
        the next tick.
        """
        with self.sessions.begin() as s:
            s.execute(
                update(ReminderLog)
                .where(ReminderLog.id.in_(ids))
                .values(
                    state=DeliveryState.RETRY,
                    claimed_by=None,
                    claimed_at=None,
                    attempts=ReminderLog.attempts + 1,
                )
            )

    def requeue(self) -> int:
        """At the start of a tick: the reminders that failed before are owed again."""
        with self.sessions.begin() as s:
            return s.execute(
                update(ReminderLog)
                .where(
                    ReminderLog.province == self.province, ReminderLog.state == DeliveryState.RETRY
                )
                .values(state=DeliveryState.PENDING)
            ).rowcount

    def recover(self, now: datetime, everything: bool = False) -> int:
        """Claims left by a process that died: owed again. `everything` at the start of a lone
        process.
        """
        with self.sessions.begin() as s:
            query = update(ReminderLog).where(
                ReminderLog.province == self.province, ReminderLog.state == DeliveryState.SENDING
            )
            if not everything:
                query = query.where(ReminderLog.claimed_at < now - STALE_CLAIM)
            return s.execute(
                query.values(state=DeliveryState.PENDING, claimed_by=None, claimed_at=None)
            ).rowcount

    def log(self, state: DeliveryState | None = None) -> list[ReminderLog]:
        with self.sessions() as s:
            query = select(ReminderLog).where(ReminderLog.province == self.province)
            if state:
                query = query.where(ReminderLog.state == state)
            return list(s.scalars(query.order_by(ReminderLog.id)))
