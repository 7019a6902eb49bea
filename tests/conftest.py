from __future__ import annotations

import os
import uuid

import pytest

from knowledge.ask import Assistant
from knowledge.loader import default_catalogue


@pytest.fixture(scope="session")
def catalogue():
    return default_catalogue()


@pytest.fixture(scope="session")
def assistant(catalogue):
    return Assistant(catalogue)


def fresh_database(tmp_path, name: str = "bot"):
    """A new empty database: SQLite under tmp_path, or a new PostgreSQL database when
    TEST_DATABASE_URL is set (CI runs the suite a second time that way). Returns (url, drop).
    """
    base = os.environ.get("TEST_DATABASE_URL")
    if not base:
        return f"sqlite:///{tmp_path / (name + '.db')}", lambda: None
    from sqlalchemy import create_engine, make_url, text

    database = f"t_{uuid.uuid4().hex[:16]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{database}"'))

    def drop():
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
        admin.dispose()

    return make_url(base).set(database=database).render_as_string(hide_password=False), drop


@pytest.fixture
def db_url(tmp_path):
    url, drop = fresh_database(tmp_path)
    yield url
    drop()


@pytest.fixture
def db_factory(tmp_path):
    """For tests that need several databases."""
    drops = []

    def make(name: str = "bot") -> str:
        url, drop = fresh_database(tmp_path, name)
        drops.append(drop)
        return url

    yield make
    for drop in drops:
        drop()


@pytest.fixture
async def player(tmp_path, db_url):
    from bot.player import Player
    from tests.botkit import ADMIN

    p = Player(db_url, [ADMIN], files_dir=tmp_path / "files")
    await p.start()
    await p.line("@ 2021-04-13 08:00")
    yield p
    await p.stop()
    assert p.emulator.refusals() == [], "the emulator refused a Bot API call"
    assert p.emulator.unanswered() == [], "a callback query was never answered"
