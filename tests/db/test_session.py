"""Engines: connections pinged before use, so the first request after the database restarted
does not fail."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from db.session import make_engine, release


def test_engines_ping_before_use(db_url):
    """A server's connections are pinged before use; a SQLite file's are not (it has no
    server to lose, and a ping is a statement on every update)."""
    engine = make_engine(db_url)
    assert engine.pool._pre_ping == (engine.dialect.name != "sqlite")
    engine.dispose()


def test_a_database_restart_costs_no_request(db_url):
    engine = make_engine(db_url)
    if engine.dialect.name != "postgresql":
        pytest.skip("only a server restarts; SQLite is a file")
    with engine.connect() as connection:  # a pooled connection, as the bot holds them
        mine = connection.execute(text("SELECT pg_backend_pid()")).scalar()
    admin = create_engine(db_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:  # the server drops it, as a restart would
        connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": mine})
    admin.dispose()
    with engine.connect() as connection:
        assert connection.execute(text("SELECT 1")).scalar() == 1
    engine.dispose()


def test_a_sqlite_file_is_written_ahead_and_synced_at_checkpoints(tmp_path):
    """WAL lets readers go on while one writes; NORMAL syncs at checkpoints rather than at each
    commit (a killed process still loses nothing committed: tests/e2e/test_processes.py)."""
    engine = make_engine(f"sqlite:///{tmp_path / 'bot.db'}")
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    engine.dispose()


def test_release_empties_a_pool_and_keeps_a_memory_database(db_url):
    """`release` (the bot's post-shutdown): a file's or a server's connections are closed, the
    engine still usable after; a memory database is its one connection and keeps its data."""
    engine = make_engine(db_url)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT 1")).scalar() == 1
    assert engine.pool.checkedin() == 1
    release(engine)
    assert engine.pool.checkedin() == 0
    with engine.connect() as connection:
        assert connection.execute(text("SELECT 2")).scalar() == 2
    engine.dispose()

    memory = make_engine("sqlite://")
    with memory.begin() as connection:
        connection.execute(text("CREATE TABLE kept (n INTEGER)"))
        connection.execute(text("INSERT INTO kept VALUES (7)"))
    release(memory)
    with memory.connect() as connection:
        assert connection.execute(text("SELECT n FROM kept")).scalar() == 7
