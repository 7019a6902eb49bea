"""The append-only status history: the current status of a row and agency, appending a change
(one writer per row at a time), undoing it, a row's or a unit's history. Apart from the officers
(officer_repo.py) and the chats' pending inputs (repo.py, whose Repo builds on both)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import NamedTuple
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Row, bindparam, func, insert, select, text
from sqlalchemy.orm import sessionmaker

from db.models import Officer, StatusChange
from db.unit import core, writing
from knowledge.rules.statuses import Change, Status

LOCAL = ZoneInfo("Asia/Ho_Chi_Minh")


def _local(at: datetime) -> datetime:
    # SQLite keeps the wall time and drops the offset; PostgreSQL answers in the session's zone
    # (often UTC).
    # Every time we store is Asia/Ho_Chi_Minh, and every time we show is too.
    return at.astimezone(LOCAL) if at.tzinfo else at.replace(tzinfo=LOCAL)


def _change(row: StatusChange | Row) -> Change:
    return Change(
        row.id,
        row.key,
        row.agency,
        row.old,
        row.new,
        row.note,
        row.by,
        _local(row.at),
        row.behalf,
        row.undoes,
        row.sent_on,
    )


_CHANGES = StatusChange.__table__.c


class Page(NamedTuple):
    """A page of a row's history (/lichsu)."""

    changes: list[Change]  # oldest first
    older: int  # changes before them
    names: dict[int, str]  # author id -> registered name, for those who ever registered


_NO_ID_ABOVE = 2**31 - 1  # ids are INTEGER: a bound every id is under
_LAST_CHANGE = select(func.max(_CHANGES.id))
_OF_PROVINCE = _CHANGES.province == bindparam("province")
# The changes after one id up to another, oldest first: a range of the primary key, every
# province's (naming the province here made SQLite scan the province's whole history by its
# index and sort it; a database usually holds one province); how many a province has up to an id.
_BETWEEN = (
    select(*_CHANGES)
    .where(_CHANGES.id > bindparam("after"), _CHANGES.id <= bindparam("upto"))
    .order_by(_CHANGES.id)
)
_COUNT_UP_TO = select(func.count(_CHANGES.id)).where(
    _OF_PROVINCE, _CHANGES.id <= bindparam("upto")
)
_OF_ROW = (
    _CHANGES.province == bindparam("province"),
    _CHANGES.key == bindparam("key"),
    _CHANGES.id < bindparam("before"),
)
# a row's page of history with each author's registered name (NULL: never registered), by
# primary key, in the same statement: reading the names after the page was a second statement,
# its id list expanded at every run
_LATEST = (
    select(*_CHANGES, Officer.__table__.c.name.label("author"))
    .select_from(
        StatusChange.__table__.outerjoin(
            Officer.__table__, Officer.__table__.c.user_id == _CHANGES.by
        )
    )
    .where(*_OF_ROW)
    .order_by(_CHANGES.id.desc())
    .limit(bindparam("limit"))
)
_OLDER = select(func.count()).select_from(StatusChange.__table__).where(*_OF_ROW)
# the province's changes of a span of time (a day's log), oldest first, with each author's name
_IN_SPAN = (
    select(*_CHANGES, Officer.__table__.c.name.label("author"))
    .select_from(
        StatusChange.__table__.outerjoin(
            Officer.__table__, Officer.__table__.c.user_id == _CHANGES.by
        )
    )
    .where(
        _CHANGES.province == bindparam("province"),
        _CHANGES.at >= bindparam("start"),
        _CHANGES.at < bindparam("end"),
    )
    .order_by(_CHANGES.id)
)
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


