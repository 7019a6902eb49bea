"""The tick after a gap in the clock writes down, for each day it missed, what a tick on each of
those days would have written: the same reminders, to the same chats, under the same days."""

from __future__ import annotations

from datetime import timedelta

from bot.clock import Clock
from bot.config import Config
from tests.usecases.conftest import ADMIN, NOW, officer
from usecases import reminders
from usecases.desk import Desk

DIGEST = "*digest*"  # one digest for a gap, one a digest day for a clock ticking each day


def _log(desk: Desk) -> list[tuple]:
    return [
        (r.uniq, r.chat_id, r.day, r.agency, r.due, r.offset, r.keys, r.state)
        for r in desk.reminders.log()
        if r.agency != DIGEST
    ]


def test_a_gap_writes_down_what_a_tick_each_day_would_have(db_factory, assistant):
    desks = []
    for name in ("daily", "gap"):
        desk = Desk.open(Config(database=db_factory(name), admins=[ADMIN]), Clock(NOW), assistant)
        officer(desk, 1001, "Sở Xây dựng")
        officer(desk, 1002, "Sở Y tế")
        desk.call(reminders.plan_tick)
        desks.append(desk)
    daily, gap = desks
    last = NOW + timedelta(days=40)  # past 20/4 and 20/5: before, on the day and late
    day = NOW
    while day < last:
        day += timedelta(days=1)
        daily.clock.set(day)
        daily.call(reminders.plan_tick)
    gap.clock.set(last)
    tick = gap.call(reminders.plan_tick)
    assert len(tick.days) == 31  # the most a gap catches up (MAX_CATCHUP_DAYS)
    caught = [row for row in _log(daily) if row[2] >= tick.days[0]]
    assert len({row[1] for row in caught}) == 2 and len({row[2] for row in caught}) > 5
    assert _log(gap)[-len(caught) :] == caught
    for desk in desks:
        desk.close()
