"""How a use case runs: declared with `@use_case`, run by `Desk.run` (from async code: a worker
thread, the event loop free meanwhile) or `Desk.call` (the command line, tests), inside one unit
of work (db/unit.py), run again from the start when the database was busy.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from db.unit import Sessions, retryable

RETRIES = 5
BACKOFF = 0.05  # seconds, times the attempt: a busy SQLite file or a PostgreSQL deadlock clears

F = TypeVar("F", bound=Callable[..., Any])
SPEC = "__use_case__"


@dataclass(frozen=True)
class Spec:
    """What `Desk.run` needs to know of a use case."""

    writes: bool  # takes SQLite's write lock at the start: it reads, decides, then writes
    database: bool = True  # False: no database at all (pure reading), run where it is called


def use_case(*, writes: bool = False, database: bool = True) -> Callable[[F], F]:
    """Declare a use case: `writes=True` when it writes (its reads then run under the write
    lock), `database=False` when it touches no database (it then runs on the caller's thread
    and must stay fast: a question read against the catalogue)."""

    def mark(fn: F) -> F:
        setattr(fn, SPEC, Spec(writes=writes, database=database))
        return fn

    return mark


def spec_of(fn: Callable[..., Any]) -> Spec:
    spec = getattr(fn, SPEC, None)
    if not isinstance(spec, Spec):
        raise TypeError(f"{getattr(fn, '__qualname__', fn)} is not declared with @use_case")
    return spec


def within_unit(sessions: Sessions, spec: Spec, thunk: Callable[[], Any]) -> Any:
    if not spec.database:
        return thunk()
    with sessions.unit(writes=spec.writes):
        return thunk()


async def run_async(sessions: Sessions, fn: Callable[..., Any], thunk: Callable[[], Any]) -> Any:
    spec = spec_of(fn)
    if not spec.database or sessions.in_unit:
        return within_unit(sessions, spec, thunk)
    for attempt in range(RETRIES):
        try:
            return await asyncio.to_thread(within_unit, sessions, spec, thunk)
        except Exception as error:
            if attempt == RETRIES - 1 or not retryable(error):
                raise
        await asyncio.sleep(BACKOFF * (attempt + 1))
    raise AssertionError("unreachable")


def run_sync(sessions: Sessions, fn: Callable[..., Any], thunk: Callable[[], Any]) -> Any:
    spec = spec_of(fn)
    if not spec.database or sessions.in_unit:
        return within_unit(sessions, spec, thunk)
    for attempt in range(RETRIES):
        try:
            return within_unit(sessions, spec, thunk)
        except Exception as error:
            if attempt == RETRIES - 1 or not retryable(error):
                raise
        time.sleep(BACKOFF * (attempt + 1))  # never on the event loop: `call` is for sync code
    raise AssertionError("unreachable")
