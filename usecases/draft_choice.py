"""The task of a letter's draft the coordinator chose last by its "Sửa n" button: a correction
typed next without a task's number ("hạn 30/6/2021" after [Sửa 1]) is about that task, not a
question of whose deadline (ux24 #10: the whole draft was printed again with "hạn mới của
nhiệm vụ nào…?"). Kept beside the chat's drafts (db/draft_repo.py, a slot of its own), so a
restart keeps it, for CHOICE_LIFE; it chooses nothing else, and the edit is quoted back with
its own "Hoàn tác" as any edit of the draft is."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import TYPE_CHECKING

from usecases.desk import Desk
from usecases.recent_drafts import recent_draft

if TYPE_CHECKING:  # usecases/callers.py forgets the choice when a draft's wait ends
    from usecases.callers import Caller

SLOT = "draft_task"  # a slot of its own among the chat's drafts, never a form's code
# a draft is read through and corrected in a sitting; a chosen task later is no longer in mind
CHOICE_LIFE = timedelta(minutes=30)


def remember_task(desk: Desk, caller: Caller, letter: int, index: int) -> None:
    """Inside a use case that writes: the task chosen by its "Sửa n" button."""
    if caller.chat_id is None:
        return
    payload = json.dumps({"letter": letter, "index": index})
    desk.repo.save_draft(caller.chat_id, caller.user_id, SLOT, SLOT, payload, desk.clock.now())


def forget_task(desk: Desk, chat_id: int, user_id: int) -> None:
    """Inside a use case that writes: no task chosen any more. A draft's edit prompt that ended
    on another message ("Đã bỏ sửa nhiệm vụ 2 …; không có gì được ghi") ends for good: a date
    typed later is not that task's deadline after all (ux37 #12: it was applied)."""
    desk.repo.drop_drafts(chat_id, user_id, [SLOT])


def chosen_task(desk: Desk, caller: Caller, letter: int) -> int | None:
    """The index of the task of draft `letter` chosen last, within CHOICE_LIFE; else None."""
    if caller.chat_id is None:
        return None
    found = recent_draft(desk, caller.chat_id, caller.user_id, SLOT, CHOICE_LIFE)
    if found is None:
        return None
    try:
        data = json.loads(found[0])
        chosen_letter, index = int(data["letter"]), int(data["index"])
    except (ValueError, KeyError, TypeError):
        return None
    return index if chosen_letter == letter else None
