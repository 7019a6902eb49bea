"""How a use case runs: declared, inside one unit of work (all or nothing), off the event loop,
again after a busy database."""

from __future__ import annotations

import asyncio
import threading

import pytest
from sqlalchemy.exc import OperationalError

from db.models import Officer
from knowledge.rules.statuses import Status
from usecases import runner
from usecases.desk import Desk
from usecases.runner import use_case


def _officer(user_id: int, desk: Desk) -> Officer:
    now = desk.clock.now()
    return Officer(
        user_id=user_id,
        name=f"Cán bộ {user_id}",
        agency="Sở Y tế",
        province="tuyen-quang",
        state="pending",
        reminders=True,
        requested_at=now,
    )


def test_a_function_not_declared_is_refused(desk):
    def plain(desk):
        return 1

    with pytest.raises(TypeError, match="@use_case"):
        desk.call(plain)


def test_a_unit_commits_everything_or_nothing(desk):
    @use_case(writes=True)
    def two_then_fail(desk: Desk) -> None:
        with desk.repo.sessions.begin() as s:
            s.add(_officer(5001, desk))
        with desk.repo.sessions.begin() as s:
            s.add(_officer(5002, desk))
        raise RuntimeError("after both writes")

    @use_case(writes=True)
    def two(desk: Desk) -> None:
        with desk.repo.sessions.begin() as s:
            s.add(_officer(5003, desk))
        assert desk.repo.officer(5003) is not None  # the unit reads its own write
        with desk.repo.sessions.begin() as s:
            s.add(_officer(5004, desk))

    with pytest.raises(RuntimeError):
        desk.call(two_then_fail)
    assert desk.repo.officer(5001) is None and desk.repo.officer(5002) is None
    desk.call(two)
    assert desk.repo.officer(5003) is not None and desk.repo.officer(5004) is not None


def test_a_use_case_inside_another_joins_its_unit(desk):
    @use_case(writes=True)
    def inner(desk: Desk) -> None:
        with desk.repo.sessions.begin() as s:
            s.add(_officer(5005, desk))

    @use_case(writes=True)
    def outer(desk: Desk) -> None:
        desk.call(inner)
        raise RuntimeError("the outer unit fails")

    with pytest.raises(RuntimeError):
        desk.call(outer)
    assert desk.repo.officer(5005) is None  # rolled back with the outer unit


async def test_run_leaves_the_event_loop_free_and_runs_again_when_busy(desk, monkeypatch):
    monkeypatch.setattr(runner, "BACKOFF", 0.001)
    loop_thread = threading.get_ident()
    attempts: list[int] = []

    @use_case(writes=False)
    def busy_twice(desk: Desk) -> int:
        attempts.append(threading.get_ident())
        if len(attempts) < 3:
            raise OperationalError("SELECT 1", {}, Exception("database is locked"))
        return len(attempts)

    ticks = 0

    async def ticking() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0)

    ticker = asyncio.create_task(ticking())
    assert await desk.run(busy_twice) == 3
    ticker.cancel()
    assert loop_thread not in attempts  # each attempt in a worker thread
    assert ticks > 0  # the loop kept running meanwhile


async def test_a_real_error_is_not_run_again(desk):
    calls = []

    @use_case(writes=False)
    def broken(desk: Desk) -> None:
        calls.append(1)
        raise ValueError("a bug, not a busy database")

    with pytest.raises(ValueError):
        await desk.run(broken)
    assert calls == [1]


async def test_a_use_case_without_database_runs_on_the_loop(desk):
    loop_thread = threading.get_ident()

    @use_case(database=False)
    def where(desk: Desk) -> int:
        return threading.get_ident()

    assert await desk.run(where) == loop_thread


async def test_a_front_awaits_on_the_loop_with_no_unit_open_and_runs_its_use_cases(desk):
    loop_thread = threading.get_ident()
    seen: dict[str, object] = {}

    @use_case(writes=True)
    def store(desk: Desk, user_id: int) -> int:
        seen["store_thread"] = threading.get_ident()
        with desk.repo.sessions.begin() as s:
            s.add(_officer(user_id, desk))
        return user_id

    @use_case(front=True)
    async def front(desk: Desk, user_id: int) -> int:
        seen["front_thread"] = threading.get_ident()
        seen["in_unit"] = desk.sessions.in_unit
        await asyncio.sleep(0)  # what a front awaits: the sandbox's child process
        return await desk.run(store, user_id)

    assert await desk.run(front, 5006) == 5006
    assert seen["front_thread"] == loop_thread and seen["in_unit"] is False
    assert seen["store_thread"] != loop_thread  # its use case still off the loop
    assert desk.repo.officer(5006) is not None


def test_a_front_from_synchronous_code_gets_a_loop_of_its_own(desk):
    @use_case(front=True)
    async def front(desk: Desk) -> str:
        await asyncio.sleep(0)
        return "done"

    assert desk.call(front) == "done"


def test_a_front_is_an_async_def_and_a_use_case_is_not():
    async def not_plain(desk: Desk) -> None: ...

    def not_async(desk: Desk) -> None: ...

    with pytest.raises(TypeError, match="front"):
        use_case(writes=True)(not_plain)
    with pytest.raises(TypeError, match="front"):
        use_case(front=True)(not_async)


def test_a_unit_of_core_reads_opens_no_session_and_a_core_write_commits_with_its_unit(desk):
    """The caller of an update and the newest change's id are Core reads on the unit's
    connection: no ORM session is made for them. A status written with Core statements inside
    a unit is committed with the unit, or rolled back with it."""
    made: list[object] = []
    sessions = desk.sessions
    original = sessions._session_of
    sessions._session_of = lambda unit: made.append(unit) or original(unit)  # type: ignore

    @use_case(writes=False)
    def reads(desk: Desk) -> int:
        desk.repo.caller(1001, 1001)
        return desk.repo.last_change_id()

    @use_case(writes=False)  # a read unit that ends up writing still commits
    def writes_late(desk: Desk) -> None:
        now = desk.clock.now()
        desk.repo.record("406-14", "Sở Xây dựng", Status.DANG_THUC_HIEN, "", 1001, now)

    @use_case(writes=True)
    def writes_then_fails(desk: Desk) -> None:
        desk.repo.record("406-14", "Sở Xây dựng", Status.HOAN_THANH, "", 1001, desk.clock.now())
        raise RuntimeError("after the write")

    assert desk.call(reads) == 0
    desk.call(writes_late)
    with pytest.raises(RuntimeError):
        desk.call(writes_then_fails)
    assert made == []
    current = desk.repo.current("406-14", "Sở Xây dựng")
    assert current is not None and current.new == Status.DANG_THUC_HIEN
    assert desk.call(reads) == current.id
