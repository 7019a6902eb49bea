"""Two things in one message, read clause by clause, and a day said as done read as the day
that has come (ux38 #1)."""

from __future__ import annotations

from datetime import date

from knowledge.reader.contrast_clauses import contrast_split
from knowledge.reader.sent_dates import said_ahead, said_sent

TODAY = date(2021, 5, 24)
LATE_ROW = date(2021, 12, 31)  # a row due at the year's end: "19/4" nearest it is 2022's


def test_the_clause_after_con_is_its_own() -> None:
    assert contrast_split("406-22 xong rồi, còn mẫu 01 thì đã nộp hôm 3/5") == (
        "406-22 xong rồi",
        "mẫu 01 đã nộp hôm 3/5",
    )
    assert contrast_split("406-22 xong rồi ạ") is None
    assert contrast_split("còn 406-22 thì sao") is None  # no first clause


def test_a_day_said_as_done_is_the_one_that_has_come() -> None:
    assert said_sent("đã gửi hôm 19/4", TODAY, anchor=LATE_ROW)[0] == date(2021, 4, 19)
    assert said_ahead("đã gửi hôm 19/4", TODAY, anchor=LATE_ROW) is None
    # a day still ahead this year stays a slip to correct, never last year's (ux24 #5)
    june = date(2021, 6, 30)
    assert said_ahead("đã nộp ngày 25/6", date(2021, 6, 22), anchor=june) == date(2021, 6, 25)
    # not said as done: the item's year, as before
    assert said_ahead("hạn ngày 19/4", TODAY, anchor=LATE_ROW) == date(2022, 4, 19)
