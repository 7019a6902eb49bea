"""The day a document was said to be sent ("đã gửi ubnd tỉnh ngày 9/4 rồi"), offered with the
status: accepted when it may stand (knowledge/rules/sent_days.py), said in the offer with
whether that was on time, as the standing rule counts it ("Ngày gửi: 9/4/2020 (đúng hạn)");
else said not taken, and the status counts from the day written."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from knowledge.calendar.deadlines import fmt_date
from knowledge.catalogue.plan import plan_start
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
    floor = plan_start(catalogue, province)
    if current is not None:
        floor = max(floor, day_of(current))
    why = sent_day_refused(said, today, floor)
    if why is not None:
        line = f"Không ghi ngày gửi: {why}; trạng thái tính từ hôm nay ({fmt_date(today)})."
        return replace(offer, sent_on=None), line
    return offer, f"Ngày gửi: {fmt_date(said)} ({_in_time(desk, key, agency, said)})"


def _in_time(desk: Desk, key: str, agency: str, said: date) -> str:
    """ "đúng hạn", or "sau hạn 2 ngày": as the views will count the status once written."""
    marks = dict(desk.statuses().marks)
    marks[(key, agency)] = Mark(DONE_STATUS, said)
    found = standing_of(
        desk.assistant.catalogue, desk.province, key, agency, marks, desk.clock.today()
    )
    if found is None or not found.late_by or found.due is None:
        return "đúng hạn"
    return f"hạn {fmt_date(found.due)}, sau hạn {found.late_by} ngày"
