"""The desk in a real headless Chromium: Debian's (`apt-get install chromium`, done by .ci/run),
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
import threading
from pathlib import Path

import pytest

from tests.botkit import ADMIN

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
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


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} missing: apt-get install -y chromium (.ci/run does)")
    from playwright.sync_api import sync_playwright

    # launch() starts Chromium on a fresh temporary profile of its own (its user-data-dir)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


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
    """A player and the desk it serves, on an event loop in a thread."""

    def __init__(self, database: str, files: Path, web_url: str = ""):
        from bot.player import Player

        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.player = Player(database, [ADMIN], files_dir=files)
        self.player.config.web_url = web_url
        self.run(self.player.start())
        self.server = None

    def run(self, coroutine, timeout: float = 60):
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout)

    def say(self, *lines: str) -> list[dict]:
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
        return self.player.app.bot_data["services"]

    def close(self) -> None:
        if self.server is not None:
            self.run(self.server.stop())
        self.run(self.player.stop())
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
