"""Which occurrence of a recurring task a write is for, when it names the task by its id: the
one the standing rule says applies to the unit (knowledge/rules/progress.py `standing_of`: the
oldest occurrence it still owes, else the next). So `/capnhat kh-monthly-sync xong`, a form sent
for it, and a file handed in all settle the same occurrence, and each occurrence keeps its own
status (knowledge/rules/standing.py).
"""

from __future__ import annotations

from knowledge.rules.progress import standing_of
from usecases.desk import Desk


def occurrence_for(desk: Desk, key: str, agency: str) -> str:
    """`key` itself, unless it is a recurring task's bare id: then the key of the occurrence the
    unit's write settles."""
    found = desk.province.task_at(key)
    if found is None or not found[0].recurring or found[1] is not None:
        return key
    marks = desk.statuses().marks
    standing = standing_of(desk.catalogue, desk.province, key, agency, marks, desk.clock.today())
    return standing.key if standing is not None else key
