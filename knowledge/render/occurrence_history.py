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
    pages: Sequence[tuple[date, Sequence[Change], int]],
    names: Mapping[int, str],
    untold: int = 0,
) -> str:
    """`pages`: each occurrence with changes (its due date, its latest changes oldest first,
    how many older ones are left out), newest occurrence first; `untold`: occurrences with
    changes left out for length."""
    if not pages:
        return f"{typed_key(task.id)}: chưa kỳ nào có cập nhật."
    # the header says both orders (ux37 #10: "mới nhất trước" over lines oldest first): the
    # periods newest first, each period's changes as they happened, an undo under its write
    lines = [
        f"<b>Lịch sử {typed_key(task.id)}</b> — {len(pages)} kỳ có cập nhật: kỳ mới nhất "
        "trước, thay đổi trong mỗi kỳ theo thứ tự thời gian"
    ]
    for due, changes, older in pages:
        key = task.key_of(due)
        body = history_text(key, changes, dict(names)).partition("\n")[2]
        lines.append(f"\n<b>{esc(label(task, due))}</b> — <code>{esc(short_key(key))}</code>")
        if older:  # never left out in silence: how many, and the command that pages them
            typed = f"/lichsu {esc(short_key(key))}"
            lines.append(f"<i>… {older} thay đổi cũ hơn không hiện ở đây: gõ {typed}.</i>")
        lines.append(body)
    if untold:
        typed = f"/lichsu {esc(task.id)} T&lt;tháng&gt;/&lt;năm&gt;"
        lines.append(f"\n<i>Còn {untold} kỳ cũ hơn: gõ {typed}.</i>")
    return "\n".join(lines)
