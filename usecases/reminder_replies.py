"""A status said in reply to a reminder of several items ("xong rồi", "đã nộp rồi ạ"): one
button an item of that reminder, each writing its own item on its press (quoted back with its
"Hoàn tác", as any offer's press); nothing written before. The offer waits as one prompt whose
other items stay pressable after a press (usecases/status_offers.py `confirm_offer`), until the
next message or 10 minutes, like any offer. It asked "ghi mục nào? Gõ kèm mã", leaving an
officer on a phone to retype a code."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from knowledge.messages import offers
from knowledge.messages.refusals import already
from knowledge.reader.capnhat_line import repeats
from knowledge.rules.progress import item_title
from knowledge.rules.statuses import Status, Target, note_needed, says_something, target_for
from usecases import prompts
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.prompts import OfferPrompt
from usecases.results import UNCHANGED, Refusal
from usecases.runner import use_case
from usecases.sent_days import sent_day
from usecases.sent_outside import Outside, outside_bot
from usecases.statements_kinds import Several, Why
from usecases.status_offers import offer_status
from usecases.status_results import MAX_NOTE, Offered, UnitAsked


@dataclass(frozen=True)
class OfferedEach:
    """Nothing written yet: the items (key, title) a status may be written for, one button
    each."""

    items: tuple[tuple[str, str], ...]
    status: Status
    note: str
    needs: str  # what the status needs and the words did not say, asked after the press
    why: Why = Why.REMINDER  # what named the items (a reminder, the words, a parent row)
    parent: str = ""  # Why.PARTS: the row named, whose sub-rows these are
    unchanged: tuple[str, ...] = ()  # items named whose status already stands: said so
    # tasks whose document has nothing of it in the bot: a press reports it sent outside it
    outside: tuple[tuple[str, Outside], ...] = ()
    dropped: str = ""  # typed after the status, no note about the items: said left out
    unit: str = ""  # the unit an admin writes for ("ghi thay"): named, and on every button
    skipped: str = ""  # the items named that are not the writer's, and why
    # the rows one "Ghi cả n" press writes (none: no such press), decided as the press decides
    at_once: tuple[str, ...] = ()
    # the day the words said the document was sent, written with whichever item is pressed;
    # `day_line`: why a day said was not taken (usecases/sent_days.py)
    sent_on: date | None = None
    day_line: str = ""
    dated: str = ""  # the one item `sent_on` was said of ("" for whichever is pressed)


@use_case(writes=True)
def offer_each(
    desk: Desk, caller: Caller, several: Several
) -> OfferedEach | Offered | UnitAsked | Refusal:
    """The reminder's items the writer's unit still has to write this status for: one left, the
    usual single offer; none, that it stands already."""
    first = several.offers[0]
    status, note = first.status, first.note[:MAX_NOTE]
    # the unit an admin's words named ("ghi thay Công an tỉnh …"): its statuses, not the
    # admin's own agency's nor another owner's
    unit = first.unit
    open_keys, standing, skipped = [], [], []
    for offer in several.offers:
        found = target_for(desk.province, caller.actor, offer.key, unit or None)
        if not isinstance(found, Target) or (found.behalf and not unit):
            skipped.append(offer.key)  # a unit to choose, or someone else's: typed with its code
            continue
        if not repeats(desk.repo.current(offer.key, found.agency), status, note):
            open_keys.append(offer.key)
        else:
            standing.append(offer.key)
    # the items the message named itself ("406-14 và 406-15 xong") whose status stands are
    # said, not dropped without a word; a reminder's are not the writer's words
    unchanged = tuple(standing) if several.why == Why.NAMED else ()
    if not open_keys:
        if len(unchanged) > 1:
            return Refusal(f"{offers.unchanged_items(unchanged, status)} {UNCHANGED}")
        if standing:
            return Refusal(already(standing[0], status, unit or None))
        # nothing read for anyone: never "already", which would be another unit's state
        return Refusal(offers.unit_to_name(tuple(skipped), status))
    if len(open_keys) == 1:
        one = offer_status(desk, caller, next(o for o in several.offers if o.key == open_keys[0]))
        if not isinstance(one, Offered):
            return one
        return replace(one, unchanged=unchanged, skipped=several.skipped)
    assert caller.chat_id is not None
    named = several.why == Why.NAMED
    # "… đã nộp bc tháng 9 ngày 16/9" matching several tasks: the day waits with the choice
    said, day_line = sent_day(desk, first, unit or caller.agency or "")
    day_line = day_line if said.sent_on is None else ""
    dated = first.key if several.dated else ""
    prompt = OfferPrompt(
        open_keys[0], status, note, unit, tuple(open_keys[1:]), said.sent_on, named, dated=dated
    )
    prompts.wait_for(desk, caller.chat_id, caller.user_id, prompt)
    catalogue = desk.catalogue
    return OfferedEach(
        tuple((key, item_title(catalogue, desk.province, key)) for key in open_keys),
        status,
        note,
        "" if says_something(note) else note_needed(status) or "",
        several.why,
        several.parent,
        unchanged,
        tuple(
            (key, out)
            for key in open_keys
            if (out := outside_bot(desk, key, unit or caller.agency or "", status)) is not None
        ),
        first.dropped,
        unit,
        several.skipped,
        prompt.at_once,
        said.sent_on,
        day_line,
        dated if said.sent_on is not None else "",
    )
