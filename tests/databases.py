"""The databases the tests run on: a SQLite file under the test's tmp_path, or, when
TEST_DATABASE_URL is set (CI runs the suite a second time that way), a PostgreSQL database of the
test's own.

Every database starts migrated to head and empty, copied from a template this process migrated
once (running the migrations for each test took most of a second on PostgreSQL; the bot still runs
them at start and finds nothing to do). Tests of the migrations themselves ask for an empty one.

On PostgreSQL, `CREATE DATABASE … TEMPLATE` costs about a third of a second (it copies the whole
catalogue, some 8 MB), which across the suite was most of the gap between the two runs. So each
test process keeps a pool of databases copied from the template, and a database given back is
reset instead of dropped: every other session on it is ended, the tables written to are truncated,
the sequences restarted, and the result is compared with the template (schema, every sequence, the
rows the template holds); a database that differs in any way is dropped and replaced by a new copy.
A test therefore sees exactly what a fresh copy would show, and a reset costs a few milliseconds.

SQLite files are pooled the same way: each test process keeps a few paths, and a path given back is
emptied (the file and its -wal and -shm removed) and the template copied to it again when handed
out: a new file at a path an earlier test used.

A database handed out again keeps the engine the bot opened on it (SharedEngines): SQLAlchemy
caches each statement's compiled form per engine (the cache is keyed by the engine's dialect), and
a new engine for every test compiled every statement of every test again (a third of the CPU of a
bot's start). The engine is shared only between tests that use the same pooled database one after
the other; when the database is given back its connections are closed (the same `dispose` the bot
runs at shutdown), and an engine a test changed (an event listener left on it, other execution
options) is dropped, so the next test opens a new one.

On PostgreSQL the server sessions behind those connections outlive the test (ParkedSessions): when
the engine's pool closes an idle connection (the bot's `dispose` at shutdown), the session is
parked instead, and the pooled database's next test gets it back when its engine next connects. A
new session per test cost the server ~7 ms of CPU to start and end and the test process ~3 ms, and
a new session parses, analyses and plans every statement again (psycopg prepares a statement on a
session once it ran there five times). The pool itself is disposed as in production: a test sees
it empty after the bot's shutdown, and a connection made later in the same test is a new one.
The reset keeps a parked session only if it is idle and holds no lock (not even a session's
advisory lock), and ends every other. A session carries nothing else a test could see: the bot
sets no session variable, makes no temporary table and listens on no channel, and the schema it
prepared its statements against is the template's (a database whose schema changed is dropped).

PINGLESS: those kept PostgreSQL engines do not ping a connection at each checkout. Production
does (db.session.make_engine, checked by tests/db/test_session.py on an engine of its own): it
guards against a server restarted under a running bot. Here every session a test starts with is
one the reset has just found alive and idle, or a new one, and nothing restarts the server
during a test; the ping was a round trip at each of the ~50 checkouts of an end-to-end test
(bench/README.md, Round 29: the suite's tests).
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tests.postgres_pool import PostgresPool

# The test running (its id, and whether it says it uses a database), set by tests/conftest.py.
RUNNING: list[tuple[str, bool]] = []


def fresh_database(
    tmp_path: Path, name: str = "bot", migrated: bool = True
) -> tuple[str, Callable[[], None]]:
    """A new database (see the module's docstring). Returns (url, give_back): call give_back once
    the test no longer uses it."""
    if RUNNING and not RUNNING[0][1]:
        raise RuntimeError(
            f"{RUNNING[0][0]} asks for a database but takes no database fixture and has no "
            "storage marker: the run against PostgreSQL would leave it out (tests/conftest.py)"
        )
    base = os.environ.get("TEST_DATABASE_URL")
    if not base:
        if not migrated:  # a path nothing has created yet, under the test's own folder
            return f"sqlite:///{tmp_path / (name + '.db')}", lambda: None
        return _sqlite().take()
    if not migrated:
        return _postgres(base).empty()
    return _postgres(base).take()


class SharedEngines:
    """The engines made by db.session.make_engine in this test process (the bot's, through
    open_database; installed by tests/conftest.py), kept for the pooled databases so that the
    next test handed the same database finds its statements compiled. Any other URL (a memory
    database, a file a test names itself, an empty database) gets a new engine as before."""

    def __init__(self) -> None:
        self.reusable: set[str] = set()
        # url -> (engine, what it was made with, its parked sessions on PostgreSQL)
        self.kept: dict[str, tuple[Any, Any, ParkedSessions | None]] = {}
        self.lock = threading.Lock()
        self.pid = os.getpid()

    def make_engine(self, url: str | None = None):
        if url not in self.reusable or os.getpid() != self.pid:
            return _made(url)
        with self.lock:
            if url not in self.kept:
                engine = _made(url)
                parked = None
                if engine.dialect.driver == "psycopg":
                    parked = ParkedSessions(engine)
                    # No ping at each checkout (PINGLESS, the module's docstring says why).
                    engine.pool._pre_ping = False
                self.kept[url] = (engine, _setup(engine), parked)
            return self.kept[url][0]

    def give_back(self, url: str) -> frozenset[int]:
        """The database is no longer the test's: the engine's connections closed, and the engine
        forgotten if the test changed it (it may still hold checked-out connections: they are
        the test's, and end with it). Returns the server sessions parked (PostgreSQL), which the
        reset leaves open if they are idle."""
        with self.lock:
            kept = self.kept.get(url)
            if kept is None:
                return frozenset()
            engine, made_with, parked = kept
            engine.dispose()
            if _setup(engine) != made_with:
                del self.kept[url]
                if parked is not None:
                    parked.close()
                return frozenset()
            return parked.sessions() if parked is not None else frozenset()

    def settle(self, url: str, alive: frozenset[int]) -> None:
        """The reset is done: the parked sessions in `alive` go to the next test, the others
        are closed."""
        with self.lock:
            kept = self.kept.get(url)
        if kept is not None and kept[2] is not None:
            kept[2].settle(alive)

    def forget(self, url: str) -> None:
        """The database is gone (dropped): so is its engine."""
        with self.lock:
            self.reusable.discard(url)
            kept = self.kept.pop(url, None)
        if kept is not None:
            kept[0].dispose()
            if kept[2] is not None:
                kept[2].close()


class ParkedSessions:
    """The server sessions of a kept PostgreSQL engine (see the module's docstring): a connection
    its pool closes cleanly is parked (up to the pool's size), and the engine's next connect in
    the next test takes a parked one instead of opening a new session. Once the pool closed a
    connection during a test (the bot's shutdown, or a test disposing the engine on purpose),
    that test's later connects open new sessions, as they would in production."""

    def __init__(self, engine) -> None:
        from sqlalchemy import event

        self.limit = engine.pool.size()
        self.lock = threading.Lock()
        self.closed: list[Any] = []  # closed by the pool during this test
        self.ready: list[Any] = []  # parked before this test, for its engine's next connects
        self.serving = True
        # the pool closes a connection through its dialect (the engine's own); a connection
        # invalidated (an error, a failed ping) is terminated, never parked
        engine.dialect.do_close = self._park
        engine.dialect.do_terminate = _close
        event.listen(engine, "do_connect", self._connect)

    def sessions(self) -> frozenset[int]:
        with self.lock:
            return frozenset(c.info.backend_pid for c in [*self.closed, *self.ready])

    def settle(self, alive: frozenset[int]) -> None:
        with self.lock:
            parked, self.closed, self.ready = [*self.closed, *self.ready], [], []
            for connection in parked:
                kept = connection.info.backend_pid in alive and _idle(connection)
                (self.ready if kept else self.closed).append(connection)
            ended, self.closed = self.closed, []
            self.serving = True
        for connection in ended:
            _close(connection)

    def close(self) -> None:
        with self.lock:
            parked, self.closed, self.ready = [*self.closed, *self.ready], [], []
        for connection in parked:
            _close(connection)

    def _park(self, connection) -> None:
        with self.lock:
            self.serving = False
            if _idle(connection) and len(self.closed) + len(self.ready) < self.limit:
                self.closed.append(connection)
                return
        _close(connection)

    def _connect(self, dialect, record, cargs, cparams):
        with self.lock:
            if self.serving and self.ready:
                return self.ready.pop()
        return None  # a new session


def _idle(connection) -> bool:
    """A psycopg connection open, unbroken, in no transaction."""
    from psycopg.pq import TransactionStatus

    return (
        not connection.closed
        and not connection.broken
        and connection.info.transaction_status == TransactionStatus.IDLE
    )


def _close(connection) -> None:
    connection.close()


def _made(url: str | None):
    from db.session import make_engine

    return _MAKE_ENGINE[0](url) if _MAKE_ENGINE else make_engine(url)


_MAKE_ENGINE: list[Callable[..., Any]] = []  # db.session's own, once SHARED is installed
SHARED = SharedEngines()


def share_engines() -> None:
    """db.session.make_engine gives the engines SHARED keeps (tests/conftest.py calls this once
    the test modules are imported: a test's own `make_engine`, imported by name, stays the
    product's; open_database looks the name up when it runs)."""
    from db import session

    if not _MAKE_ENGINE:
        _MAKE_ENGINE.append(session.make_engine)
        session.make_engine = SHARED.make_engine


def _setup(engine) -> tuple:
    """What a test could have changed on an engine besides its connections: the listeners on
    the engine, its pool and its dialect, its execution options, its pool's kind."""
    found: list[tuple] = []
    for target in (engine, engine.pool, engine.dialect):
        dispatch = target.dispatch
        for event in dispatch._event_names:
            listeners = tuple(id(fn) for fn in getattr(dispatch, event))
            if listeners:
                found.append((type(target).__name__, event, listeners))
    return (tuple(found), dict(engine.get_execution_options()), type(engine.pool))


class SqlitePool:
    """SQLite files for this test process: a migrated template, and paths handed out one test at
    a time, each a new copy of the template when handed out (see the module's docstring)."""

    def __init__(self) -> None:
        from db.session import make_engine, migrate

        self.root = Path(tempfile.mkdtemp(prefix="bot-sqlite-"))
        self.template = self.root / "template.db"
        engine = make_engine(f"sqlite:///{self.template}")
        migrate(engine)
        engine.dispose()  # the last connection closed: the WAL is folded into the file
        self.free: list[Path] = []
        self.made = 0

    def take(self) -> tuple[str, Callable[[], None]]:
        if self.free:
            path = self.free.pop()
        else:
            self.made += 1
            path = self.root / f"db{self.made}" / "bot.db"
            path.parent.mkdir()
        _remove(path)
        shutil.copyfile(self.template, path)
        url = f"sqlite:///{path}"
        SHARED.reusable.add(url)
        given: list[bool] = []

        def give_back() -> None:
            if not given:  # a second call must not put it in the pool twice
                given.append(True)
                SHARED.give_back(url)
                _remove(path)  # whoever still holds it holds a file no longer at this path
                self.free.append(path)

        return url, give_back

    def close(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal", ".migrate-lock"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


_sqlite_pools: list[SqlitePool] = []


def _sqlite() -> SqlitePool:
    if not _sqlite_pools:
        _sqlite_pools.append(SqlitePool())
        atexit.register(_sqlite_pools[0].close)
    return _sqlite_pools[0]


def _postgres(base: str) -> PostgresPool:
    """This process's pool on the server at `base` (tests/postgres_pool.py)."""
    from tests.postgres_pool import pool_on

    return pool_on(base)
