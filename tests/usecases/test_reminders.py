"""The reminder log's side of a tick: everything owed written down before a send, claimed in
batches, settled once."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from bot.clock import TZ
from tests.usecases.conftest import officer
from usecases import reminders, statuses
from usecases.reminders import DeliveryState


def test_a_tick_writes_what_it_owes_once_and_claims_hand_it_out_once(desk):
    officer(desk)
    desk.clock.set(datetime(2021, 4, 15, 9, 0, tzinfo=TZ))
    tick = desk.call(reminders.plan_tick)
    assert tick.days == [date(2021, 4, 15)] and tick.recorded > 0 and tick.deliver
    assert desk.call(reminders.plan_tick).days == []  # planned already
    owed = desk.call(reminders.claim, "one", 500)
    assert 1001 in {o.chat_id for o in owed}
    assert desk.call(reminders.claim, "two", 500) == []  # taken
    ids = [o.id for o in owed]
    assert desk.call(reminders.held, "one", ids) == set(ids)
    assert desk.call(reminders.held, "two", ids) == set()
    desk.call(reminders.settle, [owed[0].id], DeliveryState.SENT)
    # failed at 9:00: retried later today, nothing given up yet
    assert desk.call(reminders.release, [o.id for o in owed[1:]]) == []
    states = {r.id: r.state for r in desk.reminders.log()}
    assert states[owed[0].id] == "sent"
    assert all(states[o.id] == "retry" for o in owed[1:])


def test_a_send_refused_for_good_is_failed_at_once_for_the_admins(desk):
    officer(desk)
    desk.clock.set(datetime(2021, 4, 15, 9, 0, tzinfo=TZ))
    desk.call(reminders.plan_tick)
    owed = [o for o in desk.call(reminders.claim, "one", 500) if o.chat_id == 1001]
    failed = desk.call(reminders.release, [o.id for o in owed], timedelta(0), True)
    assert {f.chat_id for f in failed} == {1001}
    assert {k for f in failed for k in f.keys} == {k for o in owed for k in o.keys}
    assert {r.state for r in desk.reminders.log() if r.chat_id == 1001} == {"failed"}


def test_the_plan_follows_the_statuses(desk):
    who = officer(desk)
    plan = desk.call(reminders.plan_days, date(2021, 5, 24), date(2021, 5, 31))
    assert any("406-14" in r.keys for _, r in plan if r.agency == "Sở Xây dựng")
    desk.call(statuses.update_status, who, "/capnhat 406-14 xong")
    plan = desk.call(reminders.plan_days, date(2021, 5, 24), date(2021, 5, 31))
    assert not any("406-14" in r.keys for _, r in plan if r.agency == "Sở Xây dựng")


def _heartbeat(desk, at: datetime, renewing: str | None = None):
    """A tick at `at`, and the statements it issued."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    said: list[str] = []

    def seen(conn, cursor, statement, *rest):
        said.append(" ".join(statement.split()))

    desk.clock.set(at)
    event.listen(Engine, "before_cursor_execute", seen)
    try:
        tick = desk.call(reminders.plan_tick, renewing)
    finally:
        event.remove(Engine, "before_cursor_execute", seen)
    return tick, said


def _writes(said: list[str]) -> list[str]:
    return [s for s in said if s.split()[0] in ("INSERT", "UPDATE", "DELETE")]


def test_a_heartbeat_with_nothing_due_reads_the_last_tick_once_and_writes_nothing(desk):
    """A count guard: every clock line of an e2e script and every start runs a heartbeat, and
    most find nothing due. Such a tick read the day of the last tick twice (once to plan, once
    to see whether a first start had to be marked), and issued four UPDATEs (renew, recover,
    expire, requeue) that changed nothing."""
    officer(desk)
    desk.clock.set(datetime(2021, 4, 15, 9, 0, tzinfo=TZ))
    planned = desk.call(reminders.plan_tick)
    assert planned.days == [date(2021, 4, 15)] and planned.owed
    owed = desk.call(reminders.claim, "one", 500)
    desk.call(reminders.settle, [o.id for o in owed], DeliveryState.SENT)
    tick, said = _heartbeat(desk, datetime(2021, 4, 15, 10, 0, tzinfo=TZ), "one")
    assert tick.days == [] and tick.recorded == 0
    assert len([s for s in said if "FROM tick_state" in s]) == 1, said
    assert _writes(said) == [], said
    # everything sent: the heartbeat says nothing is owed, and the bot claims nothing
    assert not tick.owed


def test_a_heartbeat_writes_only_what_it_finds_to_do(desk):
    """The heartbeat looks before it writes: a retry not yet due is left alone, one that is due
    is owed again by one UPDATE, the instance's claims are renewed by one UPDATE, and a claim
    whose lease ran out is owed again; the database says so after each."""
    officer(desk)
    nine = datetime(2021, 4, 15, 9, 0, tzinfo=TZ)
    desk.clock.set(nine)
    desk.call(reminders.plan_tick)
    first, *rest = desk.call(reminders.claim, "one", 500)
    desk.call(reminders.settle, [o.id for o in rest], DeliveryState.SENT)
    desk.call(reminders.release, [first.id])  # retried from 9:01
    state = {r.id: r for r in desk.reminders.log()}
    assert state[first.id].state == "retry"

    tick, said = _heartbeat(desk, nine + timedelta(seconds=30), "one")
    assert _writes(said) == [] and tick.expired == []
    assert {r.id: r.state for r in desk.reminders.log()}[first.id] == "retry"
    assert not tick.owed  # a retry not yet due is nothing to claim

    tick, said = _heartbeat(desk, nine + timedelta(minutes=1), "one")
    assert len(_writes(said)) == 1, said
    assert {r.id: r.state for r in desk.reminders.log()}[first.id] == "pending"
    assert tick.owed  # requeued: owed again, claimed by this heartbeat

    [again] = desk.call(reminders.claim, "one", 500)  # at 9:01, its lease until 9:03
    renewed_at = nine + timedelta(minutes=2)
    _, said = _heartbeat(desk, renewed_at, "one")
    assert len(_writes(said)) == 1, said  # renewed until 9:04

    # another instance, after the first lease but within the renewed one, leaves it alone
    lease = desk.reminders.lease
    _, said = _heartbeat(desk, renewed_at + lease - timedelta(seconds=30), "two")
    assert _writes(said) == [], said
    assert {r.id: r.state for r in desk.reminders.log()}[again.id] == "sending"
    # "one" died: after the renewed lease the claim is owed again
    tick, said = _heartbeat(desk, renewed_at + lease + timedelta(seconds=1), "two")
    assert len(_writes(said)) == 1, said
    assert {r.id: r.state for r in desk.reminders.log()}[again.id] == "pending"
    assert tick.owed
