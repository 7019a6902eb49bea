"""A provincial task in full (knowledge.render.task_answers.task_answer)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from knowledge.catalogue.views import task_view
from knowledge.render.task_answers import task_answer


def _deadline_line(text: str) -> str:
    return next(line for line in text.split("\n") if line.startswith("• Hạn:"))


def test_a_printed_deadline_is_quoted_beside_its_date_and_a_corrected_one_said_once(catalogue):
    """After the coordinator corrected a deadline the card read "Hạn: 27/9/2021 → 27/9/2021
    (còn 21 ngày)" (ux18): the correction is stored as its date alone, so it is said once."""
    tq = catalogue.province("tuyen-quang")
    task = next(t for t in tq.tasks if t.id == "tq-2021-04-20")
    today = date(2021, 4, 13)
    printed = _deadline_line(task_answer(task_view(task, today), tq, today, None, "nguồn"))
    assert printed.startswith(f"• Hạn: {task.deadline_text} → 20/4/2021 (")
    corrected = replace(task, deadline_text="20/4/2021")
    said = _deadline_line(task_answer(task_view(corrected, today), tq, today, None, "nguồn"))
    assert said == "• Hạn: 20/4/2021 (còn 7 ngày)"
