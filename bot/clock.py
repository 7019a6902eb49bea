"""Time for the bot: Asia/Ho_Chi_Minh, a clock the emulator can set, and the time source that rate
windows are measured on (real in production, virtual in scripts and tests)."""

from __future__ import annotations

import asyncio
import heapq
import itertools
import time
from datetime import date, datetime
from typing import Protocol
from zoneinfo import ZoneInfo

TZ = ZoneInfo("Asia/Ho_Chi_Minh")


def today_local() -> date:
    return datetime.now(TZ).date()


class Clock:
    """Real time unless set; the scripted demo sets it line by line."""

    def __init__(self, fixed: datetime | None = None):
        self._fixed = fixed

    def set(self, moment: datetime) -> None:
        # kept in the province's zone: SQLite stores the wall time and drops the offset, so a
        # moment given in UTC would be read back seven hours early
        self._fixed = moment.astimezone(TZ) if moment.tzinfo else moment.replace(tzinfo=TZ)

    def now(self) -> datetime:
        return self._fixed if self._fixed is not None else datetime.now(TZ)

    def today(self) -> date:
        return self.now().date()


class TimeSource(Protocol):
    """What the rate limiter and the emulator measure their windows with, and wait on."""

    def monotonic(self) -> float: ...

    async def sleep(self, seconds: float) -> None: ...


class RealTime:
    """Production: the machine's monotonic clock, and real waiting."""

    def monotonic(self) -> float:
        return time.monotonic()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(max(0.0, seconds))


class VirtualTime:
    """Time that passes only when something waits, for the player: scripts, tests, the demo.

    A wait returns without real delay, after the tasks already ready have had their turn at the
    current time: the waits form a queue of wake-ups, and the clock moves to the earliest one, one
    wake-up per turn of the event loop. Several tasks waiting at once thus overlap as in real time
    (two one-second waits take one second, not two), the clock never goes back, and every waiter
    wakes at or after the moment it asked for, so a sliding window on this clock holds exactly as
    on the real one. The emulator and the limiter share one instance: Telegram's windows see the
    very time the limiter waited.
    """

    def __init__(self, start: float = 0.0):
        self._now = start
        self._wakeups: list[tuple[float, int, asyncio.Future[None]]] = []
        self._order = itertools.count()
        self._waking: asyncio.AbstractEventLoop | None = None  # the loop the wake-ups run on

    def monotonic(self) -> float:
        return self._now

    def advance(self, seconds: float) -> None:
        """Time passes outside the bot (the scripted clock jumps ahead); never backwards."""
        self._now += max(0.0, seconds)

    async def sleep(self, seconds: float) -> None:
        loop = asyncio.get_running_loop()
        wakeup: asyncio.Future[None] = loop.create_future()
        due = self._now + max(0.0, seconds)
        heapq.heappush(self._wakeups, (due, next(self._order), wakeup))
        if self._waking is not loop:
            self._waking = loop
            loop.call_soon(self._wake_next)
        await wakeup

    def _wake_next(self) -> None:
        loop = asyncio.get_running_loop()
        while self._wakeups:
            due, _, wakeup = heapq.heappop(self._wakeups)
            # a cancelled wait, or one left behind by a closed event loop: nobody to wake
            if wakeup.done() or wakeup.get_loop() is not loop:
                continue
            self._now = max(self._now, due)
            wakeup.set_result(None)
            loop.call_soon(self._wake_next)  # the next wake-up after the woken task has run
            return
        self._waking = None
