"""Queries: officers, the append-only status history, chats, pending inputs."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import NamedTuple
from zoneinfo import ZoneInfo

from sqlalchemy import Row, and_, bindparam, func, insert, literal_column, select, text
from sqlalchemy.orm import sessionmaker

from db.models import Officer, PendingInput, StatusChange
from db.unit import needs_write_lock
from knowledge.rules.officers import OfficerState, Registration
from knowledge.rules.statuses import Change, Status

__all__ = ["Change", "Repo"]

LOCAL = ZoneInfo("Asia/Ho_Chi_Minh")


def _local(at: datetime) -> datetime:
    # SQLite keeps the wall time and drops the offset; PostgreSQL answers in the session's zone
    # (often UTC).
    # Every time we store is Asia/Ho_Chi_Minh, and every time we show is too.
    return at.astimezone(LOCAL) if at.tzinfo else at.replace(tzinfo=LOCAL)


def _change(row: StatusChange | Row) -> Change:
    return Change(
        row.id, row.key, row.agency, row.old, row.new, row.note, row.by, _local(row.at), row.behalf
    )


class Waiting(NamedTuple):
    """A pending input as stored (usecases/prompts.py reads the payload)."""

    kind: str
    payload: str
    since: datetime | None


_OFFICERS = Officer.__table__.c
_REGISTRATION = (
    _OFFICERS.user_id,
    _OFFICERS.name,
    _OFFICERS.agency,
    _OFFICERS.state,
    _OFFICERS.reminders,
    _OFFICERS.requested_at,
)
# the authors of a page of history: built once, the ids expanded at each run
_NAMES = select(_OFFICERS.user_id, _OFFICERS.name).where(
    _OFFICERS.user_id.in_(bindparam("user_ids", expanding=True))
)
_CHANGES = StatusChange.__table__.c
_NO_ID_ABOVE = 2**31 - 1  # ids are INTEGER: a bound every id is under
_LAST_CHANGE = select(func.max(_CHANGES.id))
_OF_ROW = (
    _CHANGES.province == bindparam("province"),
    _CHANGES.key == bindparam("key"),
    _CHANGES.id < bindparam("before"),
)
_LATEST = select(*_CHANGES).where(*_OF_ROW).order_by(_CHANGES.id.desc()).limit(bindparam("limit"))
# A status write, built once (building a statement cost more than running it): the cell's last
# change, locked on PostgreSQL until the write commits, then the new change appended.
_LAST_OF_CELL = (
    select(*_CHANGES)
    .where(
        _CHANGES.province == bindparam("province"),
        _CHANGES.key == bindparam("key"),
        _CHANGES.agency == bindparam("agency"),
    )
    .order_by(_CHANGES.id.desc())
    .limit(1)
    .with_for_update()
)
_APPEND = insert(StatusChange)
_OLDER = select(func.count()).select_from(StatusChange.__table__).where(*_OF_ROW)
_PENDINGS = PendingInput.__table__.c
# The caller of an update in one statement: the registration and the chat's waiting prompt, each
# joined by primary key to a one-row anchor, so either may be missing (a stranger, no prompt;
# an inline query has no chat: chat_id NULL matches no prompt).
_ANCHOR = select(literal_column("1").label("one")).subquery("anchor")
_CALLER = select(
    *_REGISTRATION,
    _PENDINGS.kind,
    _PENDINGS.payload,
    _PENDINGS.since,
).select_from(
    _ANCHOR.outerjoin(Officer.__table__, _OFFICERS.user_id == bindparam("user_id")).outerjoin(
        PendingInput.__table__,
        and_(_PENDINGS.chat_id == bindparam("chat_id"), _PENDINGS.user_id == bindparam("user_id")),
    )
)


def _registration(row: Officer | Row) -> Registration:
    """From the model, or from a row of the same columns."""
    at = row.requested_at
    at = at.astimezone(LOCAL) if at.tzinfo else at.replace(tzinfo=LOCAL)
    return Registration(row.user_id, row.name, row.agency, row.state, row.reminders, at)


class Repo:
    def __init__(self, sessions: sessionmaker, province: str):
        self.sessions = sessions
        self.province = province

    # -- officers -------------------------------------------------------------------------------
    def officer(self, user_id: int) -> Registration | None:
        with self.sessions() as s:
            row = s.get(Officer, user_id)
            return _registration(row) if row else None

    def request_registration(
        self, user_id: int, name: str, agency: str, at: datetime
    ) -> Registration:
        """A new request (pending): whatever the person asked or was granted before is replaced."""
        with self.sessions.begin() as s:
            officer = s.get(Officer, user_id)
            if officer is None:
                officer = Officer(
                    user_id=user_id,
                    name=name,
                    agency=agency,
                    province=self.province,
                    state=OfficerState.PENDING,
                    reminders=True,
                    requested_at=at,
                )
                s.add(officer)
            else:
                officer.name, officer.agency, officer.state, officer.requested_at = (
                    name,
                    agency,
                    OfficerState.PENDING,
                    at,
                )
                officer.decided_by = officer.decided_at = None
            s.flush()
            return _registration(officer)

    def decide(
        self,
        user_id: int,
        state: OfficerState,
        by: int,
        at: datetime,
        expect: Registration | None = None,
    ) -> Registration | None:
        """Set the state an admin decided. With `expect`, only if the registration is still the
        one the decision was taken on (same agency and state): None when it changed meanwhile.
        """
        state = OfficerState(state)
        with self.sessions.begin() as s:
            officer = s.get(Officer, user_id, with_for_update=True)
            if officer is None:
                return None
            if expect is not None and (officer.agency, officer.state) != (
                expect.agency,
                expect.state,
            ):
                return None
            officer.state, officer.decided_by, officer.decided_at = state, by, at
            s.flush()
            return _registration(officer)

    def officers(
        self, state: OfficerState | None = None, agency: str | None = None
    ) -> list[Registration]:
        with self.sessions() as s:
            query = select(Officer).order_by(Officer.agency, Officer.user_id)
            if state:
                query = query.where(Officer.state == state)
            if agency:
                query = query.where(Officer.agency == agency)
            return [_registration(o) for o in s.scalars(query)]

    def names(self, user_ids: Iterable[int]) -> dict[int, str]:
        """user id -> name, for those of `user_ids` who ever registered."""
        wanted = sorted(set(user_ids))
        if not wanted:
            return {}
        with self.sessions() as s:
            found = s.connection().execute(_NAMES, {"user_ids": wanted})
            return {user_id: name for user_id, name in found}

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

    def change(self, change_id: int) -> Change | None:
        with self.sessions() as s:
            row = s.get(StatusChange, change_id)
            return _change(row) if row and row.province == self.province else None

    def latest_by(self, user_id: int) -> Change | None:
        """The last change `user_id` wrote, for any row and agency (/hoantac)."""
        with self.sessions() as s:
            row = s.scalars(
                select(StatusChange)
                .where(StatusChange.province == self.province, StatusChange.by == user_id)
                .order_by(StatusChange.id.desc())
                .limit(1)
            ).first()
            return _change(row) if row else None

    def before(self, change: Change) -> Change | None:
        """The change that `change` followed for the same row and agency."""
        with self.sessions() as s:
            row = s.scalars(
                select(StatusChange)
                .where(
                    StatusChange.province == self.province,
                    StatusChange.key == change.key,
                    StatusChange.agency == change.agency,
                    StatusChange.id < change.id,
                )
                .order_by(StatusChange.id.desc())
                .limit(1)
            ).first()
            return _change(row) if row else None

    def record(
        self,
        key: str,
        agency: str,
        new: Status,
        note: str,
        by: int,
        at: datetime,
        behalf: str | None = None,
    ) -> Change:
        """Append one change; the old status is read in the same transaction, one writer per row at
        a time. `behalf`: who wrote it for the unit without acting for it ("ghi thay").
        """
        change = self._record(key, agency, Status(new), note, by, at, None, behalf=behalf)
        assert change is not None
        return change

    def record_unless(
        self,
        key: str,
        agency: str,
        new: Status,
        note: str,
        by: int,
        at: datetime,
        unless: Callable[[Change | None], bool],
        behalf: str | None = None,
    ) -> Change | None:
        """Append one change unless `unless(current)` holds, decided in the write's own transaction
        (a status that already stands, read by two instances at once, is still appended once).
        """
        return self._record(key, agency, Status(new), note, by, at, None, unless, behalf)

    def record_after(
        self,
        latest: Change,
        new: Status,
        note: str,
        by: int,
        at: datetime,
        behalf: str | None = None,
    ) -> Change | None:
        """Append a change to `latest`'s row and agency only while `latest` is still the last one
        there (an undo): None when another change came in between.
        """
        return self._record(
            latest.key, latest.agency, Status(new), note, by, at, latest.id, behalf=behalf
        )

    def _record(
        self,
        key: str,
        agency: str,
        new: Status,
        note: str,
        by: int,
        at: datetime,
        expect: int | None,
        unless: Callable[[Change | None], bool] | None = None,
        behalf: str | None = None,
    ) -> Change | None:
        # A busy database raises here; the use case's unit of work is run again
        # (usecases/runner.py), off the event loop.
        with self.sessions.begin() as s:
            if needs_write_lock(s):
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
            connection = s.connection()
            last = connection.execute(
                _LAST_OF_CELL, {"province": self.province, "key": key, "agency": agency}
            ).first()
            if expect is not None and (last is None or last.id != expect):
                return None
            if unless is not None and unless(_change(last) if last else None):
                return None
            old = last.new if last else None
            values = {
                "province": self.province,
                "key": key,
                "agency": agency,
                "old": old,
                "new": new,
                "note": note,
                "by": by,
                "at": at,
                "behalf": behalf,
            }
            created = connection.execute(_APPEND, values).inserted_primary_key
            assert created is not None
            return Change(created[0], key, agency, old, new, note, by, _local(at), behalf)

    def history(self, key: str | None = None) -> list[Change]:
        with self.sessions() as s:
            query = select(StatusChange).where(StatusChange.province == self.province)
            if key:
                query = query.where(StatusChange.key == key)
            return [_change(r) for r in s.scalars(query.order_by(StatusChange.id))]

    def unit_history(self, agency: str, limit: int) -> list[Change]:
        """The `limit` latest changes written for one agency, newest first (a unit's page)."""
        with self.sessions() as s:
            query = (
                select(StatusChange)
                .where(StatusChange.province == self.province, StatusChange.agency == agency)
                .order_by(StatusChange.id.desc())
                .limit(limit)
            )
            return [_change(r) for r in s.scalars(query)]

    def latest_changes(
        self, key: str, limit: int, before: int | None = None
    ) -> tuple[list[Change], int]:
        """The `limit` latest changes of one row (older than change `before`), oldest first,
        and how many older ones there are beyond them. Core rows, not ORM objects: a view."""
        params = {"province": self.province, "key": key, "before": before or _NO_ID_ABOVE}
        with self.sessions() as s:
            connection = s.connection()
            rows = list(connection.execute(_LATEST, {**params, "limit": limit}))
            older = 0
            if len(rows) == limit:
                params["before"] = rows[-1].id
                older = connection.execute(_OLDER, params).scalar() or 0
        return [_change(r) for r in reversed(rows)], older

    def last_change_id(self) -> int:
        """The newest change's id, of any province (the primary key's end: one cheap read): any
        write since a view was built makes it grow."""
        with self.sessions() as s:
            return s.connection().execute(_LAST_CHANGE).scalar() or 0

    def current_all(self) -> dict[tuple[str, str], Change]:
        """(key, agency) -> latest change, for the whole province."""
        with self.sessions() as s:
            latest = (
                select(func.max(StatusChange.id))
                .where(StatusChange.province == self.province)
                .group_by(StatusChange.key, StatusChange.agency)
            )
            rows = s.connection().execute(select(*_CHANGES).where(_CHANGES.id.in_(latest)))
            return {(r.key, r.agency): _change(r) for r in rows}

    # -- chats and pending inputs ---------------------------------------------------------------
    def set_pending(
        self, chat_id: int, user_id: int, kind: str, payload: str, since: datetime | None = None
    ) -> None:
        """What the chat now waits for (replacing what it waited for), and since when."""
        with self.sessions.begin() as s:
            s.merge(
                PendingInput(
                    chat_id=chat_id, user_id=user_id, kind=kind, payload=payload, since=since
                )
            )

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

    def caller(
        self, user_id: int, chat_id: int | None
    ) -> tuple[Registration | None, Waiting | None]:
        """The person's registration and what their chat waits for, read together for every
        update: one statement of two primary-key reads, without the ORM's identity map (the
        cost of a message that needs nothing else from the database)."""
        with self.sessions() as s:
            row = s.connection().execute(_CALLER, {"user_id": user_id, "chat_id": chat_id}).one()
        waiting = Waiting(row.kind, row.payload, row.since) if row.kind is not None else None
        return (_registration(row) if row.user_id is not None else None), waiting