class StatusRepo:
    """The status history's operations (db/repo.Repo builds on them)."""

    sessions: sessionmaker
    province: str

    def _newest(self, *where: ColumnElement[bool]) -> Change | None:
        """The newest change of this province that matches `where`, or None."""
        with self.sessions() as s:
            row = s.scalars(
                select(StatusChange)
                .where(StatusChange.province == self.province, *where)
                .order_by(StatusChange.id.desc())
                .limit(1)
            ).first()
            return _change(row) if row else None

    def current(self, key: str, agency: str) -> Change | None:
        return self._newest(StatusChange.key == key, StatusChange.agency == agency)

    def change(self, change_id: int) -> Change | None:
        with self.sessions() as s:
            row = s.get(StatusChange, change_id)
            return _change(row) if row and row.province == self.province else None

    def latest_by(self, user_id: int) -> Change | None:
        """The last change `user_id` wrote, for any row and agency (/hoantac)."""
        return self._newest(StatusChange.by == user_id)

    def signed_name(self, user_id: int, unless: str = "") -> str | None:
        """The name `user_id` last signed a "ghi thay" with (an admin, who has no registration),
        other than `unless`: the name the bot holds for them."""
        found = self._newest(
            StatusChange.by == user_id,
            StatusChange.behalf.is_not(None),
            StatusChange.behalf != unless,
        )
        return found.behalf if found else None

    def before(self, change: Change) -> Change | None:
        """The change that `change` followed for the same row and agency."""
        return self._newest(
            StatusChange.key == change.key,
            StatusChange.agency == change.agency,
            StatusChange.id < change.id,
        )

    def record(
        self,
        key: str,
        agency: str,
        new: Status,
        note: str,
        by: int,
        at: datetime,
        behalf: str | None = None,
        sent_on: date | None = None,
    ) -> Change:
        """Append one change; the old status is read in the same transaction, one writer per row at
        a time. `behalf`: who wrote it for the unit without acting for it ("ghi thay");
        `sent_on`: the day the unit sent the document, when not the day written.
        """
        change = self._record(
            key, agency, Status(new), note, by, at, None, behalf=behalf, sent_on=sent_on
        )
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
        sent_on: date | None = None,
    ) -> Change | None:
        """Append one change unless `unless(current)` holds, decided in the write's own transaction
        (a status that already stands, read by two instances at once, is still appended once).
        """
        return self._record(key, agency, Status(new), note, by, at, None, unless, behalf, sent_on)

    def record_after(
        self,
        latest: Change,
        new: Status,
        note: str,
        by: int,
        at: datetime,
        behalf: str | None = None,
        sent_on: date | None = None,
    ) -> Change | None:
        """Append a change to `latest`'s row and agency only while `latest` is still the last one
        there (an undo, which names `latest` as the change it undoes): None when another change
        came in between. `sent_on`: the day sent of the status put back.
        """
        return self._record(
            latest.key,
            latest.agency,
            Status(new),
            note,
            by,
            at,
            latest.id,
            behalf=behalf,
            sent_on=sent_on,
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
        sent_on: date | None = None,
    ) -> Change | None:
        # A busy database raises here; the use case's unit of work is run again
        # (usecases/runner.py), off the event loop.
        # Take the write lock before reading the old status: another process may be writing this
        # row.
        with writing(self.sessions) as connection:
            if connection.dialect.name == "postgresql":
                # Two instances updating the same row at once: the second waits, then reads the
                # first's change
                # as its old status (a row lock on the last change would hand it the stale one).
                connection.execute(
                    text("SELECT pg_advisory_xact_lock(hashtext(:k))"),
                    {"k": f"{self.province}|{key}|{agency}"},
                )
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
                "undoes": expect,
                "sent_on": sent_on,
            }
            created = connection.execute(_APPEND, values).inserted_primary_key
            assert created is not None
            return Change(
                created[0], key, agency, old, new, note, by, _local(at), behalf, expect, sent_on
            )

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

    def latest_changes(self, key: str, limit: int, before: int | None = None) -> Page:
        """The `limit` latest changes of one row (older than change `before`), oldest first,
        how many older ones there are beyond them, and their authors' registered names. Core
        rows, not ORM objects: a view."""
        params = {"province": self.province, "key": key, "before": before or _NO_ID_ABOVE}
        with core(self.sessions) as connection:
            rows = list(connection.execute(_LATEST, {**params, "limit": limit}))
            older = 0
            if len(rows) == limit:
                params["before"] = rows[-1].id
                older = connection.execute(_OLDER, params).scalar() or 0
        names = {r.by: r.author for r in rows if r.author is not None}
        return Page([_change(r) for r in reversed(rows)], older, names)

    def changes_in(self, start: datetime, end: datetime) -> Page:
        """The province's changes written from `start` up to `end` (a day's log: "hôm nay ai
        cập nhật gì"), oldest first, with their authors' registered names."""
        params = {"province": self.province, "start": start, "end": end}
        with core(self.sessions) as connection:
            rows = list(connection.execute(_IN_SPAN, params))
        names = {r.by: r.author for r in rows if r.author is not None}
        return Page([_change(r) for r in rows], 0, names)

    def last_change_id(self) -> int:
        """The newest change's id, of any province (the primary key's end: one cheap read): any
        write since a view was built makes it grow."""
        with core(self.sessions) as connection:
            return connection.execute(_LAST_CHANGE).scalar() or 0

    def changes_between(self, after: int, upto: int) -> list[Change]:
        """The province's changes with `after` < id <= `upto`, oldest first."""
        with core(self.sessions) as connection:
            rows = connection.execute(_BETWEEN, {"after": after, "upto": upto})
            return [_change(r) for r in rows if r.province == self.province]

    def count_up_to(self, upto: int) -> int:
        """How many changes the province has with id <= `upto`."""
        with core(self.sessions) as connection:
            found = connection.execute(_COUNT_UP_TO, {"province": self.province, "upto": upto})
            return found.scalar() or 0

    def commits_in_id_order(self) -> bool:
        """Whether a change can never become visible after one with a greater id: true of
        SQLite, whose writers take turns (the write lock from before the id is drawn until the
        commit); on PostgreSQL two writers draw ids and may commit in the other order."""
        engine = self.sessions.kw["bind"]
        return bool(engine.dialect.name == "sqlite")

    def current_all(self, upto: int | None = None) -> dict[tuple[str, str], Change]:
        """(key, agency) -> latest change, for the whole province (among the changes with id <=
        `upto`, when given)."""
        with core(self.sessions) as connection:
            latest = (
                select(func.max(StatusChange.id))
                .where(
                    StatusChange.province == self.province,
                    *([StatusChange.id <= upto] if upto is not None else []),
                )
                .group_by(StatusChange.key, StatusChange.agency)
            )
            rows = connection.execute(select(*_CHANGES).where(_CHANGES.id.in_(latest)))
            return {(r.key, r.agency): _change(r) for r in rows}
