"""Reading the periods a question names off its words: the patterns of `knowledge.reader.periods`.

A date without a year takes the plan year nearest today; a month or quarter without one, the
asker's year, or the nearest on the side the question looks to (period_direction.py); a year
alone is context (`YearSpan`), not a period.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from knowledge.calendar.deadlines import fmt_date, month_end, quarter_end
from knowledge.catalogue.plan import plan_year
from knowledge.language.spelled_numbers import SPELLED_MONTHS, number_at
from knowledge.language.text import Token
from knowledge.language.vocabulary import (
    JUST_WORDS,
    LAST_WORDS,
    NEXT_WORDS,
    ONWARD_WORDS,
    THIS_WORDS,
    UNTIL_WORDS,
)
from knowledge.reader.day_names import (
    NUMBER_STARTS,
    half_year,
    late_marked,
    quarter_at,
    run_out,
    spelled_date,
    weekday_at,
)
from knowledge.reader.next_date import nearest_at
from knowledge.reader.period_direction import Direction, direction, period_year
from knowledge.reader.period_words import PeriodWords
from knowledge.reader.periods import (
    DURATION_WORDS,
    MONTH_WORDS,
    PERIOD_STARTS,
    QUARTER_WORDS,
    ROMANS,
    UNMARKED_MONTHS,
    Period,
    PeriodSpan,
    YearSpan,
    joined,
)

SOON_DAYS = 30
# the folded words a period pattern can start at (a number starts one too): united once, not
# at each of a question's words
_STARTS = PERIOD_STARTS | NUMBER_STARTS
# what the walk (`spans`) reads anything at, a number aside: a period's start, "năm" of a year
_WALK_STARTS = _STARTS | {"nam"}


class PeriodReader(PeriodWords):
    """Walks the tokens of a question, trying each period pattern at each position."""

    def __init__(self, tokens: Sequence[Token], today: date, plan_years: Sequence[int]):
        super().__init__(tokens)
        self.today = today
        self.plan_years = list(plan_years)
        self.default_year = self._default_year()
        self.taken: set[int] = set()  # tokens other spans own

    @functools.cached_property
    def looks(self) -> Direction | None:
        """The side of today the question looks to: read only for a month named without its
        year, a question in ten (it tries every word against ~10 word lists)."""
        return direction(self.tokens)

    def yearless(self, first: int, months: int) -> int:
        """The year of a month or quarter named without one: from the asker's day and the side
        the question looks to (period_direction.py's one rule)."""
        return period_year(
            first, months, self.today, self.looks, self.default_year, self.plan_years
        )

    def _default_year(self) -> int:
        return plan_year(self.plan_years, self.today)

    # -- numbers (the words by position: period_words.py) ------------------------------------
    def year_after(self, i: int) -> tuple[int | None, int]:
        """A year written after a month or quarter ("năm 2021", "2021"), and where it ends."""
        if self.fold(i) == "nam" and self.number(self.fold(i + 1), 2000, 2100):
            return int(self.fold(i + 1)), i + 2
        if self.number(self.fold(i), 2000, 2100):
            return int(self.fold(i)), i + 1
        return None, i

    # -- patterns ----------------------------------------------------------------------------
    def month_at(self, i: int) -> tuple[int, int, int] | None:
        """(month, year, end) for "tháng 8", "T8/2021", "tháng tám năm 2021", "tháng 8/2021"."""
        if self.fold(i) not in MONTH_WORDS:
            return None
        nxt = self.fold(i + 1)
        if "/" in nxt or "-" in nxt or "." in nxt:
            parts = nxt.replace("-", "/").replace(".", "/").split("/")
            if (
                len(parts) == 2
                and self.number(parts[0], 1, 12)
                and self.number(parts[1], 2000, 2100)
            ):
                return int(parts[0]), int(parts[1]), i + 2
            return None
        month = self.number(nxt, 1, 12)
        end = i + 2
        if month is None and self.fold(i) == "thang":
            month, end = self.spelled_month(i + 1)
        if month is None:
            return None
        year, end = self.year_after(end)
        return month, year or self.yearless(month, 1), end

    def spelled_month(self, i: int) -> tuple[int | None, int]:
        for table, read in ((SPELLED_MONTHS, self.raw), (UNMARKED_MONTHS, self.fold)):
            two = f"{read(i)} {read(i + 1)}"
            if two in table:
                return table[two], i + 2
            if read(i) in table:
                return table[read(i)], i + 1
        # Typed without marks, "thang nam" can only be May; "thang sau" reads as next month.
        if self.fold(i) == "nam" and not self.number(self.fold(i + 1), 2000, 2100):
            return 5, i + 1
        return None, i

    def date_at(self, i: int) -> tuple[date, int] | None:
        """A day: "20/4", "30/9/2021", "ngày 20 tháng 4 (năm 2021)"."""
        text = self.fold(i).replace("-", "/").replace(".", "/")
        parts = text.split("/")
        if len(parts) in (2, 3) and all(p.isdecimal() for p in parts):
            day, month = int(parts[0]), int(parts[1])
            year = int(parts[2]) if len(parts) == 3 else None
            end = i + 1
            if year is None:
                year_found, end = self.year_after(end)
                year = year_found or self.default_year
            return self._day(year, month, day, end)
        if (
            self.fold(i) == "ngay"
            and self.number(self.fold(i + 1), 1, 31)
            and self.fold(i + 2) == "thang"
        ):
            # "ngày 20 tháng 4", "ngày 20 tháng tư"
            number = self.number(self.fold(i + 3), 1, 12)
            spelled, after = (number, i + 4) if number else self.spelled_month(i + 3)
            if spelled is None:
                return None
            year, end = self.year_after(after)
            return self._day(year or self.default_year, spelled, int(self.fold(i + 1)), end)
        if (
            self.number(self.fold(i), 1, 31)
            and self.fold(i + 1) == "thang"
            and self.fold(i - 1) not in DURATION_WORDS
        ):
            # "hạn 20 tháng 4", "20 tháng tư": a day without "ngày" (not "trong 3 tháng")
            numbered = self.number(self.fold(i + 2), 1, 12)
            which, after = (numbered, i + 3) if numbered else self.spelled_month(i + 2)
            if which is None:
                return None
            year, end = self.year_after(after)
            return self._day(year or self.default_year, which, int(self.fold(i)), end)
        return spelled_date(self, i)

    @staticmethod
    def _day(year: int, month: int, day: int, end: int) -> tuple[date, int] | None:
        try:
            return date(year, month, day), end
        except ValueError:
            return None

    def this(self, i: int) -> int:
        """Where "này" / "hiện tại" after a period word ends."""
        return i + 2 if self.words(i, "hien", "tai") else i + 1

    def last(self, i: int) -> int | None:
        """Where "trước", "rồi", "qua" or "vừa rồi", "vừa qua" (the one before this one) ends
        when it starts at i, else None."""
        k = i + 1 if self.token(i) in JUST_WORDS and self.fold(i + 1) != "truoc" else i
        return k + 1 if self.token(k) in LAST_WORDS else None

    def relative_at(self, i: int) -> tuple[Period, int] | None:
        today = self.today
        # "bữa nay" is how the South says "hôm nay"
        if any(self.words(i, day, "nay") for day in ("hom", "bua")) or self.fold(i) == "hnay":
            return Period(today, today, "hôm nay"), i + (1 if self.fold(i) == "hnay" else 2)
        if self.words(i, "hom", "qua") or self.words(i, "bua", "qua"):
            day = today - timedelta(days=1)
            return Period(day, day, "hôm qua"), i + 2
        # "mai" alone means tomorrow only where it opens the question ("mai hạn những mục nào"):
        # elsewhere it is "mai táng".
        if self.words(i, "ngay", "mai") or (
            i == 0 and self.fold(i) == "mai" and self.fold(i + 1) != "tang"
        ):
            day = today + timedelta(days=1)
            return Period(day, day, "ngày mai"), i + (2 if self.fold(i) == "ngay" else 1)
        half = half_year(self, i)
        if half:
            return half
        if self.fold(i) == "tuan" and self.token(i + 1) in THIS_WORDS:
            sunday = today + timedelta(days=6 - today.weekday())
            return Period(today, sunday, "tuần này"), self.this(i + 1)
        if self.token(i) in ONWARD_WORDS and self.fold(i + 1) in ("tuan", "thang"):
            # "sang tuần", "sang tháng": the next one, as "tuần sau"; "sang tháng 5" is May.
            named = self.at(i + 1)
            if named and named.end > i + 2:
                return named.period, named.end
            if self.fold(i + 1) == "tuan":
                monday = today + timedelta(days=7 - today.weekday())
                return Period(monday, monday + timedelta(days=6), "tuần sau"), i + 2
            first = today.replace(day=1) + relativedelta(months=1)
            return self.month(first.month, first.year), i + 2
        if self.fold(i) == "tuan" and self.token(i + 1) in NEXT_WORDS:
            monday = today + timedelta(days=7 - today.weekday())
            return Period(monday, monday + timedelta(days=6), "tuần sau"), i + 2
        previous = self.last(i + 1)
        if self.fold(i) == "tuan" and previous:
            monday = today - timedelta(days=7 + today.weekday())
            return Period(monday, monday + timedelta(days=6), "tuần trước"), previous
        # "10 ngày tới", "trong mười ngày tới", "hai tuần tới": the number in figures or words
        count, unit = number_at(self.tokens, i) or (0, i)
        if 1 <= count <= 366 and self.fold(unit) in ("ngay", "tuan"):
            days = count * (7 if self.fold(unit) == "tuan" else 1)
            after = self.fold(unit + 1)
            if (
                after in ("toi", "nua", "sau")
                or self.fold(i - 1) == "trong"
                or (after == "sap" and self.fold(unit + 2) == "toi")
            ):
                end = unit + 2 + (after == "sap")
                label = f"{count} {'tuần' if self.fold(unit) == 'tuan' else 'ngày'} tới"
                return Period(today, today + timedelta(days=days), label), end
        if self.fold(i) == "thang" and self.token(i + 1) in THIS_WORDS:
            return self.month(today.month, today.year), self.this(i + 1)
        if self.fold(i) == "thang" and self.token(i + 1) in NEXT_WORDS:
            first = today.replace(day=1) + relativedelta(months=1)
            return self.month(first.month, first.year), i + 2
        if self.fold(i) == "thang" and previous:
            first = today.replace(day=1) - relativedelta(months=1)
            return self.month(first.month, first.year), previous
        if self.fold(i) in QUARTER_WORDS and (
            previous or self.token(i + 1) in THIS_WORDS or self.token(i + 1) in NEXT_WORDS
        ):
            q = (today.month - 1) // 3 + 1
            shift = -1 if previous else 1 if self.token(i + 1) in NEXT_WORDS else 0
            first = date(today.year, 3 * q - 2, 1) + relativedelta(months=3 * shift)
            end = previous or self.this(i + 1)
            return self.quarter((first.month - 1) // 3 + 1, first.year), end
        if self.fold(i) in ("cuoi", "het") and self.fold(i + 1) == "nam":
            if self.fold(i) == "het" or self.token(i - 1) in UNTIL_WORDS:
                # "đến hết năm", "đến cuối năm": from today to the year's last day.
                year_end = date(self.default_year, 12, 31)
                return Period(today, year_end, f"từ nay đến {fmt_date(year_end)}"), i + 2
            return self.month(12, self.default_year), i + 2
        if self.fold(i) == "het" and self.fold(i + 1) in ("thang", "quy"):
            # "đến hết tháng", "hết quý này", "hết tháng 6": from today to that period's end.
            named = self.at(i + 1)
            if named:
                last, stop = named.period.end, named.end
            elif self.fold(i + 1) == "thang":
                last, stop = month_end(today.month, today.year), i + 2
            else:
                last, stop = quarter_end((today.month - 1) // 3 + 1, today.year), i + 2
            last = max(last, today)
            return Period(today, last, f"từ nay đến {fmt_date(last)}"), stop
        if (
            self.words(i, "cuoi", "thang")
            and not self.month_at(i + 1)
            and self.token(i + 2) not in NEXT_WORDS
        ):
            last_day = month_end(today.month, today.year)
            return Period(today, last_day, f"từ nay đến {fmt_date(last_day)}"), i + 2
        if (
            self.fold(i) == "cuoi"
            and self.fold(i + 1) in QUARTER_WORDS
            and not quarter_at(self, i + 1)
            and self.token(i + 2) not in NEXT_WORDS
        ):
            # "(từ giờ) đến cuối quý", "cuối quý này": as "cuối tháng", from today to the end
            # of the quarter today falls in ("cuối quý 3", "cuối quý sau" name that quarter)
            last_day = quarter_end((today.month - 1) // 3 + 1, today.year)
            end = self.this(i + 2) if self.token(i + 2) in THIS_WORDS else i + 2
            return Period(today, last_day, f"từ nay đến {fmt_date(last_day)}"), end
        nearest = nearest_at(self, i)
        if nearest is not None:
            return nearest
        soon_words = ("den", "toi", "het", "dao")
        if (
            self.fold(i) in ("sap", "gan")
            and self.fold(i + 1) in soon_words
            and self.fold(i + 2) == "han"
        ):
            return self.soon(), i + 3
        if self.words(i, "sap", "han") or self.words(i, "sap", "toi"):
            return self.soon(), i + 2
        late_word = self.fold(i) in ("qua", "tre", "cham") or late_marked(self, i)
        if (late_word or run_out(self, i)) and self.fold(i + 1) == "han":
            late = Period(date(1900, 1, 1), today - timedelta(days=1), "đã quá hạn", late=True)
            return late, i + 2
        return None

    def soon(self) -> Period:
        return Period(self.today, self.today + timedelta(days=SOON_DAYS), f"{SOON_DAYS} ngày tới")

    def month(self, month: int, year: int) -> Period:
        return Period(date(year, month, 1), month_end(month, year), f"Tháng {month}/{year}")

    def quarter(self, q: int, year: int) -> Period:
        return Period(
            date(year, 3 * q - 2, 1), quarter_end(q, year), f"Quý {ROMANS[q - 1]}/{year}"
        )

    # -- the walk ----------------------------------------------------------------------------
    def at(self, i: int) -> PeriodSpan | None:
        """The period that starts at token i, if any."""
        first = self.fold(i)
        if first not in _STARTS and not first[:1].isdecimal():
            return None  # no pattern starts here: most words of a question
        found = self.relative_at(i)
        if found:
            return PeriodSpan(found[0], i, found[1])
        weekday = weekday_at(self, i)
        if weekday:
            return weekday
        month = self.month_at(i)
        if month:
            return PeriodSpan(self.month(month[0], month[1]), i, month[2])
        quarter = quarter_at(self, i)
        if quarter:
            return PeriodSpan(self.quarter(quarter[0], quarter[1]), i, quarter[2])
        if self.fold(i) == "cuoi" and (
            self.month_at(i + 1)
            or (self.fold(i + 1) == "thang" and self.token(i + 2) in NEXT_WORDS)
        ):
            # "cuối tháng 5", "cuối tháng sau": what falls due in that month
            span = self.at(i + 1)
            return PeriodSpan(span.period, i, span.end) if span else None
        day = self.date_at(i)
        if day:
            return self.day_span(i, day[0], day[1])
        month_year = self.fold(i).split("/")
        if (
            len(month_year) == 2
            and self.number(month_year[0], 1, 12)
            and self.number(month_year[1], 2000, 2100)
        ):
            return PeriodSpan(self.month(int(month_year[0]), int(month_year[1])), i, i + 1)
        return None

    def day_span(self, i: int, day: date, end: int) -> PeriodSpan:
        start = i - 1 if self.fold(i - 1) == "ngay" else i
        if (
            self.token(start - 1) in UNTIL_WORDS
            and start - 1 not in self.taken
            and day >= self.today
        ):
            # "trước 20/4", "đến 30/9": what falls due from today until that day.
            period = Period(self.today, day, f"từ nay đến {fmt_date(day)}")
            return PeriodSpan(period, start - 1, end, until=day)
        return PeriodSpan(Period(day, day, f"ngày {fmt_date(day)}"), start, end, day=day)

    def spans(self, taken: set[int]) -> tuple[list[PeriodSpan], list[YearSpan]]:
        self.taken = taken
        periods: list[PeriodSpan] = []
        years: list[YearSpan] = []
        i, tokens, size = 0, self.tokens, self._size
        while i < size:
            if i in taken:
                i += 1
                continue
            token = tokens[i]
            if not token.is_number and token.fold not in _WALK_STARTS:
                i += 1  # no period, year nor "năm nay" starts at most words (`at`, below)
                continue
            span = self.at(i)
            if span and not taken & set(range(span.start, span.end)):
                periods.append(span)
                i = span.end
                continue
            year, end = self.year_after(i)
            if year and (self.fold(i) == "nam" or self.fold(i - 1) != "ngay"):
                years.append(YearSpan(year, i, end))
                i = end
                continue
            if self.words(i, "nam", "nay"):
                years.append(YearSpan(self.today.year, i, i + 2))
                i += 2
                continue
            i += 1
        return joined(periods, self.fold), years
