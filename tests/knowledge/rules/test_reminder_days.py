"""The days a deadline is reminded on (knowledge/rules/reminder_days.py): 7, 3, 1 working days
before and the day, on the holidays calendar; the first of them is the day the digest says its
chasing starts (ux34 #3)."""

from __future__ import annotations

from datetime import date

from knowledge.rules.reminder_days import first_reminder, reminder_days


def test_working_days_before_skip_weekends_and_holidays(catalogue):
    days = catalogue.calendar
    # Tuesday 20/4/2021, the Hùng Kings' day 21/4 after it: Friday 9/4, 15/4, 19/4, the day
    assert reminder_days(date(2021, 4, 20), days) == {
        date(2021, 4, 9): 7,
        date(2021, 4, 15): 3,
        date(2021, 4, 19): 1,
        date(2021, 4, 20): 0,
    }
    # a monthly report due Sunday 25/7/2021: counted back from Friday 23/7, never a Sunday
    july = reminder_days(date(2021, 7, 25), days)
    assert list(july) == [
        date(2021, 7, 14),
        date(2021, 7, 20),
        date(2021, 7, 22),
        date(2021, 7, 23),
    ]
    assert all(d.weekday() < 5 for d in july)
    assert first_reminder(date(2021, 6, 25), days) == date(2021, 6, 16)
    assert first_reminder(date(2021, 6, 30), days) == date(2021, 6, 21)
    # across Tết 2022 (31/1–4/2 off): 7 working days before Tuesday 8/2 is Friday 21/1
    assert first_reminder(date(2022, 2, 8), days) == date(2022, 1, 21)


def test_a_policy_of_other_offsets_and_a_deadline_on_a_day_off(catalogue):
    days = catalogue.calendar
    assert reminder_days(date(2021, 6, 30), days, (3, 0)) == {
        date(2021, 6, 25): 3,
        date(2021, 6, 30): 0,
    }
    # a deadline on Sunday 5/12/2021: "the day" is the working day before it, Friday 3/12,
    # and the days before are counted back from there
    assert reminder_days(date(2021, 12, 5), days, (1, 0)) == {
        date(2021, 12, 2): 1,
        date(2021, 12, 3): 0,
    }
    assert first_reminder(date(2021, 12, 5), days, ()) == date(2021, 12, 3)
