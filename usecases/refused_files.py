"""The last file the bot refused in a chat, kept beside the chat's drafts (db/draft_repo.py, a
slot of its own) for REFUSAL_LIFE, so "lỗi gì vậy, sao không nhận" typed next is answered with
that refusal's errors again (ux38 #5), not read as a question about services. A file accepted
after it ends it: the question is then about nothing refused."""

from __future__ import annotations

import json
from datetime import timedelta

from knowledge.reader.refusal_asked import asks_why_refused
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.recent_drafts import recent_draft
from usecases.results import Refusal
from usecases.runner import use_case

SLOT = "refused_file"  # never a form's code
# asked while the refused file is in mind: a question an hour later is a new question
REFUSAL_LIFE = timedelta(minutes=30)


@use_case(writes=True)
def keep_refusal(desk: Desk, caller: Caller, name: str, reason: str) -> None:
    """The refusal of file `name` (`reason`: the line the officer was told, HTML), kept."""
    if caller.chat_id is None:
        return
    payload = json.dumps({"name": name, "reason": reason})
    desk.repo.save_draft(caller.chat_id, caller.user_id, SLOT, SLOT, payload, desk.clock.now())


@use_case(writes=True)
def forget_refusal(desk: Desk, caller: Caller) -> None:
    """A file taken after a refusal: the refusal is no longer what a question is about."""
    if caller.chat_id is not None:
        desk.repo.drop_drafts(caller.chat_id, caller.user_id, [SLOT])


@use_case(writes=False)
def refusal_asked(desk: Desk, caller: Caller, text: str) -> Refusal | None:
    """The kept refusal said again, when `text` asks why a file was not taken and one was
    refused in this chat within REFUSAL_LIFE; None otherwise."""
    if caller.chat_id is None or not asks_why_refused(text):
        return None
    found = recent_draft(desk, caller.chat_id, caller.user_id, SLOT, REFUSAL_LIFE)
    if found is None:
        return None
    payload, saved = found
    kept = json.loads(payload)
    at = saved.strftime("%H:%M")
    return Refusal(f"Tệp bạn gửi lúc {at} chưa được nhận. Lý do:\n{kept['reason']}")
