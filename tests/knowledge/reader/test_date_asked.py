"""Today's date asked in words (knowledge.reader.date_asked): the bot's clock says it."""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.reader.ask import default_assistant
from knowledge.reader.date_asked import asks_the_date, today_line

TODAY = date(2021, 4, 13)


def _parsed(text: str):
    reader = default_assistant()
    return reader.parse(text, TODAY, reader.catalogue.province("tuyen-quang"))


@pytest.mark.parametrize(
    "text, asks",
    [
        ("hôm nay là mùng mấy", True),
        ("hom nay thu may vay", True),
        ("hôm nay ngày bao nhiêu ạ", True),
        ("hôm nay có gì đến hạn", False),  # what falls due, not the calendar
        ("hôm nay phải nộp trước ngày mấy", False),  # a deadline asked
        ("biểu 02 nộp trước ngày mấy", False),  # no word for today
    ],
)
def test_the_day_of_the_calendar_is_asked_beside_today(text, asks):
    assert asks_the_date(_parsed(text)) is asks


def test_the_date_asked_alone_is_said_and_is_no_period_list():
    # issue 20: a question about nothing the bot keeps is unknown, never a period list because
    # it says "hôm nay"; the clock's date is still said first
    answer = default_assistant().ask("hôm nay là ngày mấy", TODAY, "tuyen-quang")
    assert answer.intent == "unknown"
    assert answer.text.startswith(today_line(TODAY))
    assert today_line(TODAY) == "Hôm nay là thứ Ba, 13/4/2021."
    assert "20/4/2021" not in answer.text


def test_the_date_asked_with_what_falls_due_says_both():
    answer = default_assistant().ask("hôm nay ngày mấy, có hạn gì không", TODAY, "tuyen-quang")
    assert answer.intent == "deadline"
    assert answer.text.startswith(today_line(TODAY))
    assert "20/4/2021" in answer.text  # the next date due, as a period question says it
