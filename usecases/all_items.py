"""One confirmation for every item of an offer of several ("mục 23-27 xong": five rows, one
status): "Ghi cả 5" writes each as its own button would (usecases/status_writes.py), in one
press, and its receipt's one "Hoàn tác" takes them all back (ux24 #10: a Sở with 12 rows needed
12 presses and got 12 receipts). Nothing is written before the press; each write is appended,
each undo too."""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.rules.one_press import same_press
from knowledge.rules.statuses import Status
from usecases import prompts, refs
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.prompts import OfferPrompt
from usecases.results import UNCHANGED, Refusal
from usecases.runner import use_case
from usecases.status_offers import OFFER_LAPSED, write_offered
from usecases.status_results import Recorded
from usecases.undoing import undo_status


@dataclass(frozen=True)
class AllRecorded:
    """What one press wrote (`written`, in the offer's order) and what it could not, each
    with why (`refused`: key, reason)."""

    written: tuple[Recorded, ...]
    refused: tuple[tuple[str, str], ...]
    undone: bool = False


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
    return AllRecorded(tuple(written), tuple(refused))


@use_case(writes=True)
def undo_all(desk: Desk, caller: Caller, first: int, last: int) -> AllRecorded | Refusal:
    """The "Hoàn tác" of one "Ghi cả n" press: each change from `first` to `last` that the same
    person made at the same moment as `first` (other people's changes between are not touched),
    undone as its own button would, each said."""
    start = desk.repo.change(first)
    if start is None or start.by != caller.user_id or not 0 <= last - first < MAX_ITEMS:
        return Refusal(f"Không tìm thấy các mục vừa ghi. {UNCHANGED}")
    written: list[Recorded] = []
    refused: list[tuple[str, str]] = []
    for change_id in range(first, last + 1):
        change = desk.repo.change(change_id)
        if change is None or not same_press(start, change):
            continue
        done = undo_status(desk, caller, change_id)
        if isinstance(done, Recorded):
            written.append(done)
        else:
            refused.append((change.key, done.reason))
    return AllRecorded(tuple(written), tuple(refused), undone=True)


MAX_ITEMS = 200  # a press writes at most a range's 30 rows; ids between may be others' writes
