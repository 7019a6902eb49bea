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


def test_a_heartbeat_with_nothing_due_reads_the_last_tick_once(desk):
    """A count guard: every clock line of an e2e script and every start runs a heartbeat, and
    most find nothing due. Such a tick read the day of the last tick twice (once to plan, once
    to see whether a first start had to be marked)."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    officer(desk)
    desk.clock.set(datetime(2021, 4, 15, 9, 0, tzinfo=TZ))
    assert desk.call(reminders.plan_tick).days == [date(2021, 4, 15)]
    said: list[str] = []

    def seen(conn, cursor, statement, *rest):
        said.append(" ".join(statement.split()))

    desk.clock.set(datetime(2021, 4, 15, 10, 0, tzinfo=TZ))
    event.listen(Engine, "before_cursor_execute", seen)
    try:
        tick = desk.call(reminders.plan_tick)
    finally:
        event.remove(Engine, "before_cursor_execute", seen)
    assert tick.days == [] and tick.recorded == 0
    assert len([s for s in said if "FROM tick_state" in s]) == 1, said
