"""/lichsu of a recurring task by its id alone: the history of each of its occurrences, newest
first, each headed by its period and the short key an officer types back ("tq-2021-09-28
T9/2021"). A single occurrence's history is progress_text.history_text."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from knowledge.catalogue.model import Task
from knowledge.catalogue.occurrence_names import label, short_key
from knowledge.messages.markup import esc, typed_key
from knowledge.render.progress_text import history_text
from knowledge.rules.statuses import Change


def occurrences_text(
    task: Task,
    pages: Sequence[tuple[date, Sequence[Change]]],
    names: Mapping[int, str],
    untold: int = 0,
) -> str:
    """`pages`: each occurrence with changes (its due date, its changes oldest first), newest
    occurrence first; `untold`: occurrences with changes left out for length."""
    if not pages:
        return f"{typed_key(task.id)}: chưa kỳ nào có cập nhật."
    lines = [f"<b>Lịch sử {typed_key(task.id)}</b> — {len(pages)} kỳ có cập nhật, mới nhất trước"]
    for due, changes in pages:
        key = task.key_of(due)
        body = history_text(key, changes, dict(names)).partition("\n")[2]
        lines.append(f"\n<b>{esc(label(task, due))}</b> — <code>{esc(short_key(key))}</code>")
        lines.append(body)
    if untold:
        typed = f"/lichsu {esc(task.id)} T&lt;tháng&gt;/&lt;năm&gt;"
        lines.append(f"\n<i>Còn {untold} kỳ cũ hơn: gõ {typed}.</i>")
    return "\n".join(lines)
