"""The note a status waited for (Vướng mắc, Không đủ điều kiện), typed after its wait ended —
run out on this very line (`drafts.late_note`) or ended by a look-up, a command or a button
(`drafts.note_after_end`) — offered for its row by a button, in one transaction: the kept wait
is taken and the offer waits for its press, or neither happens. Taken in one transaction and
offered in another, a failure between them lost the note (u26 #6): the officer typed it
again and got it answered as a question. Nothing is written before the press; the press
writes the status with its "Hoàn tác" as any offer's (usecases/status_offers.py)."""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.rules.drafts import LATE_NOTE_SLOT, NOTE_SLOT
from usecases import drafts
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.results import Refusal
from usecases.runner import use_case
from usecases.status_offers import offer_status
from usecases.status_results import Offered, UnitAsked


@dataclass(frozen=True)
class NoteOffered:
    result: Offered | UnitAsked | Refusal
    late: bool  # the wait ran out on this line (else a look-up, command or button ended it)


@use_case(writes=False)
def note_kept(desk: Desk, caller: Caller) -> bool:
    """Whether a status's note wait is kept in this chat: the one read most messages cost."""
    if caller.chat_id is None:
        return False
    # the chat's drafts in one read (a person keeps a few), not one read per slot
    kept = {draft.slot for draft in desk.repo.drafts_of(caller.chat_id, caller.user_id)}
    return LATE_NOTE_SLOT in kept or NOTE_SLOT in kept


@use_case(writes=True)
def offer_kept_note(desk: Desk, caller: Caller, text: str) -> NoteOffered | None:
    """`text` as the note of the wait kept in this chat, offered for its row; None when it is
    no such note (it is then read as anything else is)."""
    late = drafts.late_note(desk, caller, text)
    if late is not None:
        return NoteOffered(offer_status(desk, caller, late), late=True)
    if not drafts.reads_as_note(desk, caller, text):
        return None
    noted = drafts.note_after_end(desk, caller, text)
    if noted is None:
        return None
    return NoteOffered(offer_status(desk, caller, noted), late=False)
