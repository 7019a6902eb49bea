"""The day a document was said to be sent, read out of a status's note (ux21 #9), and whether it
may stand as the day the status counts from. Phrasings written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.reader.sent_dates import said_ahead, said_sent
from knowledge.rules.sent_days import SentDayRefused, sent_day_refused

TODAY = date(2020, 4, 13)


@pytest.mark.parametrize(
    "note, day, rest",
    [
        ("ubnd tinh ngay 9/4", date(2020, 4, 9), "ubnd tinh"),
        ("vào ngày 09/04/2020, chờ ký số", date(2020, 4, 9), "chờ ký số"),
        ("hom qua qua mail", date(2020, 4, 12), "qua mail"),
        ("ngày 30/12", date(2019, 12, 30), ""),  # nearer today than 30/12/2020
    ],
)
def test_a_day_that_has_come_is_the_day_sent(note, day, rest):
    assert said_sent(note, TODAY) == (day, rest)


@pytest.mark.parametrize("note", ["ngày 9/4 và 10/4", "ngày 31/2", "chờ ký số", "14/4/2020"])
def test_two_days_no_real_day_none_or_a_day_ahead_leave_the_note(note):
    assert said_sent(note, TODAY) == (None, note)


def test_a_day_may_stand_only_between_the_last_status_and_today():
    floor = date(2020, 4, 3)
    assert sent_day_refused(date(2020, 4, 9), TODAY, floor) is None
    assert sent_day_refused(TODAY, TODAY, floor) is None
    assert sent_day_refused(date(2020, 4, 14), TODAY, floor) is SentDayRefused.AHEAD
    assert sent_day_refused(date(2020, 4, 2), TODAY, floor) is SentDayRefused.BEFORE


def test_where_a_line_is_read_exactly_only_a_day_said_as_one_counts():
    # after /capnhat a date alone may be a task's key ("20/4"): only "ngày …", "hôm …" count
    assert said_sent("20/4", TODAY, bare=False) == (None, "20/4")
    assert said_sent("ngay 9/4", TODAY, bare=False) == (date(2020, 4, 9), "")
    assert said_sent("hom qua", TODAY, bare=False) == (date(2020, 4, 12), "")


@pytest.mark.parametrize(
    ("note", "ahead"),
    [
        ("ngày 21/4/2021", date(2021, 4, 21)),  # tomorrow, its year typed: a slip
        ("đã gửi sở tttt ngay 5/5/2021", date(2021, 5, 5)),
        ("ngày 20/4/2021", None),  # today has come
        ("ngày 19/4/2021", None),
        # no year: this year's day, not last year's (ux24 #5), so a slip as with the year
        ("ngày 21/4", date(2021, 4, 21)),
        ("hạn 30/4/2021", None),  # a date alone may be the deadline talked of
        ("ngày 21/4/2021 hoặc ngày 22/4/2021", None),  # two days: which is not guessed
        ("ngày 31/4/2021", None),  # no such day
    ],
)
def test_a_day_sent_that_has_not_come_is_told_apart(note: str, ahead: date | None) -> None:
    assert said_ahead(note, date(2021, 4, 20)) == ahead


def test_a_day_without_its_year_is_read_in_the_year_of_what_it_is_said_about():
    # ux24 #5: "ngày 25/6" said on 22/6/2021 of a task due 25/6/2021 is 2021's, not yet come
    today, due = date(2021, 6, 22), date(2021, 6, 25)
    assert said_sent("qua mail ngay 25/6", today, anchor=due) == (None, "qua mail ngay 25/6")
    assert said_ahead("qua mail ngay 25/6", today, anchor=due) == date(2021, 6, 25)
    assert said_sent("qua mail ngay 18/6", today, anchor=due) == (date(2021, 6, 18), "qua mail")
    # a December task's report sent in January: the year beside the task's, the nearer one
    assert said_sent("ngay 5/1", date(2022, 1, 6), anchor=date(2021, 12, 20)) == (
        date(2022, 1, 5),
        "",
    )
