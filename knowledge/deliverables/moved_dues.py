"""What a moved deadline was before (ux23 #4): the hand-in tables headed a task only by its date
now, so a unit that had planned for 20/6 read "hạn 30/6" with no word that it had moved. From
the moves of its deadline, version by version (usecases/deadline_history.py, the web desk's and
/lichsu's one history), the date the move in force replaced, and the task's own date when it
moved more than once. Structured; the words are knowledge/render/tracking_text.py's."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from knowledge.calendar.deadlines import fmt_date
from knowledge.catalogue.model import Task


@dataclass(frozen=True)
class Moved:
    """One move of a deadline: to `due`, from `was` (printed `was_text`); `was` None when the
    date it replaced is not known."""

    due: date | None
    was: date | None
    was_text: str


@dataclass(frozen=True)
class Before:
    was: date  # the date the move in force replaced
    was_text: str  # as printed ("trước 17 giờ 00 ngày 11/10/2021"): its hour kept
    first: date | None = None  # the task's own date, when neither `was` nor the date now
    first_text: str = ""


def before_now(
    moves: Sequence[Moved], due: date | None, own: tuple[date, str] | None = None
) -> Before | None:
    """The date before the move that set `due`, the latest such move (oldest first in `moves`);
    None when no move in force set it (never moved, or moved back: an undo, a withdrawn
    extension). `own`: the task's date before any move, said too when it is a third date."""
    if due is None:
        return None
    last = next((m for m in reversed(moves) if m.due == due and m.was is not None), None)
    if last is None or last.was is None or last.was == due:
        return None
    if own is None or own[0] in (last.was, due):
        return Before(last.was, last.was_text)
    return Before(last.was, last.was_text, own[0], own[1])


def deadline_words(task: Task, due: date | None) -> str:
    """The words printed beside a task's date in force `due`: the letter's ("trước ngày 10 hằng
    tháng"); for an occurrence the coordinator moved (/doihan), the date it was moved from
    instead, which the task itself knows (Task.scheduled): the letter's words name a day no
    longer in force, and beside the new date they read as a second deadline (ux37 #7)."""
    if due is not None and task.recurring and task.scheduled(due) != due:
        return f"đổi hạn từ {fmt_date(task.scheduled(due))}"
    return task.deadline_text
