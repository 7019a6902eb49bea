"""Limits on what one person (or one address that cannot prove who it is) may ask of the desk:
requests a minute, and the size of a request's body.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Hashable
from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    reads: int = 120  # requests a minute per user
    writes: int = 20  # writes (statuses, undo, reminders) a minute per user
    failures: int = 30  # refused initData a minute per client address
    max_body: int = 64 * 1024  # bytes: a hundred edits with long notes fit
    period: float = 60.0


class Window:
    """A sliding window of `limit` events per `period` seconds, per key."""

    def __init__(self, limit: int, period: float, clock: Callable[[], float] = time.monotonic):
        self.limit, self.period, self.clock = limit, period, clock
        self.events: dict[Hashable, deque[float]] = {}

    def retry_after(self, key: Hashable) -> float | None:
        """None when this event is allowed (and counted); else seconds until one would be."""
        now = self.clock()
        events = self.events.setdefault(key, deque())
        while events and events[0] <= now - self.period:
            events.popleft()
        if len(events) >= self.limit:
            return events[0] + self.period - now
        events.append(now)
        if len(self.events) > 10_000:  # forget the keys that went quiet
            self.events = {k: v for k, v in self.events.items() if v and v[-1] > now - self.period}
        return None
