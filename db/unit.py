"""The unit of work: one connection and one transaction shared by every repository call a use
case makes, committed when the use case returns and rolled back when it raises.

The repositories keep their own shape (`with self.sessions() as s`, `with self.sessions.begin()
as s`, and `with self.sessions.connection() as c` for a Core read): `Sessions` is the
sessionmaker they hold, and while a unit is open in the current thread (a context variable: each
use case runs in a copy of the caller's context, usecases/workers.py) it lends them the unit's
connection, and an ORM session on that connection, made the first time one is asked for. A unit
that only runs Core statements (the caller of an update, the newest change's id) opens no
session at all: a session's making, its transaction and its closing cost more than those reads.
Outside a unit (a test, a migration helper) each call is its own transaction, as before.

A unit that writes takes SQLite's write lock at its start (BEGIN IMMEDIATE): reading under a
deferred transaction and writing later can fail at once with SQLITE_BUSY when another connection
wrote in between, which busy_timeout does not wait out. PostgreSQL needs nothing at the start;
the repositories' row and advisory locks hold until the unit ends.
"""

from __future__ import annotations

import contextlib
import contextvars
import threading
from collections.abc import Iterator
from typing import Any

from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

# session.info flags
IN_UNIT = "unit"  # the session belongs to a unit of work: only the unit closes it
LOCKED = "write_locked"  # SQLite: the unit already holds the write lock (BEGIN IMMEDIATE)
WROTE = "wrote"  # a repository wrote inside the unit (its `sessions.begin()` block)


class UnitSession(Session):
    """A session that a repository's `with` block does not close while a unit owns it."""

    def __exit__(self, type_: Any, value: Any, traceback: Any) -> None:
        if self.info.get(IN_UNIT):
            return
        super().__exit__(type_, value, traceback)


class _Unit:
    """What a unit holds: its connection, its session once one was asked for, whether it holds
    SQLite's write lock from its start."""

    __slots__ = ("connection", "locked", "session", "wrote")

    def __init__(self, connection: Connection, locked: bool) -> None:
        self.connection = connection
        self.locked = locked
        self.session: UnitSession | None = None
        self.wrote = False  # a Core write ran on the connection (`Sessions.writing`)


class Sessions(sessionmaker[UnitSession]):
    """The sessionmaker of the repositories, aware of the unit of work open in this thread."""

    def __init__(self, bind: Any, **kw: Any) -> None:
        super().__init__(bind, class_=UnitSession, expire_on_commit=False, **kw)
        self._current: contextvars.ContextVar[_Unit | None] = contextvars.ContextVar(
            f"unit-{id(self)}", default=None
        )
        # SQLite has one writer at a time. Writers of this process queue here, and the next
        # one starts the moment the last commits; waiting in SQLite's busy handler instead
        # sleeps in growing steps (up to 100 ms) whatever the wait. Other processes still
        # meet in busy_timeout.
        self._writer = threading.Lock()
        self._sqlite = bind.dialect.name == "sqlite"

    def __call__(self, **local_kw: Any) -> UnitSession:
        unit = self._current.get()
        if unit is None:
            return super().__call__(**local_kw)
        return unit.session or self._session_of(unit)

    def _session_of(self, unit: _Unit) -> UnitSession:
        """The unit's session, on the unit's connection and inside its transaction: the unit,
        not the session, commits or rolls back."""
        session = super().__call__(bind=unit.connection)
        session.info[IN_UNIT] = True
        if unit.locked:
            session.info[LOCKED] = True
        unit.session = session
        return session

    def begin(self) -> contextlib.AbstractContextManager[UnitSession]:
        unit = self._current.get()
        if unit is None:
            return super().begin()
        return _joined(unit.session or self._session_of(unit))

    @contextlib.contextmanager
    def connection(self) -> Iterator[Connection]:
        """A connection for Core statements: the unit's, or outside a unit one of its own. Pending
        ORM changes are not flushed first (as `Session.connection()` does not flush): every
        repository's `begin()` block flushes at its end."""
        unit = self._current.get()
        if unit is not None:
            yield unit.connection
            return
        engine: Engine = self.kw["bind"]
        with engine.connect() as connection:
            yield connection

    @contextlib.contextmanager
    def writing(self) -> Iterator[Connection]:
        """A connection for a repository's Core write that reads before it writes: on SQLite
        with the write lock taken first (BEGIN IMMEDIATE, unless the unit holds it already, see
        `needs_write_lock`). Inside a unit, the unit's connection, committed with the unit;
        outside, a transaction of its own, committed at the end of the block."""
        unit = self._current.get()
        if unit is None:
            engine: Engine = self.kw["bind"]
            with engine.begin() as connection:
                if self._sqlite:
                    connection.exec_driver_sql("BEGIN IMMEDIATE")
                yield connection
            return
        if self._sqlite and not unit.locked:
            unit.connection.exec_driver_sql("BEGIN IMMEDIATE")
            unit.locked = True
            if unit.session is not None:
                unit.session.info[LOCKED] = True
        unit.wrote = True
        yield unit.connection

    @property
    def in_unit(self) -> bool:
        return self._current.get() is not None

    @contextlib.contextmanager
    def unit(self, writes: bool) -> Iterator[None]:
        """One transaction for everything inside; a unit inside a unit joins the outer one."""
        if self._current.get() is not None:
            yield
            return
        queued = writes and self._sqlite
        if queued:
            self._writer.acquire()
        try:
            engine: Engine = self.kw["bind"]
            with engine.connect() as connection:
                # begun here, so that a session made later joins it instead of owning it
                connection.begin()
                unit = _Unit(connection, locked=queued)
                token = self._current.set(unit)
                try:
                    if queued:
                        connection.exec_driver_sql("BEGIN IMMEDIATE")
                    yield
                    session = unit.session
                    if session is not None and session.info.get(WROTE):
                        session.flush()
                        writes = True
                    if writes or unit.wrote:
                        connection.commit()
                    # else: nothing to commit; closing the connection ends the read
                except BaseException:
                    connection.rollback()
                    raise
                finally:
                    self._current.reset(token)
                    if unit.session is not None:
                        for flag in (IN_UNIT, LOCKED, WROTE):
                            unit.session.info.pop(flag, None)
                        unit.session.close()
        finally:
            if queued:
                self._writer.release()


