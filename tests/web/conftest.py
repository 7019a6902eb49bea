"""The desk in a real headless Chromium: Debian's headless build of it (`apt-get install
chromium-headless-shell`, done by .ci/run; the full `chromium` where only that is installed),
driven by Playwright through executable_path (Playwright's own browser download is not reachable
here). One browser per test process; each test opens its own context (no shared storage).

The bot runs as everywhere in the suite (the real Application against the Bot API emulator, on
virtual time), on an event loop of its own in a thread, with the desk served on a free local port
by the same code as `python -m bot web --demo`; the test drives the browser from its own thread
and speaks in the chat through the same player.
"""

from __future__ import annotations

import asyncio
import os
import queue
import threading
from concurrent.futures import Future
from pathlib import Path

import pytest

from tests.botkit import ADMIN, start_on

# The headless shell is the same Blink and V8 without the desktop browser around them (what
# Playwright itself runs headless): the pages of tests/web/test_desk_browser.py and
# test_tracking.py cost Chromium 6.4-7.0 s of CPU with the full browser, 4.6 s with the shell
# (load ~20, two runs each), and the tests see the same page.
HEADLESS_SHELL = "/usr/bin/chromium-headless-shell"
CHROMIUM = os.environ.get(
    "CHROMIUM", HEADLESS_SHELL if Path(HEADLESS_SHELL).exists() else "/usr/bin/chromium"
)
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE = {"width": 390, "height": 844}  # Telegram opens a Mini App at a phone's width


class OnThread:
    """Playwright's sync API, on a thread of its own: it keeps an event loop running on the
    thread that started it, and on the test's own thread that loop would stop every asyncio
    test that runs after it in this process. Calls are sent to that thread and waited for."""

    def __init__(self):
        self.jobs: queue.Queue = queue.Queue()
        threading.Thread(target=self._serve, daemon=True, name="playwright").start()

    def _serve(self) -> None:
        while True:
            job, done = self.jobs.get()
            if job is None:
                return
            try:
                done.set_result(job())
            except BaseException as err:
                done.set_exception(err)

    def call(self, function, *args, **kwargs):
        done: Future = Future()
        self.jobs.put((lambda: function(*args, **kwargs), done))
        return done.result()

    def stop(self) -> None:
        self.jobs.put((None, None))


class Remote:
    """A Playwright object (browser, page, locator, download) used from the test's thread."""

    def __init__(self, thread: OnThread, target):
        object.__setattr__(self, "_thread", thread)
        object.__setattr__(self, "_target", target)

    def _wrap(self, value):
        if type(value).__module__.startswith("playwright."):
            return Remote(self._thread, value)
        return value

    def __getattr__(self, name: str):
        value = self._thread.call(getattr, self._target, name)
        if callable(value) and type(value).__module__.startswith("playwright."):
            return lambda *a, **k: self._wrap(self._thread.call(value, *a, **k))
        if callable(value) and hasattr(value, "__self__"):  # a bound method
            return lambda *a, **k: self._wrap(self._thread.call(value, *a, **k))
        return self._wrap(value)

    def __enter__(self):
        return self._wrap(self._thread.call(self._target.__enter__))

    def __exit__(self, *exc):
        return self._thread.call(self._target.__exit__, *exc)


@pytest.fixture(scope="session")
def browser():
    """One Chromium for the whole test process, on its own profile (launch() gives each browser
    a fresh temporary user-data-dir)."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} missing: apt-get install chromium-headless-shell (.ci/run does)")
    from playwright.sync_api import sync_playwright

    thread = OnThread()
    playwright = thread.call(lambda: sync_playwright().start())
    browser = thread.call(playwright.chromium.launch, executable_path=CHROMIUM, args=ARGS)
    yield Remote(thread, browser)
    thread.call(browser.close)
    thread.call(playwright.stop)
    thread.stop()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport=PHONE, locale="vi-VN", accept_downloads=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda err: errors.append(str(err)))
    page.set_default_timeout(10_000)
    yield page
    context.close()
    assert errors == [], errors


class Live:
    """A player and the desk it serves, on an event loop in a thread. The player starts when it
    is first used, at the moment of the first line it is told when that sets the clock
    (tests/botkit.py, start_on): on the machine's clock its start ran today's tick, on a Monday
    with the coordinator's digest, before the test's first line took it back to 2021."""

    def __init__(self, database: str, files: Path, web_url: str = ""):
        from bot.player import Player

        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.player = Player(database, [ADMIN], files_dir=files)
        self.player.config.web_url = web_url
        self.started = False
        self.server = None

    def start(self, first_line: str = "") -> None:
        if not self.started:
            self.started = True
            self._call(start_on(self.player, first_line))

    def run(self, coroutine, timeout: float = 60):
        self.start()
        return self._call(coroutine, timeout)

    def _call(self, coroutine, timeout: float = 60):
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout)

    def say(self, *lines: str) -> list[dict]:
        self.start(lines[0] if lines else "")
        calls: list[dict] = []
        for line in lines:
            calls += self.run(self.player.line(line))
        return calls

    def serve(self):
        from bot.web_demo import DeskServer

        async def start():
            return await DeskServer(self.player).start()

        self.server = self.run(start())
        return self.server

    @property
    def services(self):
        self.start()
        return self.player.app.bot_data["services"]

    def close(self) -> None:
        if self.server is not None:
            self._call(self.server.stop())
        self._call(self.player.stop())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)
        self.loop.close()


@pytest.fixture
def live(db_url, tmp_path):
    live = Live(db_url, tmp_path / "files")
    yield live
    refused = live.player.emulator.refusals()
    live.close()
    assert refused == [], "the emulator refused a Bot API call"
