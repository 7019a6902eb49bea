"""The changes the chat's last "✅ Ghi cả n" press wrote (their first and last ids), so that
"hoàn tác" or /hoantac typed after it takes back the whole press, as its receipt's button does
(ux27 #4), and never two writes that only happened in the same second. Kept beside the chat's
drafts (db/draft_repo.py, a slot of its own); it decides nothing but which changes an undo
names, each still undone by the one rule (usecases/undoing.undo_status)."""

from __future__ import annotations

import json

from usecases.callers import Caller
from usecases.desk import Desk

SLOT = "last_press"


def remember(desk: Desk, caller: Caller, first: int, last: int) -> None:
    if caller.chat_id is None:
        return
    payload = json.dumps({"first": first, "last": last})
    desk.repo.save_draft(caller.chat_id, caller.user_id, SLOT, SLOT, payload, desk.clock.now())


def press_of(desk: Desk, caller: Caller, change_id: int) -> tuple[int, int] | None:
    """(first, last) of the chat's last press when it wrote `change_id`, else None."""
    if caller.chat_id is None:
        return None
    row = desk.repo.peek_draft(caller.chat_id, caller.user_id, SLOT)
    if row is None:
        return None
    try:
        data = json.loads(row.payload)
        first, last = int(data["first"]), int(data["last"])
    except (ValueError, KeyError, TypeError):
        return None  # a payload this version cannot read: the one change, as before
    return (first, last) if first <= change_id <= last and first < last else None
