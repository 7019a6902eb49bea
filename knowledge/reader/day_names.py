"""Periods named in words, not dates: a weekday ("chủ nhật này", "thứ 6", "thứ hai tuần sau",
"đến chủ nhật"), a half of the year ("6 tháng đầu năm"), and the numbers a day or a quarter is
spelled with ("hai mươi tháng năm", "quý bốn")."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Protocol

from knowledge.calendar.deadlines import ROMAN, fmt_date
from knowledge.language.progress_words import PAST_WORDS
from knowledge.language.spelled_numbers import (
    SPELLED_MONTHS,
    TEN_WORD,
    UNMARKED_UNITS,
)
from knowledge.language.spelled_numbers import spelled_number as spelled_words
from knowledge.language.text import MarkedWords, Token, strip_marks
from knowledge.language.vocabulary import (
    CHAT_WORDS,
    INTERROGATIVES,
    LATE_MARKED,
    NEXT_WORDS,
    THIS_WORDS,
    UNTIL_WORDS,
)
from knowledge.reader.periods import DURATION_WORDS, QUARTER_WORDS, Period, PeriodSpan

# The words a spelled number starts with, for the period reader's first look.
NUMBER_STARTS = frozenset(UNMARKED_UNITS) | {strip_marks(TEN_WORD)}

# "thứ 6", "thứ hai": typed with its mark or without ("thu" then only before a digit)
WEEKDAY_WORDS = MarkedWords("thứ")


class DayReader(Protocol):
    """What the period reader offers a pattern: the question's words and today."""

    tokens: Sequence[Token]
    today: date
    taken: set[int]
    default_year: int

    def fold(self, i: int) -> str: ...
    def raw(self, i: int) -> str: ...
    def token(self, i: int) -> Token | None: ...
    def words(self, i: int, *expected: str) -> bool: ...
    def this(self, i: int) -> int: ...
    def year_after(self, i: int) -> tuple[int | None, int]: ...
    def spelled_month(self, i: int) -> tuple[int | None, int]: ...
    def yearless(self, first: int, months: int) -> int: ...
    @staticmethod
    def number(text: str, low: int, high: int) -> int | None: ...


def weekday_at(self: DayReader, i: int) -> PeriodSpan | None:
    """ "chủ nhật này", "thứ 6", "thứ hai tuần sau", "đến chủ nhật": a day of this week
    (or the next, said so); alone, the next such day from today. After "đến", "trước":
    from today until that day."""
    if self.fold(i) not in ("chu", "thu"):
        return None
    if self.words(i, "chu", "nhat"):  # not "CN": "KH-CN", "CNTT" are no Sunday
        day, end = 6, i + 2
    elif self.token(i) in WEEKDAY_WORDS:
        number = self.number(self.fold(i + 1), 2, 7)
        if number is None and self.token(i + 1) is not None and self.fold(i) == "thu":
            spelled = SPELLED_MONTHS.get(self.raw(i + 1))  # "thứ hai", "thứ sáu"
            number = spelled if spelled and 2 <= spelled <= 7 else None
        if number is None:
            return None
        day, end = number - 2, i + 2
    else:
        return None
    monday = self.today - timedelta(days=self.today.weekday())
    if self.fold(end) == "tuan" and self.token(end + 1) in NEXT_WORDS:
        when, end = monday + timedelta(days=7 + day), end + 2
    elif self.fold(end) == "tuan" and self.token(end + 1) in THIS_WORDS:
        when, end = monday + timedelta(days=day), self.this(end + 1)
    elif self.token(end) in THIS_WORDS:
        when, end = monday + timedelta(days=day), self.this(end)
    elif self.token(end) in NEXT_WORDS:
        when, end = monday + timedelta(days=7 + day), end + 1
    else:
        when = self.today + timedelta(days=(day - self.today.weekday()) % 7)
    if self.token(i - 1) in UNTIL_WORDS and i - 1 not in self.taken and when >= self.today:
        return PeriodSpan(Period(self.today, when, f"từ nay đến {fmt_date(when)}"), i - 1, end)
    return PeriodSpan(Period(when, when, f"ngày {fmt_date(when)}"), i, end, day=when)


