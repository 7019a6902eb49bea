"""A recurring task named with a period it has no occurrence in ("/nop mẫu 02 tháng 8" for a
report first due in September): one line naming the task, the period typed and its nearest
occurrence, nothing waited for (the current occurrence is never taken instead)."""

from __future__ import annotations

from datetime import date

from knowledge.catalogue.model import Task
from knowledge.catalogue.occurrence_names import label, short_key
from knowledge.messages.markup import esc
from knowledge.reader.periods import Period

_AROUND = 400  # days either side of the period looked through for its nearest occurrence


def period_gap(task: Task, due: date | None, asked: Period | None, command: str) -> str | None:
    """The line for a recurring task named with a period (`asked`) that holds none of its
    occurrences (`due` None); None otherwise. `command`: "/nop" or "/capnhat"."""
    if not task.recurring or due is not None or asked is None:
        return None
    return no_occurrence(task, asked.start, asked.end, asked.label, command)


def no_occurrence(task: Task, start: date, end: date, asked: str, command: str) -> str:
    """`asked`: the period as the reader labels it; `command`: "/nop" or "/capnhat"."""
    name = esc(task.form or task.id)
    near = task.occurrences(
        date.fromordinal(start.toordinal() - _AROUND), date.fromordinal(end.toordinal() + _AROUND)
    )
    asked = asked[:1].lower() + asked[1:]  # "Tháng 8/2021" read mid-sentence, "quý III" kept
    said = f"{name} ({esc(task.id)}) không có kỳ nào trong {esc(asked)}."
    if near:
        nearest = min(near, key=lambda d: min(abs((d - start).days), abs((d - end).days)))
        key = short_key(task.key_of(nearest))
        said += (
            f" Kỳ gần nhất: {esc(label(task, nearest))}, hạn {nearest.day}/{nearest.month}/"
            f"{nearest.year}: <code>{command} {esc(key)}</code>."
        )
    return f"{said} Không có gì thay đổi."
