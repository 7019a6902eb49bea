"""A table imported before versions existed becomes version 1 of its province (migration 0006)."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from sqlalchemy import text

from db.import_repo import ImportRepo
from db.session import MIGRATIONS, make_engine, make_sessions, migrate


def test_an_older_import_becomes_version_1(empty_db_url):
    engine = make_engine(empty_db_url)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")
        connection.execute(
            text(
                "INSERT INTO imported_assignments (province, province_name, decision, line, key, "
                "lead, coordinate, deadline_text, source, imported_at) VALUES ('ha-giang', "
                "'Hà Giang', '406', 2, '406-14', 'Sở Xây dựng', '', 'Tháng 6/2022', 'old.csv', "
                "'2022-01-05 09:00:00')"
            )
        )
    migrate(engine)
    repo = ImportRepo(make_sessions(engine))
    assert [(v.number, v.source, v.rows) for v in repo.history("ha-giang")] == [(1, "old.csv", 1)]
    name, _, _, rows = repo.load("ha-giang")
    assert (name, [(r.key, r.lead) for r in rows]) == ("Hà Giang", [("406-14", ("Sở Xây dựng",))])
    engine.dispose()
