"""Several items named in one status statement ("406-22 và 406-14 xong", "mục 18-21 xong"), and
a parent row meant as the writer's sub-rows ("406-11" from Sở Y tế): a button each, or each said
back as the line that writes it alone; nothing written before a press."""

from __future__ import annotations

from dataclasses import replace

from knowledge.messages import offers, refused_rows
from knowledge.reader.writes import Items, Offer
from knowledge.rules.statuses import parts_meant, target_for
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.done_rows import done_left
from usecases.results import Refusal
from usecases.statements_kinds import Several, Why


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


def each_item(desk: Desk, caller: Caller, items: Items, ranged: bool) -> Several | Refusal:
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
    if ranged and refused and own_offers and one_said and caller.agency and not each[0].unit:
        # "mục 18-21 xong" from TN&MT, which owns 406-19 and 406-20, or "406-14, 406-29 đang
        # làm" from Sở LĐTBXH, which owns 406-29: its own offered, and the rows skipped named
        # with whose they are (the whole run, or the list after its first row, was refused)
        return Several(
            tuple(own_offers), Why.NAMED, skipped=refused_rows.skipped(caller.agency, refused)
        )
    if len(refused) > 1 and not own_offers and all("key" in r.data for r in refused):
        # "/capnhat 406-14, 406-15 xong" from Sở LĐTBXH, which has neither: every row named,
        # with whose it is, not only the first (nothing is written)
        return Refusal(refused_rows.none_of_yours(caller.agency, refused))
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
