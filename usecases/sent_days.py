"""The day a document was said to be sent ("đã gửi ubnd tỉnh ngày 9/4 rồi"), offered with the
status: accepted when it may stand (knowledge/rules/sent_days.py), said in the offer with
whether that was on time, as the standing rule counts it ("Ngày gửi: 9/4/2020 (đúng hạn)");
else said not taken, and the status counts from the day written."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from knowledge.catalogue.plan import plan_start
from knowledge.messages import offers
from knowledge.reader.writes import Offer
from knowledge.rules.progress import standing_of
from knowledge.rules.sent_days import sent_day_refused
from knowledge.rules.standing import DONE_STATUS, Mark, day_of
from usecases.desk import Desk
from usecases.occurrences import occurrence_for


def sent_day(desk: Desk, offer: Offer, agency: str) -> tuple[Offer, str]:
    """The offer with its day sent kept or dropped, and the line the offer says of it ("" when
    it said none)."""
    said = offer.sent_on
    if said is None:
        return offer, ""
    today = desk.clock.today()
    catalogue, province = desk.assistant.catalogue, desk.province
    key = occurrence_for(desk, offer.key, agency)
    current = desk.repo.current(key, agency)
    # the plan's year, not the demo's first day (plan_start, a week before the first date): a
    # unit may well have sent the 20/4 dossier on 12/4; a day of another year is a slip
    floor = date(plan_start(catalogue, province).year, 1, 1)
    by_status = current is not None and day_of(current) > floor
    if current is not None:
        floor = max(floor, day_of(current))
    why = sent_day_refused(said, today, floor)
    if why is not None:
        line = offers.sent_day_not_taken(why, said, floor, today, by_status)
        return replace(offer, sent_on=None), line
    # in time or late, as the views will count the status once written
    marks = dict(desk.statuses().marks)
    marks[(key, agency)] = Mark(DONE_STATUS, said)
    found = standing_of(catalogue, province, key, agency, marks, today)
    due, late_by = (found.due, found.late_by) if found is not None else (None, 0)
    return offer, offers.sent_day_line(said, due, late_by)
