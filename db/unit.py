"""The unit of work: one session and one transaction shared by every repository call a use case
makes, committed when the use case returns and rolled back when it raises.

The repositories keep their own shape (`with self.sessions() as s`, `with self.sessions.begin()
as s`): `Sessions` is the sessionmaker they hold, and while a unit is open in the current thread
(a context variable: each use case runs in a copy of the caller's context, usecases/workers.py) it
lends them the unit's session instead of opening a new one. Outside a unit (a test, a migration
helper) each call is its own transaction, as before.

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


class Sessions(sessionmaker[UnitSession]):
    """The sessionmaker of the repositories, aware of the unit of work open in this thread."""

    def __init__(self, bind: Any, **kw: Any) -> None:
        super().__init__(bind, class_=UnitSession, expire_on_commit=False, **kw)
        self._current: contextvars.ContextVar[UnitSession | None] = contextvars.ContextVar(
            f"unit-{id(self)}", default=None
        )
        # SQLite has one writer at a time. Writers of this process queue here, and the next
        # one starts the moment the last commits; waiting in SQLite's busy handler instead
        # sleeps in growing steps (up to 100 ms) whatever the wait. Other processes still
        # meet in busy_timeout.
        self._writer = threading.Lock()

    def __call__(self, **local_kw: Any) -> UnitSession:
        current = self._current.get()
        return current if current is not None else super().__call__(**local_kw)

    def begin(self) -> contextlib.AbstractContextManager[UnitSession]:
        current = self._current.get()
        if current is None:
            return super().begin()
        return _joined(current)

    @property
    def in_unit(self) -> bool:
        return self._current.get() is not None

    @contextlib.contextmanager
    def unit(self, writes: bool) -> Iterator[UnitSession]:
        """One transaction for everything inside; a unit inside a unit joins the outer one."""
        current = self._current.get()
        if current is not None:
            yield current
            return
        session = super().__call__()
        session.info[IN_UNIT] = True
        token = self._current.set(session)
        queued = writes and session.get_bind().dialect.name == "sqlite"
        if queued:
            self._writer.acquire()
        try:
            if queued:
                session.connection().exec_driver_sql("BEGIN IMMEDIATE")
                session.info[LOCKED] = True
            yield session
            if writes or session.info.get(WROTE):
                session.commit()
            # else: nothing to commit; closing ends the read (the pool rolls back on return)
        except BaseException:
            session.rollback()
            raise
        finally:
            self._current.reset(token)
            for flag in (IN_UNIT, LOCKED, WROTE):
                session.info.pop(flag, None)
            session.close()
            if queued:
                self._writer.release()


@contextlib.contextmanager
def _joined(session: UnitSession) -> Iterator[UnitSession]:
    """A repository's own transaction inside a unit: the unit's, flushed at the end of the block
    (ids assigned, constraints checked) and committed with the unit."""
    session.info[WROTE] = True
    yield session
    session.flush()


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
