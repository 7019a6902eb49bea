"""Progress over time replays the history through the one rule: the last point is today's
/tiendo tinh figure, a day before a change does not see it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from knowledge.rules.progress import standings, tally
from knowledge.rules.standing import Mark
from knowledge.rules.trend import days_between, marks_on, trend


@dataclass(frozen=True)
class C:
    key: str
    agency: str
    new: str
    at: datetime


HISTORY = [
    C("406-14", "Sở Xây dựng", "dang_thuc_hien", datetime(2021, 4, 14, 9)),
    C("406-14", "Sở Xây dựng", "hoan_thanh", datetime(2021, 4, 30, 9)),
    C("tq-2021-04-20", "Sở Y tế", "hoan_thanh", datetime(2021, 4, 19, 9)),
]


def test_marks_on_a_day_are_the_latest_changes_up_to_it():
    assert marks_on(HISTORY, date(2021, 4, 13)) == {}
    assert marks_on(HISTORY, date(2021, 4, 20)) == {
        ("406-14", "Sở Xây dựng"): Mark("dang_thuc_hien", date(2021, 4, 14)),
        ("tq-2021-04-20", "Sở Y tế"): Mark("hoan_thanh", date(2021, 4, 19)),
    }
    assert marks_on(HISTORY, date(2021, 5, 1))[("406-14", "Sở Xây dựng")].status == "hoan_thanh"


def test_days_between_keeps_both_ends_and_a_bound():
    days = days_between(date(2021, 4, 13), date(2021, 6, 30))
    assert days[0] == date(2021, 4, 13) and days[-1] == date(2021, 6, 30)
    assert len(days) <= 16 and days == sorted(set(days))
    assert days_between(date(2021, 5, 1), date(2021, 5, 1)) == [date(2021, 5, 1)]


def test_trend_ends_on_todays_figures(catalogue):
    province = catalogue.province("tuyen-quang")
    today = date(2021, 5, 12)
    points = trend(catalogue, province, HISTORY, days_between(date(2021, 4, 13), today))
    now = tally(standings(catalogue, province, marks_on(HISTORY, today), today))
    assert points[-1].day == today and points[-1].tally == now
    assert points[0].tally.done == 0 and points[0].tally.late == 0
    assert now.done == 2  # 406-14 for Sở Xây dựng, the 20/4 dossier for Sở Y tế
    assert max(p.tally.late for p in points) > 0  # 20/4 passed with dossiers missing
