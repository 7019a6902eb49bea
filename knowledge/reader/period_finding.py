"""The periods and years a question names (`find_periods`), with "từ nay đến <X>" read as the
run from today to the end of X: the entry point of the period reader (period_reader.py reads each
pattern), split from it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from knowledge.calendar.deadlines import fmt_date
from knowledge.language.text import Token
from knowledge.reader.period_reader import PeriodReader
from knowledge.reader.periods import Period, PeriodSpan, YearSpan, from_now
from knowledge.reader.report_periods import reported_spans


def find_periods(
    tokens: Sequence[Token], today: date, plan_years: Sequence[int], taken: set[int] | None = None
) -> tuple[list[PeriodSpan], list[YearSpan]]:
    """The periods and years a question names; tokens in `taken` belong to other spans."""
    reader = PeriodReader(tokens, today, plan_years)
    taken = set(taken or ())
    # "từ nay đến <X>": the period runs from today to the end of X.
    starts: dict[int, int] = {}
    for i, token in enumerate(tokens):
        end = from_now(tokens, i) if token.fold == "tu" else None  # it opens on "từ" alone
        if end is not None and i not in taken:
            starts[end] = i
    # Its words are the period's: "hôm nay" in "từ hôm nay tới 30/11" is not a period of its own.
    prefixes = {k for end, begin in starts.items() for k in range(begin, end)}
    periods, years = reader.spans(taken | prefixes)
    result = []
    for span in periods:
        begin = starts.get(span.start)
        if begin is not None and span.period.end >= today:
            label = f"từ nay đến {fmt_date(span.period.end)}"
            span = PeriodSpan(Period(today, span.period.end, label), begin, span.end)
        result.append(span)
    return reported_spans(tokens, result, today), years
