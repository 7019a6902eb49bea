"""A free text read as a status statement ("406-14 xong rồi", "bên em nộp biểu 02 rồi", "đã nộp
rồi ạ" in reply to a reminder): what to offer for confirmation, before anything is written
(usecases/statuses.py offers it and writes it on the press)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from knowledge.catalogue.model import split_key
from knowledge.catalogue.occurrence_names import short_key, spell_out
from knowledge.deliverables.forms import task_forms
from knowledge.language.text import tokenize
from knowledge.language.vocabulary import FORM_KINDS
from knowledge.messages import offers
from knowledge.reader.row_runs import several_keys, spread_ranges
from knowledge.reader.status_alone import bare_status
from knowledge.reader.status_words import share_reported
from knowledge.reader.writes import Items, Offer, Unclear, Unread, offer_for, statement
from knowledge.render.answers import esc
from knowledge.rules.last_act import not_before
from knowledge.rules.officers import may_write
from knowledge.rules.progress import standings
from knowledge.rules.reply_items import reminded_dues, reply_items, said_as_sending
from knowledge.rules.standing import State
from knowledge.rules.statuses import (
    Status,
    Target,
    example_row,
    note_needed,
    parts_meant,
    said_of_last_write,
    stated_for,
    target_for,
)
from usecases import named_rows
from usecases.behalf_unnamed import unit_owed_offers
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.done_rows import done_left
from usecases.results import UNCHANGED, Refusal
from usecases.runner import use_case
from usecases.sent_days import day_ahead
from usecases.support_said import acknowledged


@dataclass(frozen=True)
class BareStatus:
    """A status said with no row ("xong rồi"): which row is read from the writer's last write
    (`last_row_offer`), in a trip to the database a question does not need. `sending`: "đã
    nộp rồi", about a task's document only."""

    status: Status
    sending: bool = False


class Why(StrEnum):
    """Why one status is offered for several items, which the offer says first."""

    REMINDER = "reminder"  # a reply to a reminder of several ("xong rồi")
    MATCHED = "matched"  # the words named several tasks ("đã gửi báo cáo rồi", two reports)
    PARTS = "parts"  # a parent row whose several sub-rows are the writer's ("406-11 xong")
    NAMED = "named"  # the message named several items ("406-22 và 406-14 xong")
    # a status said alone about nothing the chat names ("xong rồi ạ"): the unit's items still
    # owed, soonest due first; said as a sending ("đã nộp rồi ạ"), its tasks only
    OWED = "owed"
    OWED_SENT = "owed_sent"


@dataclass(frozen=True)
class Several:
    """One status said of several items: the same offer for each item it may be said of, one
    button an item (usecases/reminder_replies.py); nothing written before a press."""

    offers: tuple[Offer, ...]
    why: Why = Why.REMINDER
    parent: str = ""  # Why.PARTS: the row the writer named
    skipped: str = ""  # the items named that are not the writer's, and why: said beside


# the keys a reminder names: rows ("406-14") and tasks or their occurrences ("tq-2021-04-20")
_NAMED_KEY = re.compile(
    r"(?<![\w/-])(?:(?:406|411)-\d{1,3}|[a-z]{2,4}-\d{4}-\d{2}-\d{2}(?:@\d{4}-\d{2}-\d{2})?)"
    r"(?![\w/-])"
)


def _named_in_reply(key: str, text: str, replied: str) -> bool:
    """Whether a reply's offer for `key` stands: the reminder replied to lists it (or names
    nothing), or the text names it itself — its key, its form ("biểu 02"), its row number."""
    listed = _NAMED_KEY.findall(replied.lower())
    base = key.split("@")[0]
    if not listed or any(k.split("@")[0] == base for k in listed):
        return True
    typed = text.lower()
    if base in typed:
        return True
    number = re.match(r"(?:406|411)-(\d{1,3})", base)
    if number is not None:
        return re.search(rf"(?<!\d){number.group(1)}(?!\d)", typed) is not None
    return bool(FORM_KINDS.positions(tokenize(text)))


