"""One confirmation for every item of an offer of several ("mục 23-27 xong": five rows, one
status): "Ghi cả 5" writes each as its own button would (usecases/status_writes.py), in one
press, and its receipt's one "Hoàn tác" takes them all back (ux24 #10: a Sở with 12 rows needed
12 presses and got 12 receipts). Nothing is written before the press; each write is appended,
each undo too."""

from __future__ import annotations

from datetime import datetime

from knowledge.messages import press_skips
from knowledge.messages.press_skips import Skipped
from knowledge.rules.statuses import Change, Status, Target, target_for
from usecases import last_press, prompts, refs
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.desk_views import known_name
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
    refused: list[Skipped] = []
    for key in prompt.at_once:  # the rows the offer showed under its press, and only those
        target = target_for(desk.province, caller.actor, key, prompt.unit or None)
        unit = target.agency if isinstance(target, Target) else ""
        current = desk.repo.current(key, unit) if unit else None
        if _done_since(current, caller, prompt.status, waiting.since if waiting else None):
            assert current is not None
            why = press_skips.done_since(key, prompt.status, _name(desk, current), current.at)
            refused.append(Skipped(key, unit, why))
            continue
        done = write_offered(desk, caller, prompt, key)
        if isinstance(done, Recorded) and not done.undone:
            written.append(done)
        elif current is not None and current.new == prompt.status:
            why = press_skips.already_there(current.new, _name(desk, current), current.at)
            refused.append(Skipped(key, unit, why))
        else:
            refused.append(Skipped(key, unit, _why(done)))
    if len(written) > 1:  # "hoàn tác" typed next takes back the whole press
        ids = [r.change.id for r in written]
        last_press.remember(desk, caller, min(ids), max(ids))
    return AllRecorded(tuple(written), tuple(refused))


def _done_since(
    current: Change | None, caller: Caller, said: Status, since: datetime | None
) -> bool:
    """Recorded done by someone else once the offer was made (the writer's own write lapses
    it), and another status pressed: the press was made for the row as it stood, so it is not
    taken back to work (as an offer leaves a done row out: usecases/done_rows.py)."""
    if current is None or since is None or said == Status.HOAN_THANH:
        return False
    done = current.new == Status.HOAN_THANH
    return done and current.by != caller.user_id and current.at >= since


def _name(desk: Desk, change: Change) -> str:
    """Who wrote a change, as the chat names them ("" when the bot holds no name)."""
    return change.behalf or known_name(desk, change.by)


def _why(done: object) -> str:
    """Why a row was not written: a refusal's own line (HTML); a question asked instead (a
    note, a unit) is no write."""
    if isinstance(done, Refusal):
        return done.reason
    return UNCHANGED


__all__ = ["AllRecorded", "confirm_all", "undo_all"]
