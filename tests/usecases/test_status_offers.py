"""A done status said again with another day sent, as use cases (ux23 #1): offered as the day's
correction, old → new, nothing written before the press; the press appends it and its undo
puts the day before back. The database is asserted after each step."""

from __future__ import annotations

from datetime import date, datetime

from bot.clock import TZ
from knowledge.reader.writes import Offer
from tests.usecases.conftest import ADMIN, caller
from usecases import refs, status_offers, undoing
from usecases.results import Refusal
from usecases.statuses import Offered, Recorded, Status

TASK, HEALTH = "tq-2021-04-20", "Sở Y tế"


def said(day: date) -> Offer:
    return Offer(TASK, Status.HOAN_THANH, "", unit=HEALTH, sent_on=day)


def days(desk) -> list[date | None]:
    return [c.sent_on for c in desk.repo.history(TASK) if c.agency == HEALTH]


def written(desk, day: date) -> Recorded:
    admin = caller(desk, ADMIN)
    offered = desk.call(status_offers.offer_status, admin, said(day))
    assert isinstance(offered, Offered), offered
    done = desk.call(status_offers.confirm_offer, admin, TASK, Status.HOAN_THANH, refs.ref(HEALTH))
    assert isinstance(done, Recorded), done
    return done


def test_another_day_is_offered_as_a_correction_and_written_on_the_press(desk):
    desk.clock.set(datetime(2021, 4, 19, 9, 0, tzinfo=TZ))
    first = written(desk, date(2021, 4, 15))
    assert first.day_was is None and first.title == "Biểu 02"
    admin = caller(desk, ADMIN)
    offered = desk.call(status_offers.offer_status, admin, said(date(2021, 4, 16)))
    assert isinstance(offered, Offered) and offered.day_was == date(2021, 4, 15)
    assert offered.outside is None  # the status stands: no first sending to record
    assert days(desk) == [date(2021, 4, 15)]  # nothing before the press
    done = desk.call(status_offers.confirm_offer, admin, TASK, Status.HOAN_THANH, refs.ref(HEALTH))
    assert isinstance(done, Recorded) and done.day_was == date(2021, 4, 15)
    assert days(desk) == [date(2021, 4, 15), date(2021, 4, 16)]
    same = desk.call(status_offers.offer_status, admin, said(date(2021, 4, 16)))
    assert isinstance(same, Refusal) and "đã ở trạng thái" in same.reason

    undone = desk.call(undoing.undo_status, admin, done.change.id)
    assert isinstance(undone, Recorded) and undone.undone
    assert undone.day_was == date(2021, 4, 16)  # quoted 16/4 → 15/4
    current = desk.repo.current(TASK, HEALTH)
    assert (current.new, current.sent_on) == ("hoan_thanh", date(2021, 4, 15))


def test_after_an_undo_the_day_before_the_undone_write_may_be_said(desk):
    desk.clock.set(datetime(2021, 4, 19, 9, 0, tzinfo=TZ))
    first = written(desk, date(2021, 4, 15))
    desk.call(undoing.undo_status, caller(desk, ADMIN), first.change.id)
    again = written(desk, date(2021, 4, 14))
    assert again.change.sent_on == date(2021, 4, 14) and again.said == ""
