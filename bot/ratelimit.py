"""Keeping the bot inside Telegram's limits, and riding out 429s, 5xx and timeouts.

AIORateLimiter has no per-chat limit for private chats and counts with a leaky bucket; Telegram
(and our emulator) count messages in a sliding window. This limiter waits for a free slot in every
window that a message falls in: 30/s overall, 1/s per chat, 20/min per group. It retries on
RetryAfter after the time Telegram asks, and on network errors and 5xx with a short back-off, so
nothing owed is dropped.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import defaultdict, deque
from typing import Any

from telegram.error import BadRequest, NetworkError, RetryAfter, TimedOut
from telegram.ext import BaseRateLimiter

from bot.emulator import LIMITS, SEND_METHODS

log = logging.getLogger(__name__)
MAX_RETRIES = 6


class SlidingWindow:
    def __init__(self, limit: int, period: float):
        self.limit, self.period = limit, period
        self.stamps: deque[float] = deque()
        self.lock = asyncio.Lock()

    async def acquire(self) -> None:
        async with self.lock:
            while True:
                now = time.monotonic()
                while self.stamps and self.stamps[0] <= now - self.period:
                    self.stamps.popleft()
                if len(self.stamps) < self.limit:
                    self.stamps.append(now)
                    return
                await asyncio.sleep(self.stamps[0] + self.period - now + 0.01)


class TelegramLimits(BaseRateLimiter[int]):
    def __init__(self, max_retries: int = MAX_RETRIES):
        self.max_retries = max_retries
        self.overall = SlidingWindow(*LIMITS["overall"])
        self.chats: dict[Any, SlidingWindow] = defaultdict(lambda: SlidingWindow(*LIMITS["chat"]))
        self.groups: dict[Any, SlidingWindow] = defaultdict(
            lambda: SlidingWindow(*LIMITS["group"])
        )

    def forget_chat(self, chat_id: int) -> None:
        self.chats.pop(chat_id, None)

    def forget(self) -> None:
        """Every window has passed: the emulated clock jumped ahead of the real one (a scripted
        day).
        """
        self.overall.stamps.clear()
        self.chats.clear()
        self.groups.clear()

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def _slot(self, endpoint: str, chat_id: Any) -> None:
        if endpoint not in SEND_METHODS or chat_id is None:
            return
        with contextlib.suppress(TypeError, ValueError):
            chat_id = int(chat_id)
        if isinstance(chat_id, int) and chat_id < 0:
            await self.groups[chat_id].acquire()
        await self.chats[chat_id].acquire()
        await self.overall.acquire()

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
                await asyncio.sleep(wait + 0.05)
            except (TimedOut, NetworkError) as exc:
                # NetworkError covers 5xx answers. BadRequest and Forbidden are not retried: they
                # will not change.
                if attempt == retries or isinstance(exc, BadRequest):
                    raise
                await asyncio.sleep(min(0.2 * 2**attempt, 3.0))
        return None


class PassThrough(BaseRateLimiter[int]):
    """No pacing at all: to measure our own processing against an emulator with limits off."""

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def process_request(self, callback, args, kwargs, endpoint, data, rate_limit_args):
        return await callback(*args, **kwargs)
