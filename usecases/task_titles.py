"""A task's short title, which a receipt, an offer's line and a button lead with, its key after
it (ux23 #2: "Nộp cho tq-2023-09-20 T9/2023" named nothing an officer reads; the title is what
they know the task by, the key what they type back)."""

from __future__ import annotations

from knowledge.rules.progress import item_title
from usecases.desk import Desk


def task_title(desk: Desk, key: str) -> str:
    """ "Biểu 02", "Mẫu số 02 — tháng 9/2023", or the start of a title without a form; "" for
    a catalogue row, whose key leads."""
    if desk.province.task_at(key) is None:
        return ""
    return item_title(desk.catalogue, desk.province, key)
