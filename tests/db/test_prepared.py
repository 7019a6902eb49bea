"""The caller's statement on the driver's cursor (db/prepared.py) reads what SQLAlchemy's own
execution reads: every column converted alike (the officer's state, the reminders flag, the
times), a stranger and a chat with nothing waiting as NULLs, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from db.models import Officer, PendingInput
from db.repo import _CALLER, Repo
from db.session import make_engine, make_sessions, migrate
from knowledge.rules.officers import OfficerState

LOCAL = ZoneInfo("Asia/Ho_Chi_Minh")
ASKED = datetime(2021, 4, 13, 8, 0, tzinfo=LOCAL)
WAITING = datetime(2021, 4, 13, 9, 30, 15, 250000, tzinfo=LOCAL)


@pytest.fixture
def sessions(db_url):
    engine = make_engine(db_url)
    migrate(engine)
    sessions = make_sessions(engine)
    with sessions.begin() as s:
        for user_id, state, reminders in ((1001, "approved", True), (1002, "pending", False)):
            s.add(
                Officer(
                    user_id=user_id,
                    name=f"Nguyễn Văn {user_id}",
                    agency="Sở Y tế",
                    province="tuyen-quang",
                    state=state,
                    reminders=reminders,
                    requested_at=ASKED,
                )
            )
        s.add(
            PendingInput(
                chat_id=1001, user_id=1001, kind="note", payload='{"k": 1}', since=WAITING
            )
        )
        s.add(PendingInput(chat_id=-500, user_id=1002, kind="note", payload="{}", since=None))
    yield sessions
    engine.dispose()


CALLERS = [(1001, 1001), (1002, -500), (1002, 1002), (4242, 4242), (1001, None)]


@pytest.mark.parametrize(("user_id", "chat_id"), CALLERS)
def test_the_caller_reads_the_same_on_the_cursor_as_through_sqlalchemy(sessions, user_id, chat_id):
    values = {"user_id": user_id, "chat_id": chat_id}
    with sessions.unit(writes=False), sessions.connection() as connection:
        fast = _CALLER.first(connection, values)
        slow = connection.execute(_CALLER.statement, values).one()
    assert fast is not None
    assert fast._asdict() == slow._asdict()
    assert [type(v) for v in fast] == [type(v) for v in slow]


def test_the_caller_is_read_with_its_registration_and_prompt(sessions):
    repo = Repo(sessions, "tuyen-quang")
    with sessions.unit(writes=False):
        registration, waiting = repo.caller(1001, 1001)
        stranger, nothing = repo.caller(4242, 4242)
    assert registration is not None and registration.state is OfficerState.APPROVED
    assert registration.reminders is True and registration.requested_at == ASKED
    assert waiting is not None and waiting.kind == "note" and waiting.payload == '{"k": 1}'
    since = waiting.since
    assert since is not None  # SQLite keeps the wall time, PostgreSQL the instant
    assert (since.astimezone(LOCAL) if since.tzinfo else since.replace(tzinfo=LOCAL)) == WAITING
    assert stranger is None and nothing is None
