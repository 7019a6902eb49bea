"""Whether the period an occurrence of a recurring report covers has begun (ux32 #2): a file
sent on 22/4 that prints "tháng 5" cannot be May's report yet, and closing May with it would
say May is sent before May exists, and May would never be chased. Every file path asks this one
rule (usecases/file_offers.py, usecases/handed_files.py, usecases/file_moves.py): an
occurrence whose period has not begun is never offered alone, the occurrence due now comes first,
and a press on the early one says so in its receipt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dateutil.relativedelta import relativedelta

from knowledge.catalogue.model import EVERY_MONTHS, Task
from knowledge.catalogue.reported import report_month_year, reported_label, reported_start


@dataclass(frozen=True)
class Early:
    """An occurrence whose period has not begun: when it begins, and its period as the letters
    name it ("tháng 5/2021")."""

    begins: date
    period: str


def not_begun(task: Task, due: date | None, today: date) -> Early | None:
    """The occurrence of `task` due on `due` (its key's date), when the period it reports
    begins after `today`; None for a one-off task (a dossier may be sent any day before its
    date) and for a period already begun."""
    if due is None or not task.recurring:
        return None
    start = reported_start(task, due)
    return Early(start, reported_label(task, due)) if start > today else None


def begun_due(task: Task, today: date) -> date | None:
    """The latest occurrence of a recurring task whose period has begun by `today` (the one
    due now, or just gone): what a file sent today reports at the latest. None for a one-off
    task, or before the first occurrence's period."""
    if not task.recurring:
        return None
    span = relativedelta(months=EVERY_MONTHS[task.every] + task.lag + 1)
    dues = task.occurrences(today - span, today + span)
    begun = [d for d in dues if not_begun(task, d, today) is None]
    return max(begun) if begun else None


def month_not_begun(month: tuple[int, int | None] | None, today: date) -> bool:
    """A month a file prints ((month, year or None), file_claims.FileClaims.month) that has
    not begun by `today`: no evidence against the occurrence due now (a month without its year
    is the nearest one, as a report's month is read)."""
    if month is None:
        return False
    number, year = month
    return date(year or report_month_year(number, today), number, 1) > today
