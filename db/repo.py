"""Queries: officers, the append-only status history, chats, pending inputs."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import func, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import sessionmaker

from db.models import Officer, PendingInput, StatusChange


@dataclass(frozen=True)
class Change:
    key: str
    agency: str
    old: str | None
    new: str
    note: str
    by: int
    at: datetime

    def to_json(self) -> dict:
        return {
            "old": self.old,
            "new": self.new,
            "note": self.note,
            "by": self.by,
            "at": self.at.isoformat(),
        }


LOCAL = ZoneInfo("Asia/Ho_Chi_Minh")
RETRIES = 5


def _change(row: StatusChange) -> Change:
    # SQLite keeps the wall time and drops the offset; PostgreSQL answers in the session's zone
    # (often UTC).
    # Every time we store is Asia/Ho_Chi_Minh, and every time we show is too.
    at = row.at.astimezone(LOCAL) if row.at.tzinfo else row.at.replace(tzinfo=LOCAL)
    return Change(row.key, row.agency, row.old, row.new, row.note, row.by, at)


class Repo:
    def __init__(self, sessions: sessionmaker, province: str):
        self.sessions = sessions
        self.province = province

    # -- officers -------------------------------------------------------------------------------
    def officer(self, user_id: int) -> Officer | None:
        with self.sessions() as s:
            return s.get(Officer, user_id)

    def request_registration(self, user_id: int, name: str, agency: str, at: datetime) -> Officer:
        with self.sessions.begin() as s:
            officer = s.get(Officer, user_id)
            if officer is None:
                officer = Officer(
                    user_id=user_id,
                    name=name,
                    agency=agency,
                    province=self.province,
                    state="pending",
                    reminders=True,
                    requested_at=at,
                )
                s.add(officer)
            else:
                officer.name, officer.agency, officer.state, officer.requested_at = (
                    name,
                    agency,
                    "pending",
                    at,
                )
                officer.decided_by = officer.decided_at = None
            s.flush()
            s.expunge(officer)
            return officer

    def decide(self, user_id: int, state: str, by: int, at: datetime) -> Officer | None:
        with self.sessions.begin() as s:
            officer = s.get(Officer, user_id)
            if officer is None:
                return None
            officer.state, officer.decided_by, officer.decided_at = state, by, at
            s.flush()
            s.expunge(officer)
            return officer

    def officers(self, state: str | None = None, agency: str | None = None) -> list[Officer]:
        with self.sessions() as s:
            query = select(Officer).order_by(Officer.agency, Officer.user_id)
            if state:
                query = query.where(Officer.state == state)
            if agency:
                query = query.where(Officer.agency == agency)
            return list(s.scalars(query))

    def set_reminders(self, user_id: int, on: bool) -> bool:
        with self.sessions.begin() as s:
            officer = s.get(Officer, user_id)
            if officer is None:
                return False
            officer.reminders = on
            return True

    # -- statuses -------------------------------------------------------------------------------
    def current(self, key: str, agency: str) -> Change | None:
        with self.sessions() as s:
            row = s.scalars(
                select(StatusChange)
                .where(
                    StatusChange.province == self.province,
                    StatusChange.key == key,
                    StatusChange.agency == agency,
                )
                .order_by(StatusChange.id.desc())
                .limit(1)
            ).first()
            return _change(row) if row else None

    def record(self, key: str, agency: str, new: str, note: str, by: int, at: datetime) -> Change:
        """Append one change; the old status is read in the same transaction, one writer per row at
        a time.
        """
        for attempt in range(RETRIES):
            try:
                return self._record(key, agency, new, note, by, at)
            except OperationalError:
                # SQLite shared by several processes: another one wrote between our read and our
                # write.
                if attempt == RETRIES - 1:
                    raise
                time.sleep(0.05 * (attempt + 1))
        raise AssertionError("unreachable")

    def _record(self, key: str, agency: str, new: str, note: str, by: int, at: datetime) -> Change:
        with self.sessions.begin() as s:
            if s.get_bind().dialect.name == "sqlite":
                # Take the write lock before reading the old status: another process may be writing
                # this row.
                s.connection().exec_driver_sql("BEGIN IMMEDIATE")
            elif s.get_bind().dialect.name == "postgresql":
                # Two instances updating the same row at once: the second waits, then reads the
                # first's change
                # as its old status (a row lock on the last change would hand it the stale one).
                s.execute(
                    text("SELECT pg_advisory_xact_lock(hashtext(:k))"),
                    {"k": f"{self.province}|{key}|{agency}"},
                )
            last = s.scalars(
                select(StatusChange)
                .where(
                    StatusChange.province == self.province,
                    StatusChange.key == key,
                    StatusChange.agency == agency,
                )
                .order_by(StatusChange.id.desc())
                .limit(1)
                .with_for_update()
            ).first()
            row = StatusChange(
                province=self.province,
                key=key,
                agency=agency,
                old=last.new if last else None,
                new=new,
                note=note,
                by=by,
                at=at,
            )
            s.add(row)
            s.flush()
            return _change(row)

    def history(self, key: str | None = None) -> list[Change]:
        with self.sessions() as s:
            query = select(StatusChange).where(StatusChange.province == self.province)
            if key:
                query = query.where(StatusChange.key == key)
            return [_change(r) for r in s.scalars(query.order_by(StatusChange.id))]

    def current_all(self) -> dict[tuple[str, str], Change]:
        """(key, agency) -> latest change, for the whole province."""
        with self.sessions() as s:
            latest = (
                select(func.max(StatusChange.id))
                .where(StatusChange.province == self.province)
                .group_by(StatusChange.key, StatusChange.agency)
            )
            rows = s.scalars(select(StatusChange).where(StatusChange.id.in_(latest)))
            return {(r.key, r.agency): _change(r) for r in rows}

    # -- chats and pending inputs ---------------------------------------------------------------
    def set_pending(self, chat_id: int, user_id: int, kind: str, payload: str) -> None:
        with self.sessions.begin() as s:
            s.merge(PendingInput(chat_id=chat_id, user_id=user_id, kind=kind, payload=payload))

    def pop_pending(self, chat_id: int, user_id: int) -> PendingInput | None:
        with self.sessions.begin() as s:
            pending = s.get(PendingInput, (chat_id, user_id))
            if pending is not None:
                s.delete(pending)
                s.flush()
                s.expunge(pending)
            return pending

    def peek_pending(self, chat_id: int, user_id: int) -> PendingInput | None:
        with self.sessions() as s:
            return s.get(PendingInput, (chat_id, user_id))
