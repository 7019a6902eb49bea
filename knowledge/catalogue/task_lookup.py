"""A provincial task found from what a user typed: its id or its one due date."""

from __future__ import annotations

import re

from knowledge.catalogue.model import Province, Task

_DAY_MONTH = re.compile(
    r"^\s*(?:han\s+|ngay\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?\s*$"
)


def find_task(text: str, province: Province) -> Task | None:
    """A provincial task by its id ("tq-2021-04-20") or its one due date ("20/4", "20/4/2021")."""
    wanted = text.strip().lower()
    named = province.task_at(wanted)
    if named is not None:
        return named[0]
    m = _DAY_MONTH.match(wanted.replace("hạn", "han").replace("ngày", "ngay"))
    if not m:
        return None
    day, month, year = int(m.group(1)), int(m.group(2)), m.group(3)
    found = [
        t
        for t in province.tasks
        if t.due
        and (t.due.day, t.due.month) == (day, month)
        and (year is None or t.due.year == int(year))
    ]
    return found[0] if len(found) == 1 else None
