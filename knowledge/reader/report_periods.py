"""A period a question names as the one a report covers: "báo cáo tháng 10", "bc tháng 11 nộp
khi nào", "ai chưa nộp báo cáo quý 3" name the report OF that month or quarter, which a monthly
report due "trước ngày 05 của tháng sau" sends in the month after (knowledge/catalogue/
reported.py). A period after the report's word is marked `reported`; a month typed without its
year is then the nearest such month to today (a report is sent after what it covers: in
December "bc tháng 11" is the November just gone, not next year's). Every view that picks a
task's occurrences for a period a question names asks `occurrences_in`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from knowledge.calendar.deadlines import month_end
from knowledge.catalogue.model import Task
from knowledge.catalogue.reported import report_month_year, reports_of
from knowledge.language.text import Token
from knowledge.reader.periods import Period, PeriodSpan

# the report's word right before the period: "báo cáo", its shorthand "bc", and "kỳ (báo cáo)"
_REPORT_BEFORE = (("bao", "cao"), ("bc",), ("ky",), ("bao", "cao", "ky"), ("bc", "ky"))
_YEAR = re.compile(r"(?:19|20)\d{2}")
_MONTH = re.compile(r"^Tháng (\d{1,2})/(\d{4})$")


def reported_spans(
    tokens: Sequence[Token], spans: Sequence[PeriodSpan], today: date
) -> list[PeriodSpan]:
    """The spans, those named right after a report's word marked as the period it covers."""
    folds = [t.fold for t in tokens]
    found = []
    for span in spans:
        before = tuple(folds[max(0, span.start - 3) : span.start])
        if span.period.late or not any(before[-len(w) :] == w for w in _REPORT_BEFORE):
            found.append(span)
            continue
        period = replace(span.period, reported=True)
        typed = " ".join(folds[span.start : span.end])
        month = _MONTH.match(period.label)
        if month and not _YEAR.search(typed) and any(c.isdigit() for c in typed):
            # a month without its year: the report's nearest, not the plan's or the next one
            number = int(month[1])
            year = report_month_year(number, today)
            period = replace(
                period,
                start=date(year, number, 1),
                end=month_end(number, year),
                label=f"Tháng {number}/{year}",
            )
        found.append(replace(span, period=period))
    return found


def occurrences_in(task: Task, period: Period) -> list[date]:
    """The occurrences of `task` a question's period names: those reporting it, for a period
    named as a report's ("báo cáo tháng 10": the 5/11 one of a report due the month after);
    else those falling due in it. A month named as a report's names a monthly report only, a
    quarter a quarterly one (ux36 #4: "bc tháng 9" named the third quarter's report, due in
    September, and "bc quý 4" the monthly ones)."""
    if period.reported:
        kind = span_kind(period)
        if task.recurring and kind is not None and kind != task.every:
            return []
        return reports_of(task, period.start, period.end)
    return task.occurrences(period.start, period.end)


def span_kind(period: Period) -> str | None:
    """ "month" or "quarter" when the period is one whole calendar month or quarter, as a
    recurring task's `every` names them; None for any other span (a year, a week, a day)."""
    start, end = period.start, period.end
    if start.day != 1:
        return None
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if end != month_end(end.month, end.year):
        return None
    if months == 1:
        return "month"
    return "quarter" if months == 3 and start.month % 3 == 1 else None