def half_year(self: DayReader, i: int) -> tuple[Period, int] | None:
    """ "6 tháng đầu năm", "6 tháng cuối năm (2021)", "nửa đầu/cuối/sau năm": a half of the
    plan year."""
    six = self.fold(i) == "6" or SPELLED_MONTHS.get(self.raw(i)) == 6  # "sáu tháng"
    if six and self.fold(i + 1) == "thang":
        at = i + 2
    elif self.fold(i) == HALF_FOLD and self.fold(i + 1) in HALF_SIDES:
        at = i + 1  # "nửa sau năm 2021"
    else:
        return None
    if self.fold(at) not in ("dau", "cuoi") + (("sau",) if at == i + 1 else ()):
        return None
    if self.fold(at + 1) != "nam":
        return None
    year, end = self.year_after(at + 2)
    year = year or self.default_year
    if self.fold(at) == "dau":
        return Period(date(year, 1, 1), date(year, 6, 30), f"6 tháng đầu năm {year}"), end
    return Period(date(year, 7, 1), date(year, 12, 31), f"6 tháng cuối năm {year}"), end


HALF_FOLD = "nua"  # "nửa": half
HALF_SIDES = ("dau", "cuoi", "sau")  # the first half, the second ("nửa cuối", "nửa sau")


def spelled_number(self: DayReader, i: int) -> tuple[int, int] | None:
    """(value, end) of a number spelled in words at i (knowledge.language.spelled_numbers)."""
    return spelled_words(self.tokens, i)


def spelled_quarter(self: DayReader, i: int) -> int | None:
    """ "quý bốn", "quý hai", "quy tu": a quarter numbered in words (one word, 1 to 4)."""
    number = spelled_number(self, i)
    if number is None or number[1] != i + 1 or not 1 <= number[0] <= 4:
        return None
    return number[0]


def spelled_date(self: DayReader, i: int) -> tuple[date, int] | None:
    """A day spelled in words: "hai mươi tháng năm", "ngày mười lăm tháng 6". Without
    "ngày" before it only a number of two words or more ("hai mươi", "mười lăm"): "năm tháng"
    is five months, "trong hai mươi tháng" a length of time. The day in words and the month in
    figures after a slash ("mười lăm/8", read as "mười lăm 8") is that day too."""
    number = spelled_number(self, i)
    if number is None or not 1 <= number[0] <= 31:
        return None
    day, after = number
    slashed = self.number(self.fold(after), 1, 12) if after > i + 1 else None
    if self.fold(after) != "thang" and slashed is None:
        return None
    if self.fold(i - 1) != "ngay" and (after == i + 1 or self.fold(i - 1) in DURATION_WORDS):
        return None
    numbered = slashed or self.number(self.fold(after + 1), 1, 12)
    which, end = (
        (numbered, after + 1 + (not slashed)) if numbered else self.spelled_month(after + 1)
    )
    if which is None:
        return None
    year, end = self.year_after(end)
    try:
        return date(year or self.default_year, which, day), end
    except ValueError:
        return None


def late_marked(self: DayReader, i: int) -> bool:
    """ "lỡ hạn", "nợ hạn"; typed without marks only with nothing of content after "hạn"
    ("lo han che", "lo han 20/4" are other words)."""
    token = self.token(i)
    if token not in LATE_MARKED:
        return False
    after = self.token(i + 2)
    if token is None or token.has_marks or after is None:
        return True
    return not after.is_number and (after in CHAT_WORDS or after in INTERROGATIVES)


def run_out(self: DayReader, i: int) -> bool:
    """ "đã hết hạn", "hết hạn rồi": a date run out, said in the past, is late as "quá hạn";
    "sắp hết hạn", "khi nào hết hạn" and "hết hạn" alone look ahead (they are not late)."""
    if not self.words(i, "het", "han"):
        return False
    return self.token(i - 1) in PAST_WORDS or self.token(i + 2) in _GONE


_GONE = MarkedWords("rồi")


def quarter_at(self: DayReader, i: int) -> tuple[int, int, int] | None:
    """(quarter, year, end) for "quý III", "Q3/2021" written "III/2021", "quý bốn"."""
    if self.fold(i) not in QUARTER_WORDS:
        return None
    nxt = self.fold(i + 1)
    if "/" in nxt:
        q, _, y = nxt.partition("/")
        if q in ROMAN and self.number(y, 2000, 2100):
            return ROMAN[q], int(y), i + 2
        return None
    spelled = spelled_quarter(self, i + 1) if nxt not in ROMAN else None
    if nxt not in ROMAN and spelled is None:
        return None
    year, end = self.year_after(i + 2)
    quarter = spelled or ROMAN[nxt]
    return quarter, year or self.yearless(3 * quarter - 2, 3), end
