"""`/capnhat 23 xong`: a row named by its number alone, as `/muc 23` names it, offered for a
press as free text is (never written unasked): the row the province reads the number as
(knowledge/reader/ask.py `resolve_key`, what /muc shows) and any other decision's row of that
number the writer may write, one button each when there are several."""

from __future__ import annotations

from knowledge.reader.row_refs import DECISIONS
from knowledge.reader.writes import Offer, short_number
from knowledge.rules.statuses import Target, target_for
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.results import Refusal
from usecases.statements_kinds import Several, Why


def number_offer(desk: Desk, caller: Caller, args: str) -> Offer | Several | Refusal | None:
    """The offer for a number typed where the key stands; /capnhat's refusal of the row the
    province reads it as when the writer may write none of its rows; None for another line."""
    found = short_number(args)
    if found is None:
        return None
    number, status, note = found
    province, rows = desk.province, desk.catalogue.rows
    read = desk.assistant.resolve_key(number, province, desk.clock.today())
    keys = [read] if read is not None else []
    keys += [k for d in DECISIONS if (k := f"{d}-{number}") in rows and k not in keys]
    mine = [k for k in keys if isinstance(target_for(province, caller.actor, k), Target)]
    if not mine and read is not None:
        refused = target_for(province, caller.actor, read)
        return refused if isinstance(refused, Refusal) else None
    offers = tuple(Offer(k, status, note) for k in mine)
    if len(offers) > 1:  # "16": 406-16 and 411-16 both the writer's, one button each
        return Several(offers, Why.NAMED)
    return offers[0] if offers else None
