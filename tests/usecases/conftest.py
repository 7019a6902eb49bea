"""A desk on a fresh database, as the chat, the command line and the web page open one, with
the clock fixed inside the Tuyên Quang plan; the callers read as the chat reads them."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.clock import TZ, Clock
from bot.config import Config
from usecases import officers
from usecases.callers import Caller, open_update
from usecases.desk import Desk

ADMIN = 9000
NOW = datetime(2021, 4, 13, 8, 0, tzinfo=TZ)


@pytest.fixture
def desk(db_url, assistant):
    opened = Desk.open(Config(database=db_url, admins=[ADMIN]), Clock(NOW), assistant)
    yield opened
    opened.sessions.kw["bind"].dispose()


def caller(desk: Desk, user: int, chat: int | None = None) -> Caller:
    """Who `user` is now, writing in their private chat (or `chat`)."""
    found = desk.call(open_update, user, chat if chat is not None else user)
    assert found is not None
    return found


def officer(desk: Desk, user: int = 1001, agency: str = "Sở Xây dựng") -> Caller:
    """An approved officer of `agency`, through the use cases."""
    asked = desk.call(officers.ask_registration, caller(desk, user), f"Cán bộ {user}", agency)
    assert isinstance(asked, officers.Registered), asked
    decided = desk.call(officers.decide_registration, caller(desk, ADMIN), str(user), True)
    assert isinstance(decided, officers.Decided), decided
    return caller(desk, user)
