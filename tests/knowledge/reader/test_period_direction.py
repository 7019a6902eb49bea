"""A month or quarter named without a year is the nearest such one on the side of today the
question looks to (ahead when it asks when, a deadline or what must be sent; back when it asks
what is sent or late), never back before the plan; a question looking neither way is the
asker's year, also after the plan's years (ux36 #1). Phrasings written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.language.text import tokenize
from knowledge.reader.period_direction import direction, month_year
from knowledge.reader.period_finding import find_periods

DECEMBER = date(2021, 12, 6)


@pytest.mark.parametrize(
    ("text", "looks"),
    [
        ("báo cáo tháng 1 gửi khi nào", "ahead"),
        ("bc thang 1 han bao gio", "ahead"),
        ("tháng 1 đơn vị mình đã gửi chưa", "back"),
        ("bc thang 11 nop chua a", "back"),
        ("tháng 1 có những gì", None),
        ("quý 1 phải nộp gì", "ahead"),
    ],
)
def test_the_side_a_question_looks_to(text, looks):
    assert direction(tokenize(text)) == looks


def test_the_year_of_a_month_named_without_one():
    assert month_year(1, DECEMBER, "ahead", 2021, [2021]) == 2022
    assert month_year(1, DECEMBER, "back", 2021, [2021]) == 2021
    assert month_year(1, DECEMBER, None, 2021, [2021]) == 2021
    january = date(2022, 1, 10)
    assert month_year(11, january, "back", 2022, [2021, 2022]) == 2021
    # back before the plan's first year: this year's, the one still to send
    assert month_year(5, date(2021, 4, 13), "back", 2021, [2021]) == 2021
    # asked after the plan's years: the asker's side of the asker's day, never the plan's year
    assert month_year(1, date(2026, 12, 6), "ahead", 2021, [2021]) == 2027
    assert month_year(2, date(2022, 2, 21), "back", 2021, [2021]) == 2022
    assert month_year(2, date(2022, 2, 21), None, 2021, [2021]) == 2022
    # asked before the plan began: the plan's year
    assert month_year(5, date(2020, 11, 2), "ahead", 2021, [2021]) == 2021


def _labels(text: str, today: date) -> list[str]:
    periods, _ = find_periods(tokenize(text), today, [2021])
    return [p.period.label for p in periods]


@pytest.mark.parametrize(
    ("text", "today", "label"),
    [
        # over the year's turn, a month: in December the next January, in January the last
        # December
        ("tháng 1 có gì đến hạn", date(2021, 12, 20), "Tháng 1/2022"),
        ("tháng 12 bên em nộp chưa", date(2022, 1, 5), "Tháng 12/2021"),
        ("tháng 12 có gì đến hạn", date(2021, 12, 20), "Tháng 12/2021"),
        ("thang 2 ben em nop chua", date(2022, 2, 21), "Tháng 2/2022"),
        ("thang 2 co gi den han", date(2022, 2, 21), "Tháng 2/2022"),
        # a quarter: in quarter IV the next quarter I, in quarter I the last quarter IV
        ("quý 1 phải nộp gì", date(2021, 11, 15), "Quý I/2022"),
        ("quy 4 da nop chua", date(2022, 1, 10), "Quý IV/2021"),
        ("quý I hạn khi nào", date(2021, 12, 20), "Quý I/2022"),
        ("quy 1 nop chua", date(2022, 3, 28), "Quý I/2022"),
        # not begun yet, asked back: the latest begun is last year's
        ("quý 2 nộp chưa", date(2022, 3, 28), "Quý II/2021"),
        # a year typed is kept
        ("quý 4/2021 nộp chưa", date(2022, 3, 28), "Quý IV/2021"),
    ],
)
def test_a_period_without_its_year_across_the_years_turn(text, today, label):
    assert _labels(text, today) == [label]
