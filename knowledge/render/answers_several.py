"""The answer to a message that names several things of one kind (reader/several_subjects.py):
each thing's own answer in the message's order, then, when the message asks how they compare
("cái nào hạn sớm hơn", "khác gì nhau", "cả hai"), one line from the data.

The line compares what each answer's head states, by the rule the answers themselves follow: a
row's date is the province's when it set one, else the decision's (RowView.deadline); a task's
the date of the occurrence asked about; an agency's list counts the rows it leads and
coordinates and its tasks; a period's list counts what falls due in it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Protocol

from knowledge.calendar.deadlines import fmt_date
from knowledge.catalogue.views import RowView, TaskView
from knowledge.messages.markup import esc


class Said(Protocol):
    """What the comparison reads of one part's answer."""

    agency: str | None
    items: list[RowView]
    tasks: list[TaskView]


def joined_html(htmls: Sequence[str]) -> str:
    """The parts' answers one after the other, a rule between them: each card starts with its
    own key, title, agency or period, so no heading repeats the message."""
    return "\n\n".join(htmls)


def comparison(kind: str, parts: Sequence[Said], labels: Sequence[str]) -> str:
    """The one line comparing the parts, or "" when their answers state nothing to compare.
    labels: each part's subject as the answer names it (a row's key, a task's title)."""
    if kind == "agency":
        said = [
            f"{esc(p.agency or lab)}: {_duties(p)}" for p, lab in zip(parts, labels, strict=True)
        ]
        return "⚖️ So sánh: " + "; ".join(said) + "."
    if kind == "period":
        said = [f"{esc(lab)}: {_count(p)}" for p, lab in zip(parts, labels, strict=True)]
        return "⚖️ So sánh: " + "; ".join(said) + "."
    return _dates_line(parts, labels)


def head_label(part: Said) -> str:
    """A thing's part named as its answer heads it: the row's key, else the task's title."""
    if part.items:
        return part.items[0].key
    if part.tasks:
        return part.tasks[0].task.title
    return part.agency or ""


def _dates_line(parts: Sequence[Said], labels: Sequence[str]) -> str:
    dates = [_head_date(p) for p in parts]
    named = [
        f"{esc(lab)} hạn {fmt_date(d) if d else 'không ghi'}"
        for lab, d in zip(labels, dates, strict=True)
    ]
    line = "⚖️ So sánh: " + ", ".join(named)
    known = [(d, lab) for d, lab in zip(dates, labels, strict=True) if d is not None]
    if len(known) < 2:
        return line + "."
    days = {d for d, _ in known}
    if len(days) == 1:
        return line + " → cùng hạn."
    first, name = min(known)
    if len(known) > 2:
        return line + f" → sớm nhất: {esc(name)}."
    late, other = max(known)
    gap = (late - first).days
    return line + f" → {esc(name)} đến hạn trước {esc(other)} {gap} ngày."


def _head_date(part: Said) -> date | None:
    if part.items:
        return part.items[0].deadline
    if part.tasks:
        return part.tasks[0].due
    return None


def _duties(part: Said) -> str:
    lead = sum(1 for v in part.items if v.role == "lead")
    coordinate = sum(1 for v in part.items if v.role == "coordinate")
    said = f"chủ trì {lead} mục, phối hợp {coordinate} mục"
    return said + (f", {len(part.tasks)} nhiệm vụ" if part.tasks else "")


def _count(part: Said) -> str:
    said = f"{len(part.items)} mục"
    return said + (f", {len(part.tasks)} nhiệm vụ" if part.tasks else "")
