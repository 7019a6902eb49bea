"""The suite's own databases (tests/databases.py). On PostgreSQL a database given back is reset and
handed to the next test: it must then hold exactly what a new copy of the template holds, and one
a reset cannot bring back must never be handed out again."""

from __future__ import annotations

import os
from datetime import UTC, datetime

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.exc import DBAPIError

from db.models import Base
from db.session import MIGRATIONS
from tests.databases import _postgres, fresh_database

BASE = os.environ.get("TEST_DATABASE_URL", "")
pytestmark = [
    pytest.mark.skipif(
        not BASE, reason="only PostgreSQL reuses databases; on SQLite each test copies a file"
    ),
    pytest.mark.storage,  # asks tests/databases.py itself
]
NOW = datetime(2021, 4, 13, 8, 0, tzinfo=UTC)


def write_some(connection) -> None:
    connection.execute(
        text(
            "INSERT INTO officers (user_id, name, agency, province, state, reminders, "
            "requested_at) VALUES (1001, 'A', 'Sở Xây dựng', 'tuyen-quang', 'approved', true, :at)"
        ),
        {"at": NOW},
    )
    for new in ("dang_lam", "hoan_thanh"):
        connection.execute(
            text(
                "INSERT INTO status_changes (province, key, agency, new, note, by, at) "
                "VALUES ('tuyen-quang', '406-14', 'Sở Xây dựng', :new, '', 1001, :at)"
            ),
            {"new": new, "at": NOW},
        )
    # sequences moved on with no row kept, as an insert that failed would, or set elsewhere
    connection.execute(text("SELECT nextval('letters_id_seq')"))
    connection.execute(text("ALTER SEQUENCE submissions_id_seq RESTART WITH 50"))


def test_a_database_given_back_holds_what_a_new_copy_holds_when_handed_out_again(tmp_path):
    url, give_back = fresh_database(tmp_path)
    engine = create_engine(url)
    with engine.begin() as connection:
        write_some(connection)
    # a session still inside a transaction and holding a lock, as a killed bot process leaves
    leaked = engine.connect()
    leaked.execute(text("LOCK TABLE officers IN ACCESS EXCLUSIVE MODE"))
    give_back()
    with pytest.raises(DBAPIError):
        leaked.execute(text("SELECT 1"))
    leaked.invalidate()
    engine.dispose()

    again, give_back = fresh_database(tmp_path)
    assert again == url, "the database was copied anew instead of reused"
    engine = create_engine(again)
    with engine.begin() as connection:
        for table in Base.metadata.tables:
            assert connection.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 0, table
        heads = connection.execute(text("SELECT version_num FROM alembic_version")).all()
        assert heads == [(ScriptDirectory(str(MIGRATIONS)).get_current_head(),)]
        for sequence in ("letters_id_seq", "submissions_id_seq"):
            assert connection.execute(text(f"SELECT nextval('{sequence}')")).scalar() == 1
        write_some(connection)
        ids = connection.execute(text("SELECT id FROM status_changes ORDER BY id")).scalars()
        assert list(ids) == [1, 2]
    engine.dispose()
    give_back()


@pytest.mark.parametrize(
    "change",
    [
        "ALTER TABLE officers ADD COLUMN extra integer",
        "ALTER TABLE officers ALTER COLUMN name DROP NOT NULL",
        "CREATE TABLE extra (id integer)",
        "CREATE INDEX ix_extra ON officers (name)",
        "DROP TABLE letter_versions",
        "UPDATE alembic_version SET version_num = '0001'",
        "ALTER SEQUENCE letters_id_seq START WITH 50",
        # the reset compares the schema when a DDL command ran: with the watch on it switched
        # off (no event trigger fires for that), it compares it every time
        "DROP EVENT TRIGGER pool_watch_ddl_command_end; ALTER TABLE officers ADD COLUMN extra int",
        "ALTER EVENT TRIGGER pool_watch_ddl_command_end DISABLE; CREATE TABLE extra (id integer)",
    ],
)
def test_a_database_a_reset_cannot_bring_back_is_dropped(tmp_path, change):
    pool = _postgres(BASE)
    url, give_back = fresh_database(tmp_path)
    engine = create_engine(url)
    for statement in change.split("; "):
        with engine.begin() as connection:
            connection.execute(text(statement))
    engine.dispose()
    replaced = pool.replaced
    give_back()
    assert pool.replaced == replaced + 1
    name = url.rsplit("/", 1)[1]
    admin = create_engine(BASE)
    with admin.connect() as connection:
        found = connection.execute(
            text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}
        )
        assert found.first() is None
    admin.dispose()
    other, give_back = fresh_database(tmp_path)
    assert other != url
    engine = create_engine(other)
    assert "extra" not in {c["name"] for c in inspect(engine).get_columns("officers")}
    assert "letter_versions" in inspect(engine).get_table_names()
    engine.dispose()
    give_back()


def test_the_schema_is_compared_after_a_ddl_command_only(tmp_path):
    """The reset reads the whole catalogue only when a session ran a DDL command on the
    database (tests/postgres_pool.py, _DDL_SEEN): rows written and sequences moved are
    brought back without it; a DDL command, even rolled back, makes it compare the schema."""
    pool = _postgres(BASE)
    url, give_back = fresh_database(tmp_path)
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("SELECT nextval('letters_id_seq')"))
    engine.dispose()
    compared = pool.shapes_compared
    give_back()
    assert pool.shapes_compared == compared

    again, give_back = fresh_database(tmp_path)
    assert again == url
    engine = create_engine(url)
    with engine.connect() as connection, connection.begin() as transaction:
        connection.execute(text("ALTER TABLE officers ADD COLUMN extra integer"))
        transaction.rollback()
    engine.dispose()
    give_back()
    assert pool.shapes_compared == compared + 1
    again, give_back = fresh_database(tmp_path)
    assert again == url, "a schema rolled back is the template's: the database is reused"
    give_back()
