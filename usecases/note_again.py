"""A sentence sent as a reply (Telegram's) to the bot's ask for a new note on a row whose
status already needs one and stands (handlers/status.py, ux28 #9), once that wait has ended
(another command came between): offered as that note, by a button, as any statement is;
nothing is written before the press."""

from __future__ import annotations

import re

from knowledge.reader.offers import Offer
from knowledge.rules.statuses import Status
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.runner import use_case
from usecases.status_results import MAX_NOTE

# the bot's ask, as handlers/status.py words it: the unit (an admin's "ghi thay"), the status
# that stands, the key the note is for
ASKED = re.compile(
    r"(?:\((?P<unit>[^()\n]+), ghi thay\) )?đã ở trạng thái “(?P<status>[^”\n]+)”"
    r".*?Gõ ghi chú mới cho (?P<key>.+?) ở tin nhắn tiếp theo",
    re.S,
)


@use_case(writes=False)
def note_replied(desk: Desk, caller: Caller, text: str, about: str) -> Offer | None:
    """The note `text` offered for the row the replied ask (`about`) named; None when `about`
    is no such ask, or names no row or status any more."""
    found = ASKED.search(about)
    note = " ".join(text.split())
    if found is None or not note:
        return None
    status = next((s for s in Status if s.label == found.group("status")), None)
    today = desk.clock.today()
    key = desk.assistant.resolve_key(found.group("key"), desk.province, today)
    if status is None or key is None:
        return None
    return Offer(key, status, note[:MAX_NOTE], unit=found.group("unit") or "")
