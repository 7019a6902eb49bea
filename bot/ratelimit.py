"""Keeping the bot inside Telegram's limits, and riding out 429s, 5xx and timeouts.

AIORateLimiter has no per-chat limit for private chats and counts with a leaky bucket; Telegram
(and our emulator) count messages in a sliding window. This limiter waits until every window that
a message falls in has room (30/s overall, 1/s per chat, 20/min per group: bot.flood_limits), and
takes its place in all of them at one moment, right before the call; edits count as messages. It
retries on RetryAfter after the time Telegram asks, and on network errors and 5xx with a short
back-off, so nothing owed is dropped. Every wait goes through the injected time source: real in
production, virtual in scripts and tests.
"""

from __future__ import annotations

import logging
from collections import deque
from typing import Any

from telegram.error import BadRequest, NetworkError, RetryAfter, TimedOut
from telegram.ext import BaseRateLimiter

from bot.clock import RealTime, TimeSource
from bot.flood_limits import COUNTED_METHODS, Window, windows_for

log = logging.getLogger(__name__)
MAX_RETRIES = 6
MARGIN = 0.01  # seconds past a window's end, so the message lands outside it on either clock


class SlidingWindow:
    def __init__(self, window: Window):
        self.limit, self.period = window.limit, window.period
        self.stamps: deque[float] = deque()

    def wait(self, now: float) -> float:
        """Seconds until the window has room for one more message (0 if it has now)."""
        while self.stamps and self.stamps[0] <= now - self.period:
            self.stamps.popleft()
        if len(self.stamps) < self.limit:
            return 0.0
        return self.stamps[0] + self.period - now


class TelegramLimits(BaseRateLimiter[int]):
    def __init__(self, max_retries: int = MAX_RETRIES, time: TimeSource | None = None):
        self.max_retries = max_retries
        self.time = time or RealTime()
        self.windows: dict[tuple, SlidingWindow] = {}

    def forget_chat(self, chat_id: int) -> None:
        """The chat's own window (1 message a second) has emptied: for a test whose officer types
        faster than Telegram would let the bot answer (tests/e2e/tick_worker.py).
        """
        self.windows.pop(("chat", chat_id), None)

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def _slot(self, endpoint: str, chat_id: Any) -> None:
        if endpoint not in COUNTED_METHODS or chat_id is None:
            return
        windows = [
            self.windows.setdefault(key, SlidingWindow(spec)) for key, spec in windows_for(chat_id)
        ]
        while True:
            now = self.time.monotonic()
            wait = max(window.wait(now) for window in windows)
            if wait <= 0:
                # All at once and with nothing awaited until the call: each window records the
                # moment the message really leaves.
                for window in windows:
                    window.stamps.append(now)
                return
            await self.time.sleep(wait + MARGIN)

    async def process_request(self, callback, args, kwargs, endpoint, data, rate_limit_args):
        retries = rate_limit_args if rate_limit_args is not None else self.max_retries
        for attempt in range(retries + 1):
            await self._slot(endpoint, data.get("chat_id"))
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                if attempt == retries:
                    raise
                delay = exc.retry_after
                wait = delay.total_seconds() if hasattr(delay, "total_seconds") else float(delay)
                log.info("429 on %s: waiting %.1fs", endpoint, wait)
                await self.time.sleep(wait + 0.05)
            except (TimedOut, NetworkError) as exc:
                # NetworkError covers 5xx answers. BadRequest and Forbidden are not retried: they
                # will not change.
                if attempt == retries or isinstance(exc, BadRequest):
                    raise
                await self.time.sleep(min(0.2 * 2**attempt, 3.0))
        return None


class PassThrough(BaseRateLimiter[int]):
    """No pacing at all: to measure our own processing against an emulator with limits off."""

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def process_request(self, callback, args, kwargs, endpoint, data, rate_limit_args):
        return await callback(*args, **kwargs)
