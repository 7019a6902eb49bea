"""The row an officer named last and left unwritten: `/capnhat 406-19` showed its status buttons,
then another command ended that wait. A status said alone soon after ("xong") is about that row,
offered for a press as any statement is (usecases/statements_alone.last_row_offer), not the unit's
six items owed.

Kept in the database beside the chat's drafts (db/draft_repo.py, its own slot), for the window
of a write's "Hoàn tác" (10 minutes): a restart in between keeps it (ux24: kept by the process
only, it was lost, and "xong" then got the unit's items owed). It decides nothing: it only
chooses which row a confirmation button names; nothing is written before the press.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from knowledge.reader.answer_types import Answer
from knowledge.rules.statuses import Target, target_for, within_window
from usecases.desk import Desk
from usecases.runner import use_case

if TYPE_CHECKING:  # callers remembers a row named through this module
    from usecases.callers import Caller

SLOT = "named_row"  # a slot of its own among the chat's drafts, never a form's code


@dataclass(frozen=True)
class Named:
    key: str
    unit: str  # the unit an admin named ("" for an officer's own)
    at: datetime


def remember(desk: Desk, chat_id: int, user_id: int, key: str, unit: str = "") -> None:
    payload = json.dumps({"key": key, "unit": unit}, ensure_ascii=False)
    desk.repo.save_draft(chat_id, user_id, SLOT, SLOT, payload, desk.clock.now())


def forget(desk: Desk, chat_id: int, user_id: int) -> None:
    desk.repo.take_draft(chat_id, user_id, SLOT)


def last_named(desk: Desk, chat_id: int | None, user_id: int) -> Named | None:
    """The row named last in this chat and left unwritten, within the window."""
    if chat_id is None:
        return None
    row = desk.repo.peek_draft(chat_id, user_id, SLOT)
    if row is None:
        return None
    now = desk.clock.now()
    at = row.saved_at if row.saved_at.tzinfo else row.saved_at.replace(tzinfo=now.tzinfo)
    if not within_window(at, now):
        return None
    try:
        data = json.loads(row.payload)
        return Named(str(data["key"]), str(data.get("unit", "")), at)
    except (ValueError, KeyError, TypeError):
        return None  # a payload this version cannot read: which row is asked, as before


ANSWERED_INTENTS = ("item", "service", "task")  # answers about one row or task by its words


def answered_key(answer: Answer) -> str | None:
    """The one row or task a sure answer was about ("406-14 hạn khi nào"), else None."""
    if not answer.sure or answer.close or answer.intent not in ANSWERED_INTENTS:
        return None
    keys = [v.key for v in answer.items] + [t.task.id for t in answer.tasks]
    return keys[0] if len(keys) == 1 else None


@use_case(writes=True)
def remember_answered(desk: Desk, caller: Caller, answer: Answer) -> bool:
    """A question answered about one row or task: that row named, so that "xong" said next
    offers it, or says whose it is when another unit's (u26 #7: it offered the unit's six
    items owed, as if nothing had been asked). It decides nothing but which row the button
    names."""
    key = answered_key(answer)
    if key is None or caller.chat_id is None or caller.agency is None:
        return False
    found = target_for(desk.province, caller.actor, key, None)
    if isinstance(found, Target) and found.behalf:
        return False  # a row an admin would have to choose the unit of
    # another unit's row is remembered too: "xong" next is about it, and is told whose it is
    # (ux27 #6: it was read as said of the row written before the question)
    remember(desk, caller.chat_id, caller.user_id, key)
    return True
