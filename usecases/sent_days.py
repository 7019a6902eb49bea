"""The day a document was said to be sent ("đã gửi ubnd tỉnh ngày 9/4 rồi"), offered with the
status: accepted when it may stand (knowledge/rules/sent_days.py), said in the offer with
whether that was on time, as the standing rule counts it ("Ngày gửi: 9/4/2020 (đúng hạn)");
else said not taken, and the status counts from the day written."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from knowledge.catalogue.plan import plan_start
from knowledge.messages import offers
from knowledge.reader.sent_dates import said_ahead
from knowledge.reader.writes import Offer
from knowledge.render.answers import esc, key_tag
from knowledge.rules.progress import standing_of
from knowledge.rules.sent_days import corrected_day, sent_day_refused
from knowledge.rules.standing import DONE_STATUS, Mark, day_of
from knowledge.rules.statuses import Change
from knowledge.rules.typed_years import year_anchor
from usecases.desk import Desk
from usecases.occurrences import occurrence_for
from usecases.results import Refusal
from usecases.task_titles import task_title


def sent_day(desk: Desk, offer: Offer, agency: str) -> tuple[Offer, str]:
    """The offer with its day sent kept or dropped, and the line the offer says of it ("" when
    it said none)."""
    said = offer.sent_on
    if said is None:
        return offer, ""
    today = desk.clock.today()
    catalogue, province = desk.catalogue, desk.province
    key = occurrence_for(desk, offer.key, agency)
    last = desk.repo.current(key, agency)
    kept = corrected_day(last, offer.status, said)  # the day sent a correction replaces
    current = _standing_change(desk, last, offer)
    # the plan's year, not the demo's first day (plan_start, a week before the first date): a
    # unit may well have sent the 20/4 dossier on 12/4; a day of another year is a slip
    floor = date(plan_start(catalogue, province).year, 1, 1)
    by_status = current is not None and day_of(current) > floor
    if current is not None:
        floor = max(floor, day_of(current))
    why = sent_day_refused(said, today, floor)
    if why is not None:
        line = offers.sent_day_not_taken(why, said, floor, today, by_status, kept)
        return replace(offer, sent_on=None), line
    # in time or late, as the views will count the status once written
    marks = dict(desk.statuses().marks)
    marks[(key, agency)] = Mark(DONE_STATUS, said)
    found = standing_of(catalogue, province, key, agency, marks, today)
    due, late_by = (found.due, found.late_by) if found is not None else (None, 0)
    return offer, offers.sent_day_line(said, due, late_by)


def day_ahead(desk: Desk, key: str, status: str, note: str) -> Refusal | None:
    """A done status whose note says a day sent that has not come ("đã nộp ngày 21/4/2021" on
    20/4; "ngày 25/6" on 22/6, read in the item's year, ux24 #5):
    refused before any offer or write, as the slip it is (u23c #4); it was kept as the
    note and the status written from today, the day typed never corrected."""
    if status != DONE_STATUS:
        return None
    today = desk.clock.today()
    said = said_ahead(note, today, anchor=year_anchor(desk.province, key, today))
    if said is None:
        return None
    title = task_title(desk, key)
    named = f"{esc(title)} {key_tag(key)}" if title else key_tag(key)
    return Refusal(offers.sent_day_ahead(named, said, today))


def _standing_change(desk: Desk, current: Change | None, offer: Offer) -> Change | None:
    """The change the day said must not come before: the item's last one, but for a correction
    of the day sent (`corrected_day`) the one before the day corrected, and after an undo the
    one whose status it put back (the undone write no longer stands: the day it took back may
    be said again, ux23 #1)."""
    if current is None:
        return None
    if current.undoes is not None:
        undone = desk.repo.change(current.undoes)
        restored = desk.repo.before(undone) if undone is not None else None
        return _standing_change(desk, restored, offer)
    if corrected_day(current, offer.status, offer.sent_on) is not None:
        return _standing_change(desk, desk.repo.before(current), offer)
    return current
