"""A month named without a year is the nearest such month on the side of today the question
looks to (ahead when it asks when or a deadline, back when it asks what is sent or late), never
back before the plan; a question looking neither way keeps the plan year. Phrasings written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.language.text import tokenize
from knowledge.reader.period_direction import direction, month_year

DECEMBER = date(2021, 12, 6)


@pytest.mark.parametrize(
    ("text", "looks"),
    [
        ("báo cáo tháng 1 gửi khi nào", "ahead"),
        ("bc thang 1 han bao gio", "ahead"),
        ("tháng 1 đơn vị mình đã gửi chưa", "back"),
        ("bc thang 11 nop chua a", "back"),
        ("tháng 1 có những gì", None),
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
    # asked outside the plan's years: the plan year, whatever the words
    assert month_year(1, date(2026, 12, 6), "ahead", 2021, [2021]) == 2021
