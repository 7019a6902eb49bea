from __future__ import annotations

import os
import shutil
import tempfile
from datetime import datetime

import pytest

from tests.databases import RUNNING, fresh_database, share_engines
from tests.precompile import precompile
from tests.sandbox_zygote import sandbox_for
from tests.storage_modules import may_use_storage, unread

# The run's temporary files (pytest's tmp_path, the pooled SQLite files of tests/databases.py,
# what the bots and readers the tests start write) go to memory when the machine has room there
# and nobody chose a TMPDIR: on a disk each SQLite commit at a checkpoint and each close of a WAL
# database waited for fsync (20-40 ms of wall time on a loaded machine, a test's bot closes its
# database at least once), and a test only ever reads back what the same run wrote. Set before
# pytest picks its temporary root, inherited by the processes the tests start.
MEMORY = "/dev/shm"
MEMORY_ROOM = 2 << 30  # bytes free; a run writes a few megabytes


def _in_memory() -> bool:
    try:
        return os.access(MEMORY, os.W_OK) and shutil.disk_usage(MEMORY).free >= MEMORY_ROOM
    except OSError:
        return False


if not os.environ.get("TMPDIR") and _in_memory():
    os.environ["TMPDIR"] = MEMORY
    tempfile.tempdir = None  # gettempdir() reads TMPDIR again

# The fixtures that hand a test one of the suite's databases (tests/databases.py); `player` and
# every fixture built on them count too (pytest lists a test's fixtures with those they use). A
# test that asks tests/databases.py itself carries the `storage` marker.
STORAGE_FIXTURES = frozenset({"db_url", "empty_db_url", "db_factory"})


def uses_storage(item) -> bool:
    return bool(STORAGE_FIXTURES & set(getattr(item, "fixturenames", ()))) or (
        item.get_closest_marker("storage") is not None
    )


@pytest.hookimpl(tryfirst=True)
def pytest_sessionstart(session):
    """The xdist controller writes the byte-code caches before its workers start (before xdist's
    own sessionstart, which starts them): on a clean clone each worker compiled everything
    itself (tests/precompile.py)."""
    config = session.config
    if not hasattr(config, "workerinput") and config.getoption("numprocesses", None):
        precompile(config)


def pytest_collection_modifyitems(config, items):
    """The run against PostgreSQL (TEST_DATABASE_URL) leaves out the tests that use no database
    of the suite's: TEST_DATABASE_URL reaches nothing but tests/databases.py (the bot reads
    BOT_DATABASE_URL), so such a test runs the same code on the same data in both runs, its own
    SQLite file or memory database included, and the SQLite run has just run it. Those tests were
    a fifth of the PostgreSQL run's CPU (README, Code layout: tests/). A test that asks for a
    database without saying so fails in either run (pytest_runtest_setup below). The SQLite run
    checks that the PostgreSQL run imports every module such a test is in
    (tests/storage_modules.py)."""
    if not os.environ.get("TEST_DATABASE_URL"):
        skipped = unread(items, uses_storage)
        if skipped:
            raise pytest.UsageError(
                f"{', '.join(skipped)}: tests that use a database in modules the PostgreSQL run "
                "would not import; add the fixture they use to tests/storage_modules.WORDS"
            )
        return
    indifferent = [item for item in items if not uses_storage(item)]
    if indifferent:
        config.hook.pytest_deselected(items=indifferent)
        items[:] = [item for item in items if uses_storage(item)]


def pytest_ignore_collect(collection_path, config):
    """The PostgreSQL run does not import a test module that can hold no test it keeps
    (tests/storage_modules.py); a module named on the command line is still collected."""
    if (
        os.environ.get("TEST_DATABASE_URL")
        and collection_path.suffix == ".py"
        and collection_path.name.startswith("test_")
        and not may_use_storage(collection_path)
    ):
        return True
    return None


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    """tests/databases.py refuses a database to a test that does not say it uses one, so that no
    test the PostgreSQL run leaves out reads a database of the suite's (checked in every run,
    the SQLite one included).

    A file a test sends is read by the sandbox's child forked from a zygote (tests/
    sandbox_zygote.py), unless the test is marked `real_sandbox`: then by a new interpreter, as
    the bot starts it."""
    RUNNING[:] = [(item.nodeid, uses_storage(item))]
    sandbox_for(item.get_closest_marker("real_sandbox") is not None)


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


# The catalogue and the reader are imported by the fixtures, not with this module: under xdist
# the controller imports this conftest too, before it starts the workers, and runs no test (the
# reader's imports, numpy's included, were half a second of its CPU and of the run's start).
@pytest.fixture(scope="session")
def catalogue():
    from knowledge.catalogue.loader import default_catalogue

    return default_catalogue()


@pytest.fixture(scope="session")
def assistant(catalogue):
    """The process's reader of the shipped catalogue, the one the bots the tests start and the
    modules that call default_assistant() read with (a second one was 0.1 s of CPU a worker)."""
    from knowledge.reader.ask import default_assistant

    found = default_assistant()
    assert found.catalogue is catalogue
    return found


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
async def player(request, tmp_path, db_url):
    """The bot, started, for an end-to-end test: the real Application on the emulator, on a
    database of the test's own (a copy of this process's migrated template, tests/databases.py),
    at 13/4/2021 08:00, with ADMIN (tests/botkit.py) as the admin.

    Writing a new end-to-end test, cheaply:
    - take this fixture; build a Player yourself only for another province, other admins,
      faults or a limiter, and then start it with botkit.start_on(player, first_line), which
      starts it at that moment;
    - do not play a clock line to the moment the bot started at: the start's heartbeat just ran
      there, and a second finds nothing due (~9 ms on SQLite, ~17 ms on PostgreSQL);
    - `! restart` or a second Player only when a restart is what the test checks: a bot's start
      and stop is ~35 ms of CPU on SQLite and ~55 ms with 13 pinged checkouts on PostgreSQL;
    - a database only through `db_url`, `empty_db_url` or `db_factory` (the PostgreSQL run keeps
      only the tests that take one); the emulator's refusals and unanswered callback queries
      are checked at the end for you.
    """
    from bot.clock import TZ
    from bot.player import Player
    from tests.botkit import ADMIN

    # A clock line runs one tick at its moment unless the test is marked `daily_ticks` (the
    # demo's clock steps day by day: tests/e2e/test_catch_up.py)
    daily = request.node.get_closest_marker("daily_ticks") is not None
    p = Player(db_url, [ADMIN], files_dir=tmp_path / "files", daily_ticks=daily)
    # Started at the script's first moment: on the machine's clock the start's catch-up tick ran
    # on today's date, and on a Monday (the coordinator's digest day) it sent the admin a digest
    # of everything late by then, which no test reads (a fifth of a bot's start).
    # The start's heartbeat is the script's first moment: a clock line to the same moment ran
    # a second one that found nothing due (9 ms of a test's ~45 ms of fixed cost).
    p.clock.set(datetime(2021, 4, 13, 8, 0, tzinfo=TZ))
    await p.start()
    yield p
    await p.stop()
    assert p.emulator.refusals() == [], "the emulator refused a Bot API call"
    assert p.emulator.unanswered() == [], "a callback query was never answered"
