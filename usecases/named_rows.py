"""The row an officer named last and left unwritten: `/capnhat 406-19` showed its status buttons,
then another command ended that wait. A status said alone soon after ("xong") is about that row,
offered for a press as any statement is (usecases/statements.last_row_offer), not the unit's
six items owed.

Kept by this process only, for the window of a write's "Hoàn tác" (10 minutes): it decides
nothing, it only chooses which row a confirmation button names; lost on a restart, the status
said alone is asked about as before (the unit's items owed).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from knowledge.rules.statuses import within_window
from usecases.desk import Desk

_MEMORY = "named_rows"


@dataclass(frozen=True)
class Named:
    key: str
    unit: str  # the unit an admin named ("" for an officer's own)
    at: datetime


def _named(desk: Desk) -> dict[tuple[int, int], Named]:
    found: dict[tuple[int, int], Named] = desk.memory.setdefault(_MEMORY, {})
    return found


def remember(desk: Desk, chat_id: int, user_id: int, key: str, unit: str = "") -> None:
    _named(desk)[chat_id, user_id] = Named(key, unit, desk.clock.now())


def forget(desk: Desk, chat_id: int, user_id: int) -> None:
    _named(desk).pop((chat_id, user_id), None)


def last_named(desk: Desk, chat_id: int | None, user_id: int) -> Named | None:
    """The row named last in this chat and left unwritten, within the window."""
    if chat_id is None:
        return None
    named = _named(desk).get((chat_id, user_id))
    if named is None or not within_window(named.at, desk.clock.now()):
        return None
    return named
