"""Statuses offered for a press: a statement read from free text (or a loose /capnhat) waits
for its confirmation button, and the press writes it. Split from usecases/statuses.py, which
reads /capnhat and the status buttons; the write itself is usecases/status_writes.py.
"""

from __future__ import annotations

from dataclasses import replace

from knowledge.messages import offers
from knowledge.messages.refusals import already, already_noted
from knowledge.reader.capnhat_line import repeats
from knowledge.reader.writes import Offer
from knowledge.render.answers import esc
from knowledge.rules.progress import item_title
from knowledge.rules.sent_days import corrected_day
from knowledge.rules.statuses import (
    Status,
    Target,
    UnitChoice,
    note_needed,
    says_something,
    stated_for,
    target_for,
)
from usecases import prompts, refs
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.early_occurrences import EarlyDone, early_done
from usecases.milestones import milestone_for
from usecases.occurrences import occurrence_for
from usecases.prompts import OfferPrompt
from usecases.results import UNCHANGED, Refusal
from usecases.runner import use_case
from usecases.sent_days import day_ahead, sent_day
from usecases.sent_outside import outside_bot
from usecases.statements_lapsed import lapsed, part_command
from usecases.status_results import MAX_NOTE, NoteAsked, Offered, Recorded, UnitAsked
from usecases.status_writes import sent_ahead, stale_occurrence, write_status
from usecases.unit_asking import ask_unit

OFFER_LAPSED = "Đề nghị ghi này đã hết hiệu lực. " + UNCHANGED


@use_case(writes=True)
def offer_status(desk: Desk, caller: Caller, offer: Offer) -> Offered | UnitAsked | Refusal:
    """The statement waits for its confirmation button (until the next message, or 10
    minutes); a status that already stands is said so instead. An admin's statement on a row
    several units own waits for the unit's button instead: that press is the confirmation.
    Done of a period not begun is never offered: the occurrence due now is, said so first."""
    early = early_done(desk, offer.key, offer.status)
    if early is not None:  # the check /capnhat applies too (u47 #3): one rule for both paths
        return _early_offered(desk, caller, offer, early)
    ahead_day = day_ahead(desk, offer.key, offer.status, offer.note)
    if ahead_day is not None:  # "đã nộp ngày 21/4/2021" on 20/4: a slip, not a note
        return ahead_day
    # the unit the words named ("ghi thay Sở Y tế đã nộp biểu 02"), when it is whom they write for
    unit = stated_for(desk.province, caller.actor, offer.unit or None)
    if isinstance(unit, Refusal):
        return unit
    found = target_for(desk.province, caller.actor, offer.key, unit)
    if unit is not None and not isinstance(found, Target):
        return Refusal(offers.unit_does_not_owe(unit, offer.key, offer.status))
    if isinstance(found, Refusal):
        return found
    if isinstance(found, UnitChoice):
        # the day typed as sent waits with the status; the words that named no unit said back
        return ask_unit(
            desk,
            caller,
            found,
            offer.status,
            offer.note,
            sent_on=offer.sent_on,
            unread=offer.unit_typed,
        )
    target = found.agency
    ahead = sent_ahead(desk, caller, offer.key, found, offer.status)
    if ahead is not None:
        return ahead
    # a recurring task named bare whose occurrence owed is long past: which one, before a button
    settles = occurrence_for(desk, offer.key, target)
    stale = stale_occurrence(desk, offer.key, settles, found, offer.status, offer.note)
    if stale is not None:
        return stale
    # done said again with another day sent: a correction of the day, offered old → new
    # (it was refused as done already, and the day could only be given after an undo, ux23 #1)
    current = desk.repo.current(settles, target)
    correcting = corrected_day(current, offer.status, offer.sent_on) is not None
    whose = target if found.behalf else None
    if not correcting and repeats(desk.repo.current(offer.key, target), offer.status, offer.note):
        if note_needed(offer.status) and not offer.note and current and caller.chat_id:
            # "406-54 vuong" on a row at Vướng mắc: the next line is offered as its new note,
            # through the offer's follow-up (ux35 #4: it was read as a question and lost)
            waiting = OfferPrompt(offer.key, offer.status, unit=target if found.behalf else "")
            prompts.wait_for(desk, caller.chat_id, caller.user_id, waiting)
            return Refusal(already_noted(offer.key, offer.status, current.note or "", whose))
        return Refusal(already(offer.key, offer.status, whose))
    assert caller.chat_id is not None
    note = offer.note[:MAX_NOTE]
    # "đã gửi ngày 9/4": the day sent, kept when it may stand, and said with the offer
    offer, said_day = sent_day(desk, offer, target)
    day_was = corrected_day(current, offer.status, offer.sent_on)
    if correcting and day_was is None and repeats(current, offer.status, offer.note):
        # the day said could not stand: nothing left to correct, and why said
        return Refusal(f"{already(offer.key, offer.status, whose)} {esc(said_day)}")
    # the unit written for, when it is not the writer's own: the button must name the same one
    prompt = OfferPrompt(
        offer.key, offer.status, note, target if found.behalf else "", sent_on=offer.sent_on
    )
    prompts.wait_for(desk, caller.chat_id, caller.user_id, prompt)
    hand_in = part_command(desk, offer) if offer.part else ""
    title = item_title(desk.catalogue, desk.province, offer.key)
    # a row of several milestones: the one this done settles, said beside the title
    chosen = milestone_for(desk, settles, target, offer.status, offer.note)
    return Offered(
        offer,
        f"{chosen.what} — {title}" if chosen is not None else title,
        task=desk.province.task_at(offer.key) is not None,
        hand_in=hand_in,
        behalf=target if found.behalf else None,
        needs="" if says_something(note) else note_needed(offer.status) or "",
        outside=(
            None
            if offer.part or day_was is not None
            else outside_bot(desk, offer.key, target, offer.status)
        ),
        sent_day=said_day,
        day_was=day_was,
    )


