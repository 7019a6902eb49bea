"""The threads the use cases run in, off the event loop (usecases/runner.py).

What `asyncio.to_thread` does, for less: it goes through a general executor (a work item, a
concurrent future chained to an asyncio one, the executor's locks and thread accounting) and
wakes the loop once per result through its self-pipe (a system call on each side). Under load
that hop cost as much of the event loop's time as the database reads it carried (py-spy, the
saturation run of bench/bench_load.py). Here a job is one entry in a queue that idle threads
wait on, and the results of one loop are handed back in batches: a finished job wakes the loop
only when no wake-up is already on its way, and that wake-up settles every result that came in
meanwhile.

Each job runs in a copy of the caller's context (contextvars), as `asyncio.to_thread` runs it.
The threads are daemons shared by every loop of the process (the tests open many): a job is
always awaited, so none is running when its loop ends; a job whose awaiting task was cancelled
still runs to its end, and its result is dropped.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import os
import queue
import threading
import weakref
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")

# As many as the loop's default executor would have (ThreadPoolExecutor's default): SQLite
# writers queue on one lock and PostgreSQL round trips block a thread each.
SIZE = min(32, (os.cpu_count() or 1) + 4)

_Job = tuple["_Returns", "asyncio.Future[Any]", contextvars.Context, Callable[[], Any]]


class _Returns:
    """One loop's finished jobs, waiting to be settled on that loop."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.lock = threading.Lock()
        self.done: list[tuple[asyncio.Future[Any], bool, Any]] = []
        self.woken = False  # a settle() is scheduled on the loop and has not run yet

    def put(self, future: asyncio.Future[Any], ok: bool, value: Any) -> None:
        with self.lock:
            self.done.append((future, ok, value))
            if self.woken:
                return
            self.woken = True
        # a closed loop raises RuntimeError: nobody awaits the result any more
        with contextlib.suppress(RuntimeError):
            self.loop.call_soon_threadsafe(self.settle)

    def settle(self) -> None:
        with self.lock:
            done, self.done = self.done, []
            self.woken = False
        for future, ok, value in done:
            if future.cancelled():
                continue
            if ok:
                future.set_result(value)
            else:
                future.set_exception(value)


class Workers:
    def __init__(self, size: int = SIZE) -> None:
        self.size = size
        self._jobs: queue.SimpleQueue[_Job] = queue.SimpleQueue()
        self._threads: list[threading.Thread] = []
        self._starting = threading.Lock()
        self._returns: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _Returns] = (
            weakref.WeakKeyDictionary()
        )

    async def run(self, fn: Callable[[], T]) -> T:
        """`fn()` in a worker thread; the loop is free until it returns."""
        loop = asyncio.get_running_loop()
        returns = self._returns.get(loop)
        if returns is None:
            returns = self._returns.setdefault(loop, _Returns(loop))
        if len(self._threads) < self.size:
            self._start()
        future: asyncio.Future[T] = loop.create_future()
        self._jobs.put((returns, future, contextvars.copy_context(), fn))
        return await future

    def _start(self) -> None:
        with self._starting:
            while len(self._threads) < self.size:
                thread = threading.Thread(
                    target=self._work, name=f"usecase-{len(self._threads)}", daemon=True
                )
                thread.start()
                self._threads.append(thread)

    def _work(self) -> None:
        jobs = self._jobs
        while True:
            returns, future, context, fn = jobs.get()
            try:
                value, ok = context.run(fn), True
            except StopIteration as error:
                # a future refuses StopIteration (TypeError in settle): the awaiting task would
                # wait for ever, and its chat's later updates behind it. The coroutine machinery
                # turns it into a RuntimeError the same way.
                value, ok = RuntimeError(f"StopIteration in a use case: {error!r}"), False
                value.__cause__ = error
            except BaseException as error:  # handed to the awaiting task, as to_thread does
                value, ok = error, False
            returns.put(future, ok, value)
            del returns, future, context, fn, value  # hold nothing while waiting for the next


WORKERS = Workers()
