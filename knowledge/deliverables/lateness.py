"""How late a document is handed in: its task's date (an occurrence's, for a recurring task) and
the days after it, counted as the tracking counts them (knowledge/deliverables/tracking.py), so
that a receipt says what /nopbai then says ("nộp muộn … (sau hạn 22 ngày)")."""

from __future__ import annotations

from datetime import date

from knowledge.calendar.deadlines import days_between, is_past
from knowledge.catalogue.model import Province


def lateness(province: Province, key: str, on: date) -> tuple[date | None, int]:
    """(the deadline of the task or occurrence `key`, the days after it that `on` is: 0 when in
    time or when it has no date)."""
    found = province.task_at(key)
    if found is None:
        return None, 0
    task, occurrence = found
    due = occurrence or task.due
    if due is None or not is_past(due, on):
        return due, 0
    return due, -days_between(on, due)