def _early_offered(
    desk: Desk, caller: Caller, offer: Offer, early: EarlyDone
) -> Offered | UnitAsked | Refusal:
    """Done said of a period not begun: said, and the occurrence due now offered in its place
    with the status typed; before the task's first period, nothing."""
    if early.now is None:
        return Refusal(f"{early.line} {UNCHANGED}")
    offered = offer_status(desk, caller, replace(offer, key=early.now))
    if isinstance(offered, Refusal):
        return Refusal(f"{early.line}\n{offered.reason}")
    if isinstance(offered, Offered):
        said = f"{early.line} Kỳ đang đến hạn:"
        return replace(offered, skipped=f"{said}\n{offered.skipped}" if offered.skipped else said)
    return offered


@use_case(writes=True)
def confirm_offer(
    desk: Desk, caller: Caller, row: str, status: Status, unit: str | None = None
) -> Recorded | NoteAsked | UnitAsked | Offered | Refusal:
    """The confirmation button of the offer this chat holds, and only that one (its row, status
    and the unit it names, by reference)."""
    assert caller.chat_id is not None
    waiting = prompts.take(desk, caller.chat_id, caller.user_id)
    prompt = waiting.prompt if waiting is not None else None
    key = refs.item_key(desk, row)
    named = refs.agency_name(desk, unit) if unit is not None else ""
    if (
        not isinstance(prompt, OfferPrompt)
        or key not in prompt.keys
        or status != prompt.status
        or named != prompt.unit
    ):
        if key is None:
            return Refusal(OFFER_LAPSED)
        return Refusal(lapsed(desk, caller, key, status, named or ""))
    written = write_offered(desk, caller, prompt, key)
    rest = prompt.without(key)
    if isinstance(written, Recorded) and rest is not None:  # the reminder's other items' buttons
        prompts.wait_for(desk, caller.chat_id, caller.user_id, rest)
    return written


def write_offered(
    desk: Desk, caller: Caller, prompt: OfferPrompt, key: str
) -> Recorded | NoteAsked | UnitAsked | Offered | Refusal:
    """One item of the offer written as offered (its status, note and unit; the day sent for
    the item the day was said of), after the press that confirmed it: its own button or
    "Ghi cả n" (usecases/all_items.py)."""
    status = prompt.status
    if prompt.kept and caller.agency is not None:  # the note only: the item's status stands
        current = desk.repo.current(key, caller.agency)
        status = current.new if current is not None else Status.CHUA_BAT_DAU
    return write_status(
        desk,
        caller,
        key,
        status,
        prompt.note,
        prompt.unit or None,
        confirmed=True,
        sent_on=prompt.sent_on_for(key),
    )
