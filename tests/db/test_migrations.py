"""Migrations run up from an empty database (SQLite, and PostgreSQL in CI's second run), down and
up again.
"""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from sqlalchemy import inspect, text

from db.session import MIGRATIONS, make_engine, migrate

TABLES = {
    "officers",
    "status_changes",
    "chats",
    "pending_inputs",
    "reminder_log",
    "tick_state",
    "proposals",
    "proposal_changes",
    "imported_assignments",
    "submissions",
}


def test_up_from_empty_down_and_up_again(empty_db_url):
    engine = make_engine(empty_db_url)
    migrate(engine)
    assert set(inspect(engine).get_table_names()) >= TABLES
    with engine.connect() as connection:
        head = connection.execute(text("select version_num from alembic_version")).scalar()
    assert (
        head == sorted(p.stem.split("_")[0] for p in (MIGRATIONS / "versions").glob("0*.py"))[-1]
    )
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    assert not TABLES & set(inspect(engine).get_table_names())
    migrate(engine)  # and up again, as at every start
    migrate(engine)  # a second start changes nothing
    assert set(inspect(engine).get_table_names()) >= TABLES
    engine.dispose()


def test_0005_keeps_each_groups_agency_and_gives_it_back_on_downgrade(empty_db_url):
    """A group bound to one agency before 0005 follows that agency after it; down again, the
    group is bound to one of the agencies it followed."""
    engine = make_engine(empty_db_url)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")
        connection.execute(
            text(
                "INSERT INTO chats (chat_id, kind, agency, active) VALUES "
                "(-500, 'group', 'Sở Xây dựng', true), (-600, 'group', NULL, true), "
                "(1001, 'private', NULL, true)"
            )
        )
        command.upgrade(config, "0005")
        rows = connection.execute(text("SELECT chat_id, agency FROM chat_agencies")).all()
        assert [tuple(r) for r in rows] == [(-500, "Sở Xây dựng")]
        assert "agency" not in {c["name"] for c in inspect(connection).get_columns("chats")}
        connection.execute(text("INSERT INTO chat_agencies VALUES (-500, 'Sở Y tế')"))
        command.downgrade(config, "0004")
        rows = connection.execute(text("SELECT chat_id, agency FROM chats ORDER BY chat_id")).all()
        assert [tuple(r) for r in rows] == [
            (-600, None),
            (-500, "Sở Xây dựng"),
            (1001, None),
        ]
    engine.dispose()
