"""ux32 #2: whether the period an occurrence of a recurring report covers has begun — the one
rule every file path asks before a file may close an occurrence."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from knowledge.deliverables.period_begun import begun_due, month_not_begun, not_begun
from tests.knowledge.deliverables.test_file_claims import MONTHLY, _task

TRAILING = _task("Mẫu số 01", lag=1)  # "trước ngày 05 của tháng sau": 5/10 reports September


def test_a_month_not_begun_is_said_with_its_first_day_and_name():
    early = not_begun(MONTHLY, date(2021, 10, 25), date(2021, 9, 22))
    assert early is not None
    assert (early.begins, early.period) == (date(2021, 10, 1), "tháng 10/2021")
    # the month under way has begun, though its report is not due yet
    assert not_begun(MONTHLY, date(2021, 9, 25), date(2021, 9, 22)) is None


def test_a_report_due_after_its_month_has_begun_once_that_month_has():
    # 5/10 reports September: begun on 22/9, though it is due in October
    assert not_begun(TRAILING, date(2021, 10, 5), date(2021, 9, 22)) is None
    assert not_begun(TRAILING, date(2021, 11, 5), date(2021, 9, 22)) is not None


def test_a_one_off_task_has_no_period_to_begin():
    one_off = replace(MONTHLY, due=date(2021, 12, 20), day=None, starts=None)
    assert not_begun(one_off, date(2021, 12, 20), date(2021, 9, 1)) is None
    assert begun_due(one_off, date(2021, 9, 1)) is None


def test_the_occurrence_due_now_is_the_latest_whose_period_has_begun():
    assert begun_due(MONTHLY, date(2021, 9, 22)) == date(2021, 9, 25)
    assert begun_due(MONTHLY, date(2021, 10, 1)) == date(2021, 10, 25)
    assert begun_due(TRAILING, date(2021, 10, 3)) == date(2021, 11, 5)  # October's
    assert begun_due(MONTHLY, date(2021, 7, 30)) is None  # before the first one's month


def test_a_month_a_file_prints_that_has_not_begun():
    today = date(2021, 4, 22)
    assert month_not_begun((5, 2021), today) and month_not_begun((5, None), today)
    assert not month_not_begun((4, None), today) and not month_not_begun((5, 2020), today)
    assert not month_not_begun(None, today)
