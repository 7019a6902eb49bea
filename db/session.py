"""Engines and migrations: SQLite (WAL) under a data folder by default, PostgreSQL from a URL."""

from __future__ import annotations

import fcntl
import functools
import os
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import (
    Column,
    MetaData,
    String,
    Table,
    create_engine,
    event,
    inspect,
    make_url,
    select,
    text,
)
from sqlalchemy.engine import Engine
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.pool import StaticPool

from db.unavailable import DatabaseUnavailable
from db.unit import Sessions

MIGRATIONS = Path(__file__).parent / "migrations"
DEFAULT_URL = "sqlite:///data/bot.db"


def make_engine(url: str | None = None) -> Engine:
    url = url or DEFAULT_URL
    if url.startswith("sqlite:///") and not url.startswith("sqlite:///:memory:"):
        Path(_file_of(url.removeprefix("sqlite:///"))).parent.mkdir(parents=True, exist_ok=True)
    if url.startswith("sqlite:///:memory:") or url == "sqlite://":
        # One shared connection: the use cases run in worker threads, and the default pool for
        # a memory database gives each thread a database of its own.
        engine = create_engine(
            url, poolclass=StaticPool, connect_args={"check_same_thread": False}
        )
    else:
        # A file database gets SQLAlchemy's QueuePool with check_same_thread off: each use case
        # borrows a connection in its worker thread and returns it when its unit ends.
        # Pre-ping (a server's database): the first request after the server restarted finds a
        # fresh connection. A SQLite file has no server to lose, and the ping was a statement
        # on every checkout, i.e. on every update.
        server = make_url(url).get_backend_name() != "sqlite"
        engine = create_engine(url, pool_pre_ping=server)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):
            cursor = dbapi_conn.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA busy_timeout=5000")
            # WAL with NORMAL syncs at checkpoints, not at each commit: a killed process loses
            # nothing committed (tests/e2e/test_processes.py), only a power cut can take the last
            # commits back. Each status write's fsync was what queued other writers behind it
            # under a burst (bench/README.md, Load). Where a power cut must lose nothing:
            # PostgreSQL.
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

    return engine


def _file_of(database: str) -> str:
    """The file of a SQLite database, also when named by a URI (file:…?mode=ro&uri=true)."""
    if database.startswith("file:"):
        return database.removeprefix("file:").partition("?")[0]
    return database


def shown(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return repr(url[:80])


def sqlite_file(url: str | None) -> str | None:
    """The path of a SQLite file database (None for any other database or a memory one)."""
    try:
        parsed = make_url(url or DEFAULT_URL)
    except ArgumentError:
        return None  # open_database says what is wrong with it
    path = parsed.database
    if not parsed.drivername.startswith("sqlite") or not path or path == ":memory:":
        return None
    return _file_of(path)


def missing_file(url: str | None) -> str | None:
    """The path of a SQLite file database that does not exist (None for any other database, a
    memory one, or a file that is there): a command that only reads must not create it."""
    path = sqlite_file(url)
    return None if path is None or os.path.exists(path) else path


def open_database(url: str | None = None, writable: bool = True) -> Engine:
    """make_engine and migrate (and, when `writable`, a write that changes nothing), every failure
    one line (DatabaseUnavailable): a malformed URL, an unknown database kind or driver, a server
    that does not answer, a read-only file.
    """
    url = url or DEFAULT_URL
    where = shown(url)
    example = "sqlite:///data/bot.db hoặc postgresql+psycopg://người:mật_khẩu@máy/tên"
    try:
        engine = make_engine(url)
    except ArgumentError:
        raise DatabaseUnavailable(
            f"Địa chỉ cơ sở dữ liệu {where} không hợp lệ: cần dạng {example}."
        ) from None
    except (NoSuchModuleError, ImportError):
        raise DatabaseUnavailable(
            f"Không dùng được cơ sở dữ liệu {where}: loại hoặc trình điều khiển không được hỗ "
            f"trợ (dùng {example})."
        ) from None
    except OSError as exc:
        raise DatabaseUnavailable(
            f"Không tạo được thư mục cho cơ sở dữ liệu {where}: {exc.strerror}."
        ) from None
    try:
        migrate(engine)
        if writable:  # a read-only file would fail at the first status written, not here
            with engine.begin() as connection:
                connection.execute(text("UPDATE alembic_version SET version_num = version_num"))
    except DBAPIError as exc:
        engine.dispose()
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
        if "readonly" in reason or "read-only" in reason:
            reason = "chỉ đọc được, không ghi được (kiểm tra quyền ghi tệp và thư mục)"
        raise DatabaseUnavailable(f"Không dùng được cơ sở dữ liệu {where}: {reason}.") from None
    except (SQLAlchemyError, OSError) as exc:
        engine.dispose()
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise DatabaseUnavailable(f"Không dùng được cơ sở dữ liệu {where}: {reason}.") from None
    return engine


def migrate(engine: Engine) -> None:
    """Apply every Alembic migration up to head; safe to run at every start, and from several
    processes at once.
    """
    database = engine.url.database if engine.dialect.name == "sqlite" else None
    if database and database != ":memory:":
        # SQLite: processes starting together take turns (a file lock beside the database).
        with open(f"{_file_of(database)}.migrate-lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            _upgrade(engine)
        return
    _upgrade(engine)


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


@functools.cache
def _heads() -> frozenset[str]:
    """The revisions `head` means, read from the scripts once a process."""
    return frozenset(ScriptDirectory.from_config(_config()).get_heads())


# Alembic's version table, as its MigrationContext reads it, made once: a MigrationContext made
# at each start built a new Table, and its query was compiled again at every start (2.0 ms of
# CPU a start on SQLite, 3.7 on PostgreSQL, now 0.5 and 1.7; a test process starts hundreds).
_VERSIONS = Table("alembic_version", MetaData(), Column("version_num", String(32)))
_CURRENT = select(_VERSIONS.c.version_num)


def _current(connection) -> frozenset[str]:
    """The revisions the database is at (none before its first migration), as Alembic's
    get_current_heads reads them."""
    if not inspect(connection).has_table(_VERSIONS.name):
        return frozenset()
    return frozenset(connection.scalars(_CURRENT))


def _upgrade(engine: Engine) -> None:
    config = _config()
    # ConfigParser interpolates "%": a URL-encoded password or path would break it
    url = engine.url.render_as_string(hide_password=False).replace("%", "%%")
    config.set_main_option("sqlalchemy.url", url)
    with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            # Several bot processes may start at once on one database: one migrates, the others
            # wait.
            connection.execute(text("SELECT pg_advisory_xact_lock(406411)"))
        # A database already at head (every start but the first after an upgrade): nothing to
        # run, and Alembic's upgrade would load and execute every script again to find that out
        # (17 ms a start; a test process starts hundreds of bots).
        if _current(connection) == _heads():
            return
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def release(engine: Engine) -> None:
    """Let go of the engine's connections when its user stops (the Application shut down): a
    file's or a server's pool is emptied (a later use opens new connections). A memory
    database's one connection (StaticPool) is the database itself: closing it would leave
    whoever still holds the engine (a test reading what the bot wrote) an empty database, and it
    holds no file nor server session to give back, so it is kept until the engine goes."""
    if isinstance(engine.pool, StaticPool):
        return
    engine.dispose()


def make_sessions(engine: Engine) -> Sessions:
    return Sessions(engine)
