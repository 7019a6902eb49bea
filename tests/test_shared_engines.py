"""The bot's engine on a pooled database is kept for the next test handed that database
(tests/databases.py, SharedEngines): that test must find a new copy of the template all the same,
and an engine a test changed must not reach the next one."""

from __future__ import annotations

import pytest
from sqlalchemy import event, text

from db import session
from tests.databases import RUNNING, fresh_database
from tests.databases import _made as made

pytestmark = pytest.mark.storage  # asks tests/databases.py itself

OFFICER = (
    "INSERT INTO officers (user_id, name, agency, province, state, reminders, requested_at) "
    "VALUES (1001, 'A', 'Sở Xây dựng', 'tuyen-quang', 'approved', true, '2021-04-13 08:00')"
)


def officers(engine) -> int:
    with engine.connect() as connection:
        return connection.execute(text("SELECT count(*) FROM officers")).scalar()


def test_a_database_handed_out_again_is_a_new_copy_on_the_same_engine(tmp_path):
    url, give_back = fresh_database(tmp_path)
    engine = session.make_engine(url)  # as open_database makes the bot's
    with engine.begin() as connection:
        connection.execute(text(OFFICER))
    held = engine.connect()  # a connection the test never gave back
    give_back()
    assert engine.pool.checkedin() == 0
    held.close()

    again, give_back = fresh_database(tmp_path)
    assert again == url, "the database was not handed out again"
    reused = session.make_engine(again)
    assert reused is engine
    assert officers(reused) == 0
    with reused.begin() as connection:
        connection.execute(text(OFFICER))
    assert officers(reused) == 1
    give_back()


def test_an_engine_a_test_changed_is_not_handed_to_the_next(tmp_path):
    for change in (
        lambda engine: event.listen(engine, "before_cursor_execute", lambda *args: None),
        lambda engine: event.listen(engine.pool, "checkout", lambda *args: None),
        lambda engine: engine.update_execution_options(isolation_level="SERIALIZABLE"),
    ):
        url, give_back = fresh_database(tmp_path)
        engine = session.make_engine(url)
        change(engine)
        give_back()
        again, give_back = fresh_database(tmp_path)
        assert again == url
        fresh = session.make_engine(again)
        assert fresh is not engine
        assert officers(fresh) == 0
        give_back()


def test_only_the_pooled_databases_share_an_engine(tmp_path):
    memory = session.make_engine("sqlite://")
    assert session.make_engine("sqlite://") is not memory  # each its own database
    memory.dispose()
    named = f"sqlite:///{tmp_path / 'own.db'}"
    first, second = session.make_engine(named), session.make_engine(named)
    assert first is not second
    first.dispose()
    second.dispose()
    url, give_back = fresh_database(tmp_path, migrated=False)
    first, second = session.make_engine(url), session.make_engine(url)
    assert first is not second
    first.dispose()
    second.dispose()
    give_back()


def test_a_test_that_does_not_say_it_uses_a_database_gets_none(tmp_path):
    """The run against PostgreSQL leaves out the tests that take no database fixture and carry
    no storage marker (tests/conftest.py): such a test asking for a database fails in every run,
    so none is left out that would have used one."""
    running = list(RUNNING)
    RUNNING[:] = [("tests/x.py::test_x", False)]
    try:
        with pytest.raises(RuntimeError, match=r"tests/x\.py::test_x asks for a database"):
            fresh_database(tmp_path)
    finally:
        RUNNING[:] = running


def test_a_kept_server_engine_pings_no_checkout_and_its_sessions_are_alive(tmp_path):
    """PINGLESS (tests/databases.py): on PostgreSQL the kept engine checks out without a ping,
    and the next test handed the database gets a session the reset found alive, or a new one,
    also when the test before ended the engine's session under it; an engine made as the
    product makes it still pings. On SQLite neither pings (db.session.make_engine)."""
    url, give_back = fresh_database(tmp_path)
    engine = session.make_engine(url)
    server = engine.dialect.name == "postgresql"
    own = made(url)  # the product's make_engine, as outside the tests
    assert own.pool._pre_ping == server
    assert engine.pool._pre_ping is False
    if server:
        with engine.connect() as connection:
            pid = connection.execute(text("SELECT pg_backend_pid()")).scalar()
        with own.connect() as other:  # the session ended while the pool holds it
            # The timeout makes the call wait until the backend has exited: without it the
            # signal may still be in flight when the reset looks, which then finds the
            # session alive and hands it on to die under the next query (a CI flake).
            ended = other.execute(
                text("SELECT pg_terminate_backend(:pid, 5000)"), {"pid": pid}
            ).scalar()
            assert ended is True
    own.dispose()
    give_back()
    again, give_back = fresh_database(tmp_path)
    assert again == url
    reused = session.make_engine(again)
    assert reused is engine
    for _ in range(3):  # each checkout a live session, none pinged
        assert officers(reused) == 0
    give_back()
