"""One confirmation for every item of an offer of several ("mục 23-27 xong": five rows, one
status): "Ghi cả 5" writes each as its own button would (usecases/status_writes.py), in one
press, and its receipt's one "Hoàn tác" takes them all back (ux24 #10: a Sở with 12 rows needed
12 presses and got 12 receipts). Nothing is written before the press; each write is appended,
each undo too."""

from __future__ import annotations

from knowledge.rules.statuses import Status
from usecases import last_press, prompts, refs
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.prompts import OfferPrompt
from usecases.results import UNCHANGED, Refusal
from usecases.runner import use_case
from usecases.status_offers import OFFER_LAPSED, write_offered
from usecases.status_results import AllRecorded, Recorded
from usecases.undoing import undo_press as undo_all


@use_case(writes=True)
def confirm_all(
    desk: Desk, caller: Caller, status: Status, unit: str | None = None
) -> AllRecorded | Refusal:
    """ "Ghi cả n": every item of the offer this chat holds, and only that offer (its status
    and the unit it names, by reference)."""
    assert caller.chat_id is not None
    waiting = prompts.take(desk, caller.chat_id, caller.user_id)
    prompt = waiting.prompt if waiting is not None else None
    named = refs.agency_name(desk, unit) if unit is not None else ""
    if (
        not isinstance(prompt, OfferPrompt)
        or status != prompt.status
        or named != prompt.unit
        or not prompt.at_once
    ):
        return Refusal(OFFER_LAPSED)
    written: list[Recorded] = []
    refused: list[tuple[str, str]] = []
    for key in prompt.at_once:  # the rows the offer showed under its press, and only those
        done = write_offered(desk, caller, prompt, key)
        if isinstance(done, Recorded) and not done.undone:
            written.append(done)
        else:
            refused.append((key, done.reason if isinstance(done, Refusal) else UNCHANGED))
    if len(written) > 1:  # "hoàn tác" typed next takes back the whole press
        ids = [r.change.id for r in written]
        last_press.remember(desk, caller, min(ids), max(ids))
    return AllRecorded(tuple(written), tuple(refused))


__all__ = ["AllRecorded", "confirm_all", "undo_all"]
