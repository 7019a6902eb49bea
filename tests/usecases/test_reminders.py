"""The reminder log's side of a tick: everything owed written down before a send, claimed in
batches, settled once."""

from __future__ import annotations

from datetime import date, datetime

from bot.clock import TZ
from tests.usecases.conftest import officer
from usecases import reminders, statuses
from usecases.reminders import DeliveryState


def test_a_tick_writes_what_it_owes_once_and_claims_hand_it_out_once(desk):
    officer(desk)
    desk.clock.set(datetime(2021, 4, 13, 9, 0, tzinfo=TZ))
    tick = desk.call(reminders.plan_tick, True)
    assert tick.days == [date(2021, 4, 13)] and tick.recorded > 0 and tick.deliver
    assert desk.call(reminders.plan_tick, False).days == []  # planned already
    owed = desk.call(reminders.claim, "one", 500)
    assert 1001 in {o.chat_id for o in owed}
    assert desk.call(reminders.claim, "two", 500) == []  # taken
    desk.call(reminders.settle, [owed[0].id], DeliveryState.SENT)
    desk.call(reminders.release, [o.id for o in owed[1:]])
    states = {r.id: r.state for r in desk.reminders.log()}
    assert states[owed[0].id] == "sent"
    assert all(states[o.id] == "retry" for o in owed[1:])


def test_the_plan_follows_the_statuses(desk):
    who = officer(desk)
    plan = desk.call(reminders.plan_days, date(2021, 5, 24), date(2021, 5, 31))
    assert any("406-14" in r.keys for _, r in plan if r.agency == "Sở Xây dựng")
    desk.call(statuses.update_status, who, "/capnhat 406-14 xong")
    plan = desk.call(reminders.plan_days, date(2021, 5, 24), date(2021, 5, 31))
    assert not any("406-14" in r.keys for _, r in plan if r.agency == "Sở Xây dựng")