@contextlib.contextmanager
def _joined(session: UnitSession) -> Iterator[UnitSession]:
    """A repository's own transaction inside a unit: the unit's, flushed at the end of the block
    (ids assigned, constraints checked) and committed with the unit."""
    session.info[WROTE] = True
    yield session
    session.flush()


def core(sessions: sessionmaker[Any]) -> contextlib.AbstractContextManager[Connection]:
    """A connection for a repository's Core reads: the unit's when one is open (no session made
    for it), else one of its own."""
    if isinstance(sessions, Sessions):
        return sessions.connection()
    return _session_connection(sessions)


def writing(sessions: sessionmaker[Any]) -> contextlib.AbstractContextManager[Connection]:
    """A connection for a repository's Core write that reads first, the write lock taken before
    the read (`Sessions.writing`)."""
    if isinstance(sessions, Sessions):
        return sessions.writing()
    return _session_writing(sessions)


@contextlib.contextmanager
def _session_writing(sessions: sessionmaker[Any]) -> Iterator[Connection]:
    with sessions.begin() as s:
        if needs_write_lock(s):
            s.connection().exec_driver_sql("BEGIN IMMEDIATE")
        yield s.connection()


@contextlib.contextmanager
def _session_connection(sessions: sessionmaker[Any]) -> Iterator[Connection]:
    with sessions() as s:
        yield s.connection()


def needs_write_lock(session: Session) -> bool:
    """SQLite, and the write lock not yet taken by this session's unit: a repository that reads
    before it writes takes it itself (BEGIN IMMEDIATE)."""
    return session.get_bind().dialect.name == "sqlite" and not session.info.get(LOCKED)


def retryable(error: BaseException) -> bool:
    """Worth running the whole unit again: SQLite busy or locked past busy_timeout, a PostgreSQL
    serialization failure or deadlock, or a unique key another writer took first (a submission's
    version number)."""
    if isinstance(error, IntegrityError):
        return True
    if isinstance(error, OperationalError):
        text = str(error.orig).lower()
        return any(word in text for word in ("locked", "busy", "deadlock", "could not serialize"))
    if isinstance(error, DBAPIError):
        code = getattr(error.orig, "sqlstate", None) or getattr(error.orig, "pgcode", None)
        return code in ("40001", "40P01")
    return False
