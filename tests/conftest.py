from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import uuid

import pytest

from knowledge.catalogue.loader import default_catalogue
from knowledge.reader.ask import Assistant


@pytest.fixture(scope="session")
def catalogue():
    return default_catalogue()


@pytest.fixture(scope="session")
def assistant(catalogue):
    return Assistant(catalogue)


def fresh_database(tmp_path, name: str = "bot", migrated: bool = True):
    """A new database: SQLite under tmp_path, or a new PostgreSQL database when TEST_DATABASE_URL
    is set (CI runs the suite a second time that way). Returns (url, drop).

    `migrated` (the default) copies a database this process migrated once: running the
    migrations for each test took most of a second on PostgreSQL. The bot still runs them at
    start, and finds nothing to do. Tests of the migrations themselves ask for an empty one.
    """
    base = os.environ.get("TEST_DATABASE_URL")
    if not base:
        path = tmp_path / (name + ".db")
        if migrated:
            shutil.copyfile(_sqlite_template(), path)
        return f"sqlite:///{path}", lambda: None
    from sqlalchemy import create_engine, make_url, text

    database = f"t_{uuid.uuid4().hex[:16]}"
    template = f' TEMPLATE "{_postgres_template(base)}"' if migrated else ""
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{database}"{template}'))

    def drop():
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
        admin.dispose()

    return make_url(base).set(database=database).render_as_string(hide_password=False), drop


_templates: dict[str, str] = {}


def _sqlite_template() -> str:
    if "sqlite" not in _templates:
        from db.session import make_engine, migrate

        path = os.path.join(tempfile.mkdtemp(prefix="bot-template-"), "template.db")
        engine = make_engine(f"sqlite:///{path}")
        migrate(engine)
        engine.dispose()  # the last connection closed: the WAL is folded into the file
        _templates["sqlite"] = path
    return _templates["sqlite"]


def _postgres_template(base: str) -> str:
    if "postgres" not in _templates:
        from sqlalchemy import create_engine, make_url, text

        from db.session import make_engine, migrate

        name = f"tmpl_{uuid.uuid4().hex[:12]}"
        admin = create_engine(base, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        engine = make_engine(make_url(base).set(database=name).render_as_string(False))
        migrate(engine)
        engine.dispose()  # a template may have no open connection while it is copied

        def drop() -> None:
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()

        atexit.register(drop)
        _templates["postgres"] = name
    return _templates["postgres"]


@pytest.fixture
def db_url(tmp_path):
    url, drop = fresh_database(tmp_path)
    yield url
    drop()


@pytest.fixture
def empty_db_url(tmp_path):
    """A database no migration has touched, for the tests of the migrations."""
    url, drop = fresh_database(tmp_path, migrated=False)
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
