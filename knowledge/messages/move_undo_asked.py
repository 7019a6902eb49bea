"""The undo of a deadline move back to a date already passed, pressed once: asked again, as
/doihan asks before a move to a passed date, with the units that turn late at once; nothing
written nor told before "⚠️ Vẫn hoàn tác". One wording for the chat (handlers/letters.py) and
the web desk (web/render_tracking.py), which wrote it each their own way (u31)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from knowledge.calendar.deadlines import fmt_date
from knowledge.messages.markup import esc, key_tag
from knowledge.render.deadline_move_text import past_lines
from knowledge.rules.move_effects import MoveEffect

PRESS_AGAIN = "⚠️ Vẫn hoàn tác"


class BackTo(Protocol):
    """One deadline the undo would put back (usecases/move_undo.py `BackTo`)."""

    @property
    def shown(self) -> str: ...
    @property
    def now(self) -> date: ...
    @property
    def back(self) -> date: ...
    @property
    def effect(self) -> MoveEffect: ...


@dataclass(frozen=True)
class UndoAskedAgain:
    """The title, one line a deadline (its effect below it) and the question; HTML."""

    title: str
    lines: tuple[str, ...]
    question: str


def move_undo_asked(back: Sequence[BackTo]) -> UndoAskedAgain:
    lines = []
    for b in back:
        lines.append(f"• {key_tag(b.shown)}: hạn {fmt_date(b.now)} → {fmt_date(b.back)}")
        lines += past_lines(b.back, b.effect, "Hạn trở lại")
    kept = ", ".join(f"{fmt_date(b.now)} ({esc(b.shown)})" for b in back)
    question = (
        f"Đúng là hoàn tác? Bấm “{PRESS_AGAIN}” để đưa hạn về ngày cũ và báo các đơn vị; "
        f"không bấm thì hạn vẫn là {kept}. Chưa có gì thay đổi, chưa báo ai."
    )
    return UndoAskedAgain("Hạn trở lại đã qua — chưa hoàn tác", tuple(lines), question)