@use_case(database=False)
def read_statement(
    desk: Desk, caller: Caller, text: str, replied: str = ""
) -> Offer | Several | Refusal | BareStatus | None:
    """A free text from someone who may write, naming one row they may write and a status: what
    to offer for confirmation. None when the text is not such a statement (it is a question).
    `replied`: the bot's message the text answers (a reminder): "đã nộp rồi ạ" in reply to a
    reminder of one row or task the person may write is about that one; of several, each is
    offered (`Several`: nothing written)."""
    province, today = desk.province, desk.clock.today()
    # "tq-2021-09-25 T10/2021" typed, or in the reminder replied to: that occurrence's raw key
    text = spell_out(text, province, today)
    replied = spell_out(replied, province, today)
    if may_write(caller.actor) is not None:
        return _not_written(desk, caller, text)

    def writable(offer: Offer | None) -> Offer | None:
        if offer is None or isinstance(target_for(province, caller.actor, offer.key), Refusal):
            return None
        return offer

    if share_reported(text):
        # "bên em đã xong 50% rồi": statuses are per row; which rows, with the command
        return Refusal(offers.per_row(example_row(province, caller.agency)))
    # A text's reading depends only on it, the day and the table in force: each is read once per
    # day and version (every question typed is first checked for a status statement, and most
    # are the same few questions, as usecases/asking.py finds for their answers).
    agency = caller.agency
    found = desk.remembered(
        "statements",
        (text, today, agency),
        lambda: statement(text, desk.assistant, province, today, agency),
    )
    if replied and isinstance(found, Offer) and not _named_in_reply(found.key, text, replied):
        # "đã gửi bằng văn bản rồi ạ" in reply to the Phụ lục's reminder: the words fit another
        # task (Biểu 02's letter) but name none; the reply is about what the reminder lists
        found = None
    if isinstance(found, Unclear):
        # "đã gửi báo cáo rồi" with two reports the unit owes: which one; an admin's words
        # naming a unit ("ghi thay Công an tỉnh đã nộp …"): among those that unit owes
        unit = stated_for(province, caller.actor, found.unit or None)
        if isinstance(unit, Refusal):
            return unit
        mine = [k for k in found.keys if _writes(desk, caller, k, unit)]
        if unit is not None and not mine:
            return Refusal(offers.unit_does_not_owe(unit, found.keys[0], found.status))
        # the words after the task's name are the note of whichever is pressed
        offers_each = [Offer(k, found.status, found.note, unit=unit or "") for k in mine]
        choices = _in_order(desk, offers_each, text, replied)
        if len(choices) > 1:
            return Several(tuple(choices), Why.MATCHED)
        found = choices[0] if choices else None
    if isinstance(found, Unread):  # "mục 29 và 99 xong": which was not read, nothing offered
        lines = [(o.key, o.status, o.note) for o in found.offers]
        return Refusal(offers.unread_rows(found.numbers, lines))
    if found is None and not replied:
        # "ghi thay Sở Xây dựng đã nộp, nhận bản giấy": the unit's owed tasks, a button each
        owed = unit_owed_offers(desk, caller, text)
        if len(owed) > 1:
            return Several(tuple(owed), Why.MATCHED)
        found = owed[0] if owed else None
        # "huyện em đã góp ý rồi" from a unit that only comments on the task: acknowledged
        thanks = acknowledged(desk, caller, text) if found is None else None
        if thanks is not None:
            return thanks
    if isinstance(found, Items):
        return _each_item(desk, caller, found, spread_ranges(text) != text or several_keys(text))
    if isinstance(found, Offer):
        meant = meant_offer(desk, caller, found)
        if isinstance(meant, Several):
            return meant
        found = meant
    offer = writable(found)
    if offer is None and found is not None and not replied:
        # "biểu 02 huyện em góp ý xong rồi" from a unit that only supports the task: its part
        # acknowledged, not refused as a stranger's write
        thanks = acknowledged(desk, caller, text, found.key)
        if thanks is not None:
            return thanks
        # "406-14 xong" from an agency with no role in it: /capnhat's refusal, never the
        # row's card read as if the status had been taken
        refused = target_for(province, caller.actor, found.key)
        return refused if isinstance(refused, Refusal) else None
    bare = desk.remembered("bare", text, lambda: bare_status(text)) if offer is None else None
    alone = BareStatus(bare.status, bare.sending) if bare is not None else None
    if offer is None and not replied:
        return alone
    if offer is not None:
        # a day sent that has not come, wherever in the words ("đã nộp biểu 02 ngày 21/4/2021"
        # on 20/4: the reader reads no such day, and it was dropped): refused, not offered
        ahead = day_ahead(desk, offer.key, offer.status, text) if offer.sent_on is None else None
        return ahead or offer
    named = dict.fromkeys(_NAMED_KEY.findall(replied.lower()))
    mine = [
        key
        for key in named
        if (key in desk.assistant.catalogue.rows or province.task_at(key) is not None)
        and not isinstance(target_for(province, caller.actor, key), Refusal)
    ]
    if not mine:
        # "đã nộp rồi ạ" in reply to a message that names nothing the writer owes (a receipt,
        # an answer): as said with no reply, never a question about the unit
        return alone
    # the status said, read as said of each item the reminder names ("đã nộp rồi" is about a
    # task's document, not a row); those it reads for alike are offered, one button each
    said = [writable(offer_for(f"{key} {text}", desk.assistant, province, today)) for key in mine]
    read = [o for key, o in zip(mine, said, strict=True) if o is not None and o.key == key]
    if not read:
        return alone
    read = _in_order(desk, read, text, replied)
    alike = [o for o in read if (o.status, o.note) == (read[0].status, read[0].note)]
    return Several(tuple(alike)) if len(alike) > 1 else read[0]


