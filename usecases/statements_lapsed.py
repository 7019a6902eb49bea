"""An offer's button pressed after its moment (usecases/status_offers.py): the command that
writes it, or that its own write stands; and how a form a statement names is sent."""

from __future__ import annotations

from knowledge.catalogue.model import split_key
from knowledge.catalogue.occurrence_names import short_key
from knowledge.deliverables.forms import task_forms
from knowledge.messages import offers
from knowledge.reader.writes import Offer
from knowledge.rules.drafts import OFFER_SLOT, alive
from knowledge.rules.statuses import Status, note_needed
from usecases import prompts
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.prompts import OfferPrompt


def part_command(desk: Desk, offer: Offer) -> str:
    """How the one form a statement names (`Offer.part`) is sent through the bot: `/nop pl3`
    for a form of ours, else `/nop <task>` with the file."""
    task_id, _ = split_key(offer.key)
    ours = [f for f in task_forms(desk.province, task_id) if f.name == offer.part]
    return f"/nop {ours[0].code}" if ours else f"/nop {short_key(offer.key)}"


def lapsed(desk: Desk, caller: Caller, key: str, status: Status, named: str) -> str:
    """An older offer's button: the command that writes it; pressed again after its own write
    (a double tap), that it stands."""
    mine = desk.repo.latest_by(caller.user_id)
    if mine is not None and (mine.key, mine.new) == (key, status) and named in ("", mine.agency):
        current = desk.repo.current(key, mine.agency)
        if current is not None and current.id == mine.id:
            return offers.lapsed_written(key, status, mine.at.strftime("%H:%M %d/%m"))
    typed = _typed_note(desk, caller, key, status)
    return offers.lapsed_offer(key, status, named, bool(note_needed(status)), typed)


def _typed_note(desk: Desk, caller: Caller, key: str, status: Status) -> str:
    """The note typed for this offer before another command ended it (usecases/drafts.py
    keeps it, ux35 #6: "/tiendo" between the offer and its press lost the note)."""
    if caller.chat_id is None:
        return ""
    row = desk.repo.peek_draft(caller.chat_id, caller.user_id, OFFER_SLOT)
    if row is None or not alive(row.saved_at, desk.clock.now(), OFFER_SLOT):
        return ""
    kept = prompts.load(row.kind, row.payload)
    if isinstance(kept, OfferPrompt) and (kept.key, kept.status) == (key, status):
        return kept.note
    return ""
