"""A quarter named without its year, of a quarterly report ("/nop mẫu 02 quý 1" on 21/12/2021):
the reader reads the year from the asker's day and the side the words look to, which gives quý
I/2021, nine months past, where the report of that name comes next in January. When the past
one holds none of the tasks' occurrences and next year's holds one nearer to today, the words
name next year's (u54 #3); a year typed is never changed, and a quarter that holds one stays."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from knowledge.catalogue.model import Task
from knowledge.reader.parse import Parsed
from knowledge.reader.periods import Period, PeriodSpan
from knowledge.reader.report_periods import occurrences_in

_YEAR = re.compile(r"\d{4}")


def quarters_ahead(parsed: Parsed, pool: Sequence[Task]) -> Parsed:
    """`parsed` with each yearless past quarter that names no occurrence of the recurring
    tasks in `pool` moved to next year's when that one names one and is nearer today."""
    today, tasks = parsed.today, [t for t in pool if t.recurring]
    if today is None or not tasks:
        return parsed
    spans = tuple(_ahead(span, parsed, tasks, today) for span in parsed.periods)
    return parsed if spans == parsed.periods else replace(parsed, periods=spans)


def _ahead(span: PeriodSpan, parsed: Parsed, tasks: list[Task], today: date) -> PeriodSpan:
    period = span.period
    if not _quarter(period) or period.end >= today or period.late or period.nearest:
        return span
    if any(_YEAR.search(t.raw) for t in parsed.tokens[span.start : span.end]):
        return span  # its year typed: as typed
    later = replace(
        period,
        start=period.start.replace(year=period.start.year + 1),
        end=period.end.replace(year=period.end.year + 1),
        label=period.label.replace(str(period.start.year), str(period.start.year + 1)),
    )
    if (later.start - today).days >= (today - period.end).days:
        return span  # the past one is nearer: as read
    if any(occurrences_in(t, period) for t in tasks):
        return span
    if not any(occurrences_in(t, later) for t in tasks):
        return span
    return replace(span, period=later)


def _quarter(period: Period) -> bool:
    start, end = period.start, period.end
    return (
        start.day == 1
        and start.month in (1, 4, 7, 10)
        and end.month == start.month + 2
        and end.year == start.year
        and (end + timedelta(days=1)).day == 1
        and period.label.lower().startswith("quý")
    )