def meant_offer(desk: Desk, caller: Caller, offer: Offer) -> Offer | Several:
    """The offer for what the writer means by its key: a parent row whose sub-rows are the
    writer's agency's and not the row itself ("406-11" from Sở Y tế) is that sub-row, or one
    button each when there are several (knowledge/rules/statuses.py `parts_meant`)."""
    agency = offer.unit or caller.agency
    parts = parts_meant(desk.province, agency, offer.key)
    if len(parts) == 1:
        return replace(offer, key=parts[0])
    if parts:
        return Several(tuple(replace(offer, key=p) for p in parts), Why.PARTS, offer.key)
    return offer


def _each_item(desk: Desk, caller: Caller, items: Items, ranged: bool) -> Several | Refusal:
    """Several items in one message: one button an item when one status (and note) is said of
    all and each is the writer's; else each is said back as the line that writes it alone.
    `ranged`: a range or list of rows ("mục 18-21", "406-30, 406-31"): the writer's offered."""
    province = desk.province
    each: list[Offer] = []
    for offer in items.offers:
        meant = meant_offer(desk, caller, offer)
        each += meant.offers if isinstance(meant, Several) else [meant]
    refusals = [target_for(province, caller.actor, o.key, o.unit or None) for o in each]
    refused = [r for r in refusals if isinstance(r, Refusal)]
    own_offers = [o for o, r in zip(each, refusals, strict=True) if not isinstance(r, Refusal)]
    one_said = len({(o.status, o.note, o.unit) for o in each}) == 1
    if (left := done_left(desk, caller, each, own_offers)) is not None:  # done rows named
        return Several(left[0], Why.NAMED, skipped=left[1])
    if (
        ranged
        and refused
        and len(own_offers) > 1
        and one_said
        and caller.agency
        and not each[0].unit
    ):
        # "mục 18-21 xong" from TN&MT, which owns 406-19 and 406-20: those offered, a button
        # each, and the rows skipped named with why (the whole run was refused)
        skipped = [o.key for o in each if o not in own_offers]
        return Several(
            tuple(own_offers), Why.NAMED, skipped=offers.rows_skipped(skipped, caller.agency)
        )
    if refused:
        # "406-22 xong, 406-14 xong" from Sở Y tế: 406-14 refused, and 406-22, theirs, said
        # back as the line that writes it: not lost behind the refusal (nothing is written)
        own = [
            (o.key, o.status, o.note)
            for o, r in zip(each, refusals, strict=True)
            if not isinstance(r, Refusal)
        ]
        return Refusal(refused[0].reason + (" " + offers.own_ones_alone(own) if own else ""))
    if len({(o.status, o.note) for o in each}) > 1:
        return Refusal(offers.one_at_a_time([(o.key, o.status, o.note) for o in each]))
    return Several(tuple(each), Why.NAMED)


def _writes(desk: Desk, caller: Caller, key: str, unit: str | None) -> bool:
    """Whether the caller may write `key`: for the unit named, only where that unit owes it."""
    found = target_for(desk.province, caller.actor, key, unit)
    return isinstance(found, Target) if unit is not None else not isinstance(found, Refusal)


