"""The word an officer gets right after being approved (ux34 #7): the letters in force whose
tasks their unit owes or supports, each task with its next deadline and where the unit stands,
by the standing rule every view asks. An officer approved after a letter was published was
never told of it: the publication's notice went to the officers approved by then, and the
first word of the letter was a reminder days later."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from knowledge.catalogue.views import TaskView
from knowledge.messages.markup import esc
from knowledge.render.task_answers import OWED, standing_text, task_item

SUPPORT = "phối hợp, không phải nộp"


def approved_message(
    unit: str, letters: Sequence[tuple[str, Sequence[TaskView]]], today: date
) -> str:
    """`letters`: (the letter's title, its tasks for the unit: owed ones with the unit's
    standing, supported ones marked `supports`)."""
    lines = [f"📬 <b>Công văn đang theo dõi có việc của {esc(unit)}</b>"]
    for title, views in letters:
        lines.append(f"\n📨 {esc(title)}")
        for view in views:
            if view.supports:
                lines.append(task_item(view, today, occurrence=view.task.recurring, duty=SUPPORT))
                continue
            owed = view.standing is None or view.standing in OWED
            lines.append(task_item(view, today, occurrence=view.task.recurring, days=owed))
            lines.append(f"   {esc(standing_text(view))}")
    lines.append("\nViệc phải nộp: /nopbai · Tiến độ: /tiendo")
    return "\n".join(lines)
