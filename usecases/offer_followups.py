"""A message about the status offer just made, before its button is pressed
(knowledge/reader/offer_followups.py reads it): the note typed before the press ("406-22 vướng
mắc", then "chờ Bộ GTVT hướng dẫn") is offered again with that note; an item named instead
("nhầm, không phải 406-22 mà là 406-11 y tế") drops the offer and offers that item. Said after a
write, the item named instead gets the write's undo and the status for the item meant, by buttons
(usecases/corrections.py's `Corrected`). Nothing is written before a press.
"""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.language.text import tokenize
from knowledge.language.vocabulary import BEHALF_WORDS
from knowledge.reader.keyed_items import behalf_unit
from knowledge.reader.offer_followups import Swap, note_line, swapped
from knowledge.reader.offers import Offer
from knowledge.reader.status_words import status_span
from knowledge.rules.statuses import Status
from usecases import prompts
from usecases.callers import Caller
from usecases.corrections import Corrected
from usecases.desk import Desk
from usecases.letter_questions import letters_asked
from usecases.prompts import NotePrompt, OfferPrompt
from usecases.reminder_replies import OfferedEach, offer_each
from usecases.results import Refusal
from usecases.runner import use_case
from usecases.statements_items import meant_offer
from usecases.statements_kinds import Several
from usecases.status_offers import offer_status
from usecases.status_results import MAX_NOTE, Offered, UnitAsked
from usecases.undoing import last_write

__all__ = [
    "Followed",
    "Swap",
    "follow_offer",
    "swap_after_write",
    "swap_asked",
    "swap_for_note",
    "swap_stated",
]


@dataclass(frozen=True)
class Followed:
    """The offer made again: with the note the message gave (`denied` empty), or for the item
    named instead of `denied`, whose offer is dropped."""

    result: Offered | OfferedEach | UnitAsked | Refusal
    denied: str = ""
    added: bool = False  # the line was added to the note the offer already held


@use_case(writes=True)
def follow_offer(desk: Desk, caller: Caller, prompt: OfferPrompt, text: str) -> Followed | None:
    """The message read against the offer waiting for its press (see the module); None when it
    is neither its note nor an item named instead."""
    assert caller.chat_id is not None
    province, today = desk.province, desk.clock.today()
    swap = swapped(text, desk.assistant, province, today, caller.agency)
    if swap is not None:
        prompts.take(desk, caller.chat_id, caller.user_id)  # the offer for the item denied lapses
        said = swap.offer
        offer = Offer(
            swap.meant,
            said.status if said is not None else prompt.status,
            said.note if said is not None and said.note else prompt.note,
            unit=prompt.unit,
        )
        return Followed(_offered(desk, caller, offer), prompt.key)
    if prompt.others:
        return None  # several items: the line is news of its own
    if _for_another_unit(desk, caller, prompt, text):
        return None  # "ghi thay Sở Xây dựng đã nộp …" after an offer for Hàm Yên: news
    if letters_asked(desk, caller, text) is not None:
        return None  # "công văn mới nhất": a letter asked about, answered before the reader
    note = note_line(text, prompt.status, desk.assistant, province, today, caller.agency)
    if note is None:
        return None
    if prompt.note:
        # a second line of the note ("406-22 vướng mắc chờ Bộ", then "chưa có tài khoản"):
        # offered as added to the note the offer holds, for the same press
        note = f"{prompt.note}; {note}"
        if len(note) > MAX_NOTE:
            return None
    offer = Offer(prompt.key, prompt.status, note, unit=prompt.unit)
    return Followed(_offered(desk, caller, offer), added=bool(prompt.note))


def _for_another_unit(desk: Desk, caller: Caller, prompt: OfferPrompt, text: str) -> bool:
    """An admin's line that opens by writing for a unit ("ghi thay Sở Xây dựng đã nộp …")
    other than the one the offer is for: a write of its own, never the offer's note (it was
    taken whole as the note of the unit offered). A note naming another agency ("chờ Sở Tài
    chính cấp kinh phí") does not open so, and stays the offer's."""
    tokens = tokenize(text)
    if not caller.is_admin or not tokens or tokens[0] not in BEHALF_WORDS:
        return False
    found = status_span([t.fold for t in tokens])
    opening = tokens[: found[1]] if found is not None else tokens
    unit = behalf_unit(opening, desk.assistant, desk.province)
    return bool(unit) and unit != (prompt.unit or caller.agency)


def _offered(
    desk: Desk, caller: Caller, offer: Offer
) -> Offered | OfferedEach | UnitAsked | Refusal:
    """The offer as a statement's is made: a parent row the writer means one sub-row of is that
    sub-row, several a button each."""
    meant = meant_offer(desk, caller, offer)
    if isinstance(meant, Several):
        return offer_each(desk, caller, meant)
    return offer_status(desk, caller, meant)


@use_case(writes=True)
def swap_for_note(desk: Desk, caller: Caller, prompt: NotePrompt, text: str) -> Followed | None:
    """ "nhầm, không phải 406-22 mà là 406-11 y tế" where the note of 406-22's status is asked
    (its button pressed, nothing written yet): never that note; the wait ends and the item
    meant is offered with the same status, for a press."""
    assert caller.chat_id is not None
    province, today = desk.province, desk.clock.today()
    swap = swapped(text, desk.assistant, province, today, caller.agency)
    if swap is None or swap.denied not in (None, prompt.key):
        return None
    prompts.take(desk, caller.chat_id, caller.user_id)
    said = swap.offer
    unit = prompt.agency if prompt.agency != caller.agency else ""
    offer = Offer(
        swap.meant,
        said.status if said is not None else prompt.status,
        said.note if said is not None else "",
        unit=unit,
    )
    return Followed(_offered(desk, caller, offer), prompt.key)


@use_case(writes=True)
def swap_stated(
    desk: Desk, caller: Caller, swap: Swap
) -> Offered | OfferedEach | UnitAsked | Refusal | None:
    """ "không phải 406-22 mà là 406-11 y tế xong" with nothing to take back: the item meant
    with the status said, offered as any statement is. None when no status is said."""
    return _offered(desk, caller, swap.offer) if swap.offer is not None else None


@use_case(database=False)
def swap_asked(desk: Desk, caller: Caller, text: str) -> Swap | None:
    """ "không phải 406-22 mà là 406-11 y tế" with no offer waiting, from someone who may
    write."""
    if caller.agency is None and not caller.is_admin:
        return None
    province, today = desk.province, desk.clock.today()
    return desk.remembered(
        "swap",
        (text, today, caller.agency),
        lambda: swapped(text, desk.assistant, province, today, caller.agency),
    )


@use_case(writes=True)
def swap_after_write(desk: Desk, caller: Caller, swap: Swap) -> Corrected | None:
    """The item named instead of the one just written ("nhầm, không phải 406-22 mà là 406-11 y
    tế" after 406-22 → Vướng mắc was written): that write quoted with its undo, and the same
    status (or the one said) offered for the item meant. None when the caller's last write
    may not be undone now or is of another item than the one denied."""
    change = last_write(desk, caller).change
    if change is None or (swap.denied is not None and swap.denied != change.key):
        return None
    before = desk.repo.before(change)
    back = before.new if before is not None else Status.CHUA_BAT_DAU
    said = swap.offer
    unit = change.agency if change.agency != caller.agency else ""
    offer = Offer(
        swap.meant,
        said.status if said is not None else change.new,
        said.note if said is not None and said.note else change.note,
        unit=unit,
    )
    result = _offered(desk, caller, offer)
    return Corrected(change, back, result if isinstance(result, Offered) else None)
