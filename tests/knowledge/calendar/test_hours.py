"""The hour a deadline's day ends at, as the letter prints it (knowledge/calendar/hours.py)."""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.calendar.hours import dated, due_hour


@pytest.mark.parametrize(
    ("printed", "hour"),
    [
        ("trước 17 giờ 00 ngày 30/9/2021", "17 giờ 00"),
        ("trước 16h30 ngày 5/10", "16 giờ 30"),
        ("Trước 17h, ngày 20/8/2021", "17 giờ 00"),
        ("trước 8 giờ 30 phút, thứ Sáu, ngày 24/9/2021", "8 giờ 30"),
        ("Trước ngày 30/9/2021", ""),
        ("hằng tháng, trước ngày 20", ""),
        ("trước 25 giờ ngày 1/10/2021", ""),
        ("", ""),
    ],
)
def test_the_hour_is_read_only_when_printed_before_the_day(printed, hour):
    assert due_hour(printed) == hour


def test_a_date_is_said_with_its_hour_when_the_letter_prints_one():
    """The desk said "hạn 20/8/2021" where /nopbai tinh says "hạn 17 giờ 00 ngày 20/8/2021"."""
    assert dated(date(2021, 8, 20), "trước 17 giờ 00 ngày 20/8/2021") == "17 giờ 00 ngày 20/8/2021"
    assert dated(date(2021, 8, 20), "Trước ngày 20/8/2021") == "20/8/2021"
