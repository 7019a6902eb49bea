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
    "imported_assignments",
    "submissions",
}


def test_up_from_empty_down_and_up_again(db_url):
    engine = make_engine(db_url)
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
