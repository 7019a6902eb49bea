"""Why the bot reminds the asker (ux36 #6): what their unit still has recorded as unsent among
the documents being chased now (the tracking's rule, knowledge/deliverables/tracking.py
`current`: late, or past its first reminder day), each with its date and why it counts as
unsent. Each item may then be sent through the bot (`/nop`) or reported sent outside it by its
own button (the offer waits as any status offer does); nothing is written before a press, and
no item is guessed for the officer.
"""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.deliverables.tracking import UnitHandin, current, track
from knowledge.reader.status_alone import bare_status
from knowledge.reader.why_reminded import asks_why_reminded
from knowledge.rules.statuses import Status
from usecases import prompts
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.prompts import OfferPrompt
from usecases.runner import use_case


@dataclass(frozen=True)
class StillOwed:
    """The asker's unit and what it is reminded of, soonest first; `to`: where it is sent."""

    unit: str
    items: tuple[UnitHandin, ...]
    to: str


@use_case(database=False)
def why_asked(desk: Desk, caller: Caller, text: str, about: str) -> bool:
    """An officer of a unit asking why the bot reminds them, not in reply to a message of the
    bot (a reminder's reply is about its items), and saying at most that they sent something:
    "đã xong rồi mà sao vẫn nhắc" is a status said alone, offered for the unit's open items
    (ux24 #10, knowledge/reader/status_alone.py)."""
    if caller.agency is None or about:
        return False
    if not desk.remembered("why_reminded", text, lambda: asks_why_reminded(text)):
        return False
    said = bare_status(text)
    return said is None or said.sending


@use_case(writes=True)
def still_owed(desk: Desk, caller: Caller) -> StillOwed:
    """What the asker's unit is reminded of and has not sent, the "đã gửi ngoài bot" offer of
    each waiting for its press."""
    assert caller.agency is not None
    today = desk.clock.today()
    tracked = track(desk.province, desk.statuses().marks, today, caller.agency)
    chased = current(tracked, today, desk.catalogue.calendar, desk.config.policy.offsets)
    items = tuple(u for t in chased for u in t.units if u.missing)
    if items and caller.chat_id is not None:
        keys = [u.key for u in items]
        waiting = OfferPrompt(keys[0], Status.HOAN_THANH, others=tuple(keys[1:]))
        prompts.wait_for(desk, caller.chat_id, caller.user_id, waiting)
    return StillOwed(caller.agency, items, desk.province.coordinator)
