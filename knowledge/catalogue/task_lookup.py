"""A provincial task found from what a user typed: its id or its one due date, or a date it had
before its deadline moved (the coordinator still says "the 20/4 dossier" once it is due 30/4)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date

from knowledge.catalogue.model import Province, Task

_DAY_MONTH = re.compile(
    r"^\s*(?:han\s+|ngay\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?\s*$"
)


def find_task(
    text: str, province: Province, had: Mapping[str, Iterable[date]] | None = None
) -> Task | None:
    """A provincial task by its id ("tq-2021-04-20") or its one due date ("20/4", "20/4/2021").
    `had`: by task id, the dates a one-off task had before its deadline moved; a date no task
    has now names the one task that had it (two that had it: none, never a guess)."""
    wanted = text.strip().lower()
    named = province.task_at(wanted)
    if named is not None:
        return named[0]
    m = _DAY_MONTH.match(wanted.replace("hạn", "han").replace("ngày", "ngay"))
    if not m:
        return None
    day, month, year = int(m.group(1)), int(m.group(2)), m.group(3)

    def fits(d: date) -> bool:
        return (d.day, d.month) == (day, month) and (year is None or d.year == int(year))

    found = [t for t in province.tasks if t.due and fits(t.due)]
    if not found and had:
        found = [t for t in province.tasks if t.due and any(fits(d) for d in had.get(t.id, ()))]
    return found[0] if len(found) == 1 else None
