"""The word a unit's officers get when the assignment table in force changes one of its rows
(usecases/table_notices.py): HTML, for the chat."""

from __future__ import annotations

from collections.abc import Sequence

from knowledge.render.answers import esc


def table_notice(unit: str, number: int, lines: Sequence[str], restores: int | None) -> str:
    """What a unit's officers are told of a table change applied (ux38 #8): one short message,
    each of its rows old → new; a rollback says which version it brought back."""
    head = (
        f"↩️ Bảng phân công quay lại phiên bản {restores}"
        if restores is not None
        else "📋 Bảng phân công đã đổi"
    )
    rows = "\n".join(f"• {esc(x)}" for x in lines)
    return (
        f"{head} (phiên bản {number}) — phần của {esc(unit)}:\n{rows}\n"
        "Xem lại: /tiendo · /lichsu &lt;mục&gt;"
    )
