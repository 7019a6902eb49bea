"""A free text read as a status statement ("406-14 xong rồi", "bên em nộp biểu 02 rồi", "đã nộp
rồi ạ" in reply to a reminder): what to offer for confirmation, before anything is written
(usecases/statuses.py offers it and writes it on the press). Several items named:
usecases/statements_items.py; a status said alone: usecases/statements_alone.py."""

from __future__ import annotations

import re

from knowledge.catalogue.occurrence_names import spell_out
from knowledge.language.text import tokenize
from knowledge.language.vocabulary import FORM_KINDS
from knowledge.messages import offers
from knowledge.reader.row_runs import several_keys, spread_ranges
from knowledge.reader.status_alone import bare_status
from knowledge.reader.status_words import share_reported
from knowledge.reader.writes import Items, Offer, Unclear, Unread, offer_for, statement
from knowledge.rules.officers import may_write
from knowledge.rules.reply_items import reminded_dues, reply_items, said_as_sending
from knowledge.rules.statuses import Target, example_row, stated_for, target_for
from usecases.behalf_unnamed import unit_owed_offers
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.results import Refusal
from usecases.runner import use_case
from usecases.sent_days import day_ahead
from usecases.statements_items import each_item, meant_offer
from usecases.statements_kinds import BareStatus, Several, Why
from usecases.support_said import acknowledged

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
        offers_each = [
            Offer(k, found.status, found.note, unit=unit or "", sent_on=found.sent_on)
            for k in mine
        ]
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
        return each_item(desk, caller, found, spread_ranges(text) != text or several_keys(text))
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
        if (key in desk.catalogue.rows or province.task_at(key) is not None)
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
