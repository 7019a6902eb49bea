"""A row's history is read newest first by an index (/lichsu), not by sorting all of it."""

from __future__ import annotations

import pytest

from db.session import make_engine, migrate
from db.status_repo import _LATEST, _OLDER


@pytest.mark.parametrize("statement", [_LATEST, _OLDER], ids=["latest", "older"])
def test_a_rows_latest_changes_are_read_by_index_without_sorting(tmp_path, statement):
    engine = make_engine(f"sqlite:///{tmp_path / 'bot.db'}")
    migrate(engine)
    compiled = statement.compile(engine)
    params = compiled.construct_params(
        {"province": "tuyen-quang", "key": "406-14", "before": 10**9, "limit": 10}
    )
    values = tuple(params[name] for name in compiled.positiontup or ())
    with engine.connect() as connection:
        plan = " ".join(
            str(row[-1])
            for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}", values)
        )
    engine.dispose()
    assert "ix_status_key " in plan + " " and "TEMP B-TREE" not in plan
