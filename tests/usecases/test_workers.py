"""The worker threads use cases run in: off the loop, in the caller's context, every result and
error handed back to its own awaiting task, many at once, from more than one loop."""

from __future__ import annotations

import asyncio
import contextvars
import threading

import pytest

from usecases.workers import Workers

WHO = contextvars.ContextVar("who", default="nobody")


async def test_a_job_runs_in_another_thread_in_the_callers_context():
    workers = Workers(size=2)
    WHO.set("officer 1001")

    def job() -> tuple[int, str]:
        WHO.set("changed in the worker")  # a copy: the caller's context keeps its value
        return threading.get_ident(), "ran"

    thread, result = await workers.run(job)
    assert thread != threading.get_ident() and result == "ran"
    assert WHO.get() == "officer 1001"

    assert await workers.run(WHO.get) == "officer 1001"


async def test_each_result_and_error_reaches_its_own_caller_when_many_run_at_once():
    workers = Workers(size=3)
    barrier = threading.Barrier(3)

    def square(n: int) -> int:
        if n < 3:
            barrier.wait(timeout=5)  # three finishing together: one wake-up, three results
        if n % 7 == 6:
            raise ValueError(n)
        return n * n

    async def one(n: int) -> int | str:
        try:
            return await workers.run(lambda: square(n))
        except ValueError as error:
            return f"error {error}"

    results = await asyncio.gather(*(one(n) for n in range(50)))
    assert results == [f"error {n}" if n % 7 == 6 else n * n for n in range(50)]


async def test_a_cancelled_caller_leaves_the_others_their_results():
    workers = Workers(size=1)
    release = threading.Event()

    def slow() -> str:
        release.wait(timeout=5)
        return "slow"

    first = asyncio.ensure_future(workers.run(slow))
    second = asyncio.ensure_future(workers.run(lambda: "next"))
    await asyncio.sleep(0)
    first.cancel()
    release.set()
    assert await second == "next"
    with pytest.raises(asyncio.CancelledError):
        await first


def test_the_same_threads_serve_one_loop_after_another():
    workers = Workers(size=2)
    for n in range(3):
        assert asyncio.run(workers.run(lambda n=n: n + 1)) == n + 1
    assert len(workers._threads) == 2


async def test_a_stray_stop_iteration_reaches_its_caller_as_an_error():
    """A use case whose `next()` finds nothing: a future refuses StopIteration, so it used to be
    lost in the hand-back and the caller (and every later update of its chat) waited for ever."""
    workers = Workers(size=1)

    def empty() -> str:
        return next(iter(()))

    with pytest.raises(RuntimeError, match="StopIteration") as raised:
        await asyncio.wait_for(workers.run(empty), timeout=5)
    assert isinstance(raised.value.__cause__, StopIteration)
    assert await asyncio.wait_for(workers.run(lambda: "next"), timeout=5) == "next"
