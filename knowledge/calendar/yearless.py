"""A day typed without its year ("đã nộp ngày 25/6", "/doihan … 30/6"): one rule for every
date the coordinator or an officer types so (ux24 #5: "25/6" said on 22/6/2021 was read as
25/6/2020, the latest such day that had come, and a dossier not yet sent could be recorded).

The day is read in the year of what it is said about — the task's or occurrence's date, a
row's date in the plan (knowledge/rules/typed_years.py) — or in the year beside it when that
puts it nearer (a task due 20/12/2021: "5/1" is 5/1/2022, and "20/12" said on 5/1/2022 is
still 2021's). Whether the day may stand (it has come; it is not before the plan or the
letter) is the caller's rule, as for a day typed with its year.
"""

from __future__ import annotations

from datetime import date


def typed_day(day: int, month: int, year: int | None, anchor: date) -> date | None:
    """The date typed: with its year, that day; without, the nearest such day to `anchor`;
    None when no such day exists (31/6, 29/2 in a common year)."""
    years = [year] if year is not None else [anchor.year, anchor.year - 1, anchor.year + 1]
    found = []
    for y in years:
        try:
            found.append(date(y, month, day))
        except ValueError:
            continue
    if not found:
        return None
    # the anchor's own year first on a tie (min keeps the first of equals)
    return min(found, key=lambda d: abs((d - anchor).days))
