"""A day typed without its year, read in the year of what it is said about (ux24 #5)."""

from __future__ import annotations

from datetime import date

from knowledge.calendar.yearless import typed_day


def test_the_anchor_year_or_the_one_beside_it_when_nearer():
    due = date(2021, 6, 25)
    assert typed_day(25, 6, None, due) == date(2021, 6, 25)
    assert typed_day(1, 2, None, due) == date(2021, 2, 1)
    december = date(2021, 12, 20)
    assert typed_day(5, 1, None, december) == date(2022, 1, 5)
    assert typed_day(20, 12, None, date(2022, 1, 5)) == date(2021, 12, 20)


def test_a_year_typed_is_kept_and_no_such_day_is_none():
    assert typed_day(25, 6, 2020, date(2021, 6, 25)) == date(2020, 6, 25)
    assert typed_day(31, 6, None, date(2021, 6, 25)) is None
    assert typed_day(29, 2, None, date(2021, 3, 1)) == date(2020, 2, 29)  # 2021 has none
