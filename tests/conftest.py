from __future__ import annotations

import pytest

from knowledge.catalogue.loader import default_catalogue
from knowledge.reader.ask import Assistant
from tests.databases import fresh_database, share_engines


def pytest_collection_finish(session):
    """The test process settles its heap once its modules are imported and its tests collected,
    as a running bot does after start-up (bot.app.settle_heap): what is loaded for the whole
    session (the project, its libraries, the test modules) is frozen out of the collector's
    sight, and the young generation is collected every 10,000 allocations instead of 700. A
    test process starts hundreds of bots and each young collection found little to free: the
    collector's CPU in a run of the e2e and use-case tests fell from 1.6-1.9 s to 0.65 s of 20 s.
    Only when memory is given back changes; no test relies on a collection happening.

    From then on the bot's engines on the pooled databases are kept from one test to the next
    (tests/databases.py, SharedEngines): the test modules, imported by now, keep the product's
    own make_engine for the engines they open themselves."""
    from bot.app import settle_heap

    share_engines()
    settle_heap()


@pytest.fixture(scope="session")
def catalogue():
    return default_catalogue()


@pytest.fixture(scope="session")
def assistant(catalogue):
    return Assistant(catalogue)


@pytest.fixture
def db_url(tmp_path):
    url, give_back = fresh_database(tmp_path)
    yield url
    give_back()


@pytest.fixture
def empty_db_url(tmp_path):
    """A database no migration has touched, for the tests of the migrations."""
    url, give_back = fresh_database(tmp_path, migrated=False)
    yield url
    give_back()


@pytest.fixture
def db_factory(tmp_path):
    """For tests that need several databases."""
    given = []

    def make(name: str = "bot") -> str:
        url, give_back = fresh_database(tmp_path, name)
        given.append(give_back)
        return url

    yield make
    for give_back in given:
        give_back()


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
