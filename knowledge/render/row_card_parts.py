"""The parts of a row's card (knowledge/render/answers.py `row_full`) that say where the row
comes from and what it is: its source line, its level, why a row outside the province's plan
has no provincial date, and every phase of a multi-phase cell. Apart so that answers.py stays
under the house's 400 lines."""

from __future__ import annotations

from collections.abc import Sequence

from knowledge.calendar.deadlines import Milestone, fmt_date
from knowledge.catalogue.model import DECISION_TITLES, Province, decision_year
from knowledge.catalogue.views import RowView
from knowledge.messages.markup import esc


def source_line(view: RowView, province: Province) -> str:
    row = view.row
    parts = [
        f"{DECISION_TITLES[row.decision]}, mục {row.number}" + (f" ({row.sub})" if row.sub else "")
    ]
    if view.assignment and province.assignments_label:
        parts.append(province.assignments_label)
    return "Nguồn: " + esc("; ".join(parts))


def level_text(level: int | None) -> str:
    return f"mức độ {level}" if level else "mức độ: không ghi"


def plan_note(view: RowView, province: Province) -> str:
    """For a row outside the province's plan: whose catalogue it is, and that the province's plan
    does not hold it."""
    row = view.row
    return (
        f"QĐ {row.decision}/QĐ-TTg, {decision_year(row.decision)} — không thuộc kế hoạch "
        f"{decision_year(province.decision)} của tỉnh"
    )


def phases_text(milestones: Sequence[Milestone]) -> str:
    """ "mốc 1: 31/5/2021, mốc 2: 31/8/2021": every phase of a multi-phase cell, in order."""
    return ", ".join(f"mốc {n}: {fmt_date(m.due)}" for n, m in enumerate(milestones, 1))
