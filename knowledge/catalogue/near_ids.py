"""The tasks an id that names none most likely meant. A task's id is made from its date
(`tq-2021-10-08`), so an id noted from a draft, or from before the coordinator corrected the
date, names no task once published as `tq-2021-10-31`; `/capnhat` answered that with its syntax
line, as if the command were mistyped. The nearest ids by date, the unit's own first, say what
to type instead.
"""

from __future__ import annotations

import re
from datetime import date

from knowledge.catalogue.model import Province, Task

# a task's id, or an occurrence's key: "tq-2021-10-08", "tq-2021-10-08-2", "…@2021-12-18"
_TASK_ID = re.compile(r"^(?P<prefix>[a-z]{2,4})-(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:-\d+)?")
MAX_NEAR = 3


def _day(task_id: str) -> date | None:
    m = _TASK_ID.match(task_id.lower())
    if m is None:
        return None
    try:
        return date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None


def looks_like_task_id(text: str) -> bool:
    """`text` has the shape of a task's id (whether or not a task has it)."""
    return _TASK_ID.match(text.strip().lower()) is not None


def near_tasks(province: Province, typed: str, agency: str | None) -> list[Task]:
    """The province's tasks whose ids are nearest by date to `typed`, the agency's own first
    (an admin's, or an id of no date: every task, by date)."""
    day = _day(typed) or date.min
    own = province.tasks_of(agency) if agency else []
    pool = own or list(province.tasks)
    return sorted(pool, key=lambda t: (abs(((_day(t.id) or date.max) - day).days), t.id))[
        :MAX_NEAR
    ]
