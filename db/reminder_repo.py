"""Reminder bookkeeping: who receives an agency's reminders, the last tick, group bindings;
the exactly-once log itself is db/delivery_log.py.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import sessionmaker

from db.delivery_log import (
    LEASE,
    NOTICE,
    NUDGE,
    RETRACT,
    STALE_CLAIM,
    DeliveryLog,
    Owed,
    notice_of,
)
from db.models import Chat, ChatAgency, DeliveryState, Officer, ReminderLog, TickState
from knowledge.catalogue.key_lists import split_keys
from knowledge.rules.officers import OfficerState

__all__ = ["LEASE", "NOTICE", "NUDGE", "RETRACT", "STALE_CLAIM", "Owed", "ReminderRepo"]


# `ReminderRepo.recipients`' statements, built once: every tick that plans and every letter's
# notice reads them (building them was about a third of their time on SQLite)
_INACTIVE = select(Chat.chat_id).where(Chat.active.is_(False))
_APPROVED = (
    select(Officer)
    .where(Officer.province == bindparam("province"), Officer.state == OfficerState.APPROVED)
    .order_by(Officer.user_id)
)
_REMINDED = _APPROVED.where(Officer.reminders.is_(True))
_FOLLOWED = (
    select(ChatAgency)
    .join(Chat, Chat.chat_id == ChatAgency.chat_id)
    .where(Chat.kind == "group", Chat.active.is_(True))
    .order_by(ChatAgency.chat_id, ChatAgency.agency)
)


class ReminderRepo(DeliveryLog):
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
    def last_sent_day(self, agency: str, before: date) -> date | None:
        """The latest day before `before` on which an entry of `agency` (the digest's marker) was
        sent to some chat: what the coordinator last read."""
        with self.sessions() as s:
            day: date | None = s.scalar(
                select(func.max(ReminderLog.day)).where(
                    ReminderLog.province == self.province,
                    ReminderLog.agency == agency,
                    ReminderLog.day < before,
                    ReminderLog.state == DeliveryState.SENT,
                )
            )
            return day

    def last_reminded(self, chat_id: int, since: datetime) -> tuple[str, ...]:
        """The rows and tasks of the last reminder sent to `chat_id` since `since` (a deadline's
        or a missing document's, not a letter's notice nor the digest); () when none."""
        with self.sessions() as s:
            rows = s.scalars(
                select(ReminderLog)
                .where(
                    ReminderLog.province == self.province,
                    ReminderLog.chat_id == chat_id,
                    ReminderLog.state == DeliveryState.SENT,
                    ReminderLog.sent_at >= since,
                    ReminderLog.keys != "",
                )
                .order_by(ReminderLog.sent_at.desc(), ReminderLog.id.desc())
                .limit(5)
            )
            for row in rows:
                if notice_of(row.uniq)[0] == "" and "|digest|" not in row.uniq:
                    return split_keys(row.keys)
        return ()

    def recipients(self, groups: bool = True, quiet_too: bool = False) -> dict[str, list[int]]:
        """agency -> chats: approved officers who want reminders (private chat id = user id), bound
        groups (unless `groups` is False: a letter's notice goes to the officers only);
        `quiet_too`: the officers who switched reminders off as well (a record of their unit's,
        not a reminder: usecases/behalf_told.py).
        """
        with self.sessions() as s:
            inactive = set(s.scalars(_INACTIVE))
            result: dict[str, list[int]] = {}
            wanted = _APPROVED if quiet_too else _REMINDED
            for officer in s.scalars(wanted, {"province": self.province}):
                if officer.user_id not in inactive:
                    result.setdefault(officer.agency, []).append(officer.user_id)
            if not groups:
                return result
            # a group receives the reminders of every agency it follows
            for follow in s.scalars(_FOLLOWED):
                result.setdefault(follow.agency, []).append(follow.chat_id)
            return result

    def approved_units(self) -> set[str]:
        """The units with at least one approved officer (reminders on or off, reachable or not)."""
        with self.sessions() as s:
            return set(
                s.scalars(
                    select(Officer.agency).where(
                        Officer.province == self.province,
                        Officer.state == OfficerState.APPROVED,
                    )
                )
            )

    def opened_chats(self) -> set[int]:
        """The private chats of everyone who registered (they wrote /dangky to the bot, so
        opened it), less those that blocked it since: what a second `demo --db` run on the same
        database knows of who may be written to first."""
        with self.sessions() as s:
            officers = select(Officer.user_id).where(Officer.province == self.province)
            users = set(s.scalars(officers))
            closed = set(s.scalars(select(Chat.chat_id).where(Chat.active.is_(False))))
        return users - closed

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
