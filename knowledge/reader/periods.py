"""Periods a question names, read from its words: "tháng sáu", "T8/2021", "quý III", "quý này",
"hôm nay", "tuần sau", "7 ngày nữa", "từ giờ tới hết năm", "trước 20/4", "hạn 30/9/2021",
a bare date. A month, quarter or date without a year takes the plan year nearest today.

A year alone ("năm 2021", "năm nay") is context, not a period: every row of a plan falls in it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from dateutil.relativedelta import relativedelta

from knowledge.language.spelled_numbers import SPELLED_MONTHS
from knowledge.language.text import Token, strip_marks

# The words periods are written with, for reading Telex left-overs back ("thangs" -> "thang").
PERIOD_WORDS = frozenset(
    """thang thg quy nam ngay tuan hom bua nay mai sau toi truoc cuoi dau het hien tai trong
    tu den""".split()
)
# The words a period can start with (besides a number): what the patterns below look for first.
PERIOD_STARTS = frozenset(
    """hom bua hnay ngay mai sau tuan thang thg t th quy qui q cuoi het sap gan qua tre cham chu
    thu sang lo no nua han moc con""".split()
)
# Before a number of months it is a length of time, not a day: "trong 3 tháng", "sau 2 tháng".
DURATION_WORDS = {"trong", "sau", "khoang", "mat", "hon", "du", "vong"}


@dataclass(frozen=True)
class Period:
    start: date
    end: date
    label: str
    late: bool = False  # "quá hạn", "trễ hạn": what is past its date, not a span of the calendar
    # "hạn gần nhất", "hạn tiếp theo": the first date on or after `start` that anything falls
    # due, within `end` (the answer keeps only what is due that day)
    nearest: bool = False
    # the period a report covers, named after the report's word ("báo cáo tháng 10", "bc quý
    # 3"): of a recurring task, the occurrence that reports it (report_periods.py), not the one
    # that falls due in it
    reported: bool = False


@dataclass(frozen=True)
class PeriodSpan:
    period: Period
    start: int  # token span
    end: int
    day: date | None = None  # the one day a bare date names ("20/4"), which a task may own
    # the day "trước 20/4", "đến 20/4" runs to: a task due then is named by it when the question
    # speaks of sending ("phải gửi gì trước 20/4"), not of what falls due
    until: date | None = None


@dataclass(frozen=True)
class YearSpan:
    year: int
    start: int
    end: int


def from_now(tokens: Sequence[Token], i: int) -> int | None:
    """Where "từ nay/bây giờ/giờ đến" ends when it starts at i, else None."""
    if tokens[i].fold != "tu":
        return None
    k = i + 1
    for word in (("bay", "gio"), ("gio",), ("nay",), ("hom", "nay")):
        if [t.fold for t in tokens[k : k + len(word)]] == list(word):
            k += len(word)
            break
    else:
        return None
    if k < len(tokens) and tokens[k].fold in ("den", "toi"):
        return k + 1
    return None


# The words of a month or a quarter, read by period_reader.py
MONTH_WORDS = {"thang", "thg", "t", "th"}
# "quí" is the older spelling of "quý", still typed.
QUARTER_WORDS = {"quy", "qui", "q"}
ROMANS = ("I", "II", "III", "IV")
# Spelled months typed without marks, but for the two that mean something else too: "sau" (next)
# and "nam" (year), which the reader decides from their neighbours.
UNMARKED_MONTHS = {
    strip_marks(word): month
    for word, month in SPELLED_MONTHS.items()
    if strip_marks(word) not in ("sau", "nam")
}


_CALENDAR = re.compile(r"^(Tháng \d{1,2}|Quý [IV]{1,3})/(\d{4})$")


def year_moved(period: Period, years: int) -> Period | None:
    """The same month or quarter `years` later (earlier when negative), for a month or quarter
    of the calendar ("Tháng 2/2022", "Quý I/2022"); None for any other period."""
    found = _CALENDAR.match(period.label)
    if found is None or period.late or period.nearest:
        return None
    year = int(found[2]) + years
    return replace(
        period,
        start=period.start + relativedelta(years=years),
        end=period.end + relativedelta(years=years, day=31),
        label=f"{found[1]}/{year}",
    )


def other_year(period: Period, due: Callable[[Period], list[str]]) -> tuple[str, list[str]] | None:
    """For an empty month or quarter, the same one of the year before, else the year after,
    with what `due` finds in it (its keys); None when both are empty too, or the period is no
    such one. The one rule the deadline answer and the who-has-sent answer say it by."""
    for years in (-1, 1):
        moved = year_moved(period, years)
        if moved is None:
            return None
        keys = due(moved)
        if keys:
            return moved.label, keys
    return None


def joined(periods: list[PeriodSpan], fold: Callable[[int], str]) -> list[PeriodSpan]:
    """ "từ tháng 5 đến tháng 8": one period from the start of the first to the end of the last.
    fold: the question's word at a position, folded."""
    result: list[PeriodSpan] = []
    for span in periods:
        prev = result[-1] if result else None
        between = {fold(k) for k in range(prev.end, span.start)} if prev else set()
        # "từ 1/6 đến 15/6": the second read as running from today until its day ("đến 15/6")
        # holds the word that joins them
        until = span.until is not None and fold(span.start) in ("den", "toi")
        if prev and between <= {"den", "toi", "het"} and (between or until):
            # "từ 15/8 đến hết tháng 8": the second read as "từ nay đến 31/8/2021" ends the first
            last = span.period.label.removeprefix("từ nay ")
            sep = " " if last != span.period.label else " – "
            period = Period(prev.period.start, span.period.end, f"{prev.period.label}{sep}{last}")
            result[-1] = PeriodSpan(period, prev.start, span.end)
        else:
            result.append(span)
    return result
