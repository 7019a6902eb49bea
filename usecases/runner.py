"""How a use case runs: declared with `@use_case`, run by `Desk.run` (from async code: a worker
thread of usecases/workers.py, the event loop free meanwhile) or `Desk.call` (the command line,
tests), inside one unit of work (db/unit.py), run again from the start when the database was busy.

One exception: a front (`@use_case(front=True)` on an `async def`) holds no unit and runs on the
event loop itself. It is for a use case whose input must first be read outside the process (a
file someone sent, parsed in the sandbox child: knowledge/formats/sandbox.py): it awaits that
work, which keeps the loop free, and then runs the use cases that decide and write with
`desk.run`. No unit is open while the child parses, so a slow file holds no connection and no
SQLite write lock.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from db.unit import Sessions, retryable
from usecases.workers import WORKERS

RETRIES = 5
BACKOFF = 0.05  # seconds, times the attempt: a busy SQLite file or a PostgreSQL deadlock clears

F = TypeVar("F", bound=Callable[..., Any])
SPEC = "__use_case__"


@dataclass(frozen=True)
class Spec:
    """What `Desk.run` needs to know of a use case."""

    writes: bool  # takes SQLite's write lock at the start: it reads, decides, then writes
    database: bool = True  # False: no database at all (pure reading), run where it is called
    front: bool = False  # an async front: awaited on the loop, no unit of its own (above)


def use_case(
    *, writes: bool = False, database: bool = True, front: bool = False
) -> Callable[[F], F]:
    """Declare a use case: `writes=True` when it writes (its reads then run under the write
    lock), `database=False` when it touches no database (it then runs on the caller's thread
    and must stay fast: a question read against the catalogue); `front=True` on an `async def`
    that awaits work outside the process and runs its use cases with `desk.run`."""

    def mark(fn: F) -> F:
        if front != inspect.iscoroutinefunction(fn):
            raise TypeError(f"{fn.__qualname__}: a front is an async def, a use case is not")
        setattr(fn, SPEC, Spec(writes=writes, database=database and not front, front=front))
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
    if spec.front:
        return await thunk()  # its own use cases retry; the front itself is not run again
    if not spec.database or sessions.in_unit:
        return within_unit(sessions, spec, thunk)
    for attempt in range(RETRIES):
        try:
            return await WORKERS.run(functools.partial(within_unit, sessions, spec, thunk))
        except Exception as error:
            if attempt == RETRIES - 1 or not retryable(error):
                raise
        await asyncio.sleep(BACKOFF * (attempt + 1))
    raise AssertionError("unreachable")


def run_sync(sessions: Sessions, fn: Callable[..., Any], thunk: Callable[[], Any]) -> Any:
    spec = spec_of(fn)
    if spec.front:
        # synchronous code (the command line, a test) has no event loop: the front gets one of
        # its own; from async code, `await desk.run(...)`
        return asyncio.run(thunk())
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