def _in_order(desk: Desk, offers: list[Offer], text: str, replied: str) -> list[Offer]:
    """A sending offered for tasks' documents only, the soonest due first
    (knowledge/rules/reply_items.py): each item's deadlines as the reminder replied to lists
    them, else the task's own date."""
    province, today = desk.province, desk.clock.today()
    keys = [o.key for o in offers]
    found = {k: province.task_at(k) for k in keys}
    dues = reminded_dues(replied, keys) if replied else {}
    for key, task in found.items():
        due = task[1] or task[0].due if task is not None else None
        if not dues.get(key) and due is not None:
            dues[key] = [due]
    tasks = {k for k, task in found.items() if task is not None}
    order = reply_items(keys, tasks, dues, said_as_sending(text), today)
    return sorted((o for o in offers if o.key in order), key=lambda o: order.index(o.key))


@use_case()
def last_row_offer(desk: Desk, caller: Caller, said: BareStatus) -> Offer | Several | Refusal:
    """ "xong rồi" right after writing 406-22 (within the undo's window), or after asking of it
    or leaving `/capnhat 406-22` (usecases/named_rows.py): that row, offered as any statement
    is, the newer of the two. Else one button for each item owed (`owed_offers`), or how to
    name one."""
    change = desk.repo.latest_by(caller.user_id)
    named = named_rows.last_named(desk, caller.chat_id, caller.user_id)
    if (
        named is not None
        and (change is None or not_before(named.at, change.at))
        and (not said.sending or desk.province.task_at(named.key) is not None)
    ):  # `/capnhat 406-19` left for another command, or 406-19 just asked: "xong" is about it
        target = target_for(desk.province, caller.actor, named.key, named.unit or None)
        if isinstance(target, Refusal):  # another unit's row just asked: whose, then which
            owed = owed_offers(desk, caller, said)
            return target if owed is None else replace(owed, skipped=target.reason)
        return Offer(named.key, said.status, unit=named.unit)
    # the unit an admin wrote for: the same again
    unit = change.agency if change is not None and caller.is_admin else None
    is_task = change is not None and desk.province.task_at(change.key) is not None
    if (
        change is not None
        and said_of_last_write(change, desk.clock.now(), said.sending, is_task)
        and not isinstance(target_for(desk.province, caller.actor, change.key, unit), Refusal)
    ):
        return Offer(change.key, said.status, unit=unit or "")
    owed = owed_offers(desk, caller, said)
    if owed is not None:
        return owed
    label = said.status.label
    return Refusal(
        f"Ghi “{esc(label)}” cho mục nào? Gõ kèm mã, ví dụ <code>406-14 "
        f"{esc(label.lower())}</code>, hoặc /capnhat để chọn mục. {UNCHANGED}"
    )


MAX_OWED = 6  # buttons for a status said alone; the others by /capnhat, which the offer says
# a task's document is sent or being prepared, never tested on the portal as a service is
_TASK_STATUSES = frozenset(Status) - {Status.DANG_KIEM_THU}


def owed_offers(desk: Desk, caller: Caller, said: BareStatus) -> Several | None:
    """A status said alone about nothing named: the items the writer's unit still owes (open
    or late, by the one rule of where an item stands: knowledge/rules/standing.py), soonest
    due first, each offered with that status; said as a sending ("đã nộp rồi ạ"), only its
    tasks, whose documents are sent. None when the writer has no unit or owes nothing."""
    agency = caller.agency
    if agency is None:
        return None
    province, today = desk.province, desk.clock.today()
    owed = [
        s
        for s in standings(
            desk.assistant.catalogue, province, desk.statuses().marks, today, agency
        )
        if s.state in (State.OPEN, State.LATE)
        and (not s.is_task or said.status in _TASK_STATUSES)
        and (s.is_task or not said.sending)
    ]
    owed.sort(key=lambda s: (s.due or date.max, not s.is_task))
    keys = [
        s.key for s in owed if not isinstance(target_for(province, caller.actor, s.key), Refusal)
    ]
    if not keys:
        return None
    why = Why.OWED_SENT if said.sending else Why.OWED
    return Several(tuple(Offer(k, said.status) for k in keys[:MAX_OWED]), why)


def _not_written(desk: Desk, caller: Caller, text: str) -> Refusal | None:
    """ "406-7 đang làm" from someone who may not write yet (not registered, or waiting): said
    so, with where their registration stands, rather than answered as a question about the
    row as if the status had been taken."""
    province, today = desk.province, desk.clock.today()
    found = desk.remembered(
        "statements",
        (text, today, None),
        lambda: statement(text, desk.assistant, province, today),
    )
    if not isinstance(found, Offer):
        return None
    return Refusal(offers.not_written(found.key, found.status, caller.standing))


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
    return offers.lapsed_offer(key, status, named, bool(note_needed(status)))
