"""ux20 #2: an occurrence of a recurring report is the report of the period it covers, not of
the month it falls due in: a monthly report due "trước ngày 05 của tháng sau" (lag 1) due 5/11
is October's; one due "trước ngày 20 hằng tháng" (lag 0) reports its own month; a quarterly one
due in the quarter's last month reports that quarter (knowledge/catalogue/reported.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from knowledge.catalogue.occurrence_names import label, titled
from knowledge.catalogue.reported import (
    report_month_year,
    reported_label,
    reported_start,
    reports_of,
)

KEY = "kh-monthly-sync"


@pytest.fixture(scope="module")
def task(catalogue):
    return next(t for t in catalogue.province("khanh-hoa").tasks if t.id == KEY)


def _every(task, every: str, day: int, first: date, lag: int = 0):
    return replace(task, every=every, day=day, starts=first, lag=lag)


def test_a_report_due_the_month_after_is_the_report_of_the_month_before(task):
    monthly = _every(task, "month", 5, date(2021, 11, 5), lag=1)
    assert reported_start(monthly, date(2021, 11, 5)) == date(2021, 10, 1)
    assert reported_label(monthly, date(2021, 11, 5)) == "tháng 10/2021"
    assert reported_label(monthly, date(2022, 1, 5)) == "tháng 12/2021"
    # the report of October is the one due 5/11; of November, 5/12; of a quarter, three
    assert reports_of(monthly, date(2021, 10, 1), date(2021, 10, 31)) == [date(2021, 11, 5)]
    assert reports_of(monthly, date(2021, 11, 1), date(2021, 11, 30)) == [date(2021, 12, 5)]
    assert reports_of(monthly, date(2021, 10, 1), date(2021, 12, 31)) == [
        date(2021, 11, 5),
        date(2021, 12, 5),
        date(2022, 1, 5),
    ]
    # before the first period reported: none
    assert reports_of(monthly, date(2021, 9, 1), date(2021, 9, 30)) == []


def test_a_report_due_in_its_own_month_or_quarter_reports_it(task):
    monthly = _every(task, "month", 20, date(2021, 10, 20))
    assert reported_label(monthly, date(2021, 10, 20)) == "tháng 10/2021"
    assert reports_of(monthly, date(2021, 10, 1), date(2021, 10, 31)) == [date(2021, 10, 20)]
    quarterly = _every(task, "quarter", 15, date(2021, 9, 15))
    assert reported_label(quarterly, date(2021, 12, 15)) == "quý IV/2021"
    assert reports_of(quarterly, date(2021, 10, 1), date(2021, 12, 31)) == [date(2021, 12, 15)]
    # the quarter after, in its first month ("tháng đầu quý sau"): the quarter before's
    after = _every(task, "quarter", 10, date(2021, 10, 10), lag=1)
    assert reported_label(after, date(2022, 1, 10)) == "quý IV/2021"
    assert reports_of(after, date(2021, 10, 1), date(2021, 12, 31)) == [date(2022, 1, 10)]


def test_every_view_names_an_occurrence_by_the_period_it_reports(task):
    monthly = _every(task, "month", 5, date(2021, 11, 5), lag=1)
    assert label(monthly, date(2021, 11, 5)) == "kỳ tháng 10/2021"
    assert titled(monthly, date(2021, 11, 5), "Mẫu số 01") == "Mẫu số 01 — kỳ tháng 10/2021"
    own = _every(task, "month", 20, date(2021, 10, 20))
    assert label(own, date(2021, 10, 20)) == "tháng 10/2021"


@pytest.mark.parametrize(
    ("month", "today", "year"),
    [
        (11, date(2021, 12, 27), 2021),  # the November just gone, not next year's
        (10, date(2021, 12, 27), 2021),
        (1, date(2021, 12, 27), 2022),  # January is ahead
        (11, date(2021, 11, 8), 2021),
        (6, date(2021, 12, 1), 2022),  # six months either way: ahead
    ],
)
def test_a_reports_month_without_its_year_is_the_nearest(month, today, year):
    assert report_month_year(month, today) == year
