"""A row said not done by its unit ("406-20 chưa xong", "nhầm rồi, 406-20 chưa xong đâu",
knowledge/reader/undone_said.py): after the row was recorded done, the status of work going on
is offered by a button (usecases/statuses.py `offer_status`, the same offer, write, quote, log
and undo as any statement); while it is not recorded done, the words agree with the record and
that is said, nothing offered. Only the row's own unit: an admin writing for a unit names it
(/capnhat), and someone with no part in the row is answered as before."""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.messages.markup import esc, typed_key
from knowledge.reader.offers import Offer
from knowledge.reader.undone_said import STILL_GOING, undone_said
from knowledge.rules.standing import DONE_STATUS
from knowledge.rules.statuses import STATUSES, Target, target_for
from usecases import refs
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.runner import use_case


@dataclass(frozen=True)
class AlreadyUndone:
    """The row is not recorded done: the words agree with the record; nothing to offer."""

    text: str


@use_case(database=False)
def undone_asked(desk: Desk, text: str) -> bool:
    """A cheap test on the loop; `undone_offer` then reads the row's status."""
    return desk.remembered("undone", text, lambda: undone_said(text)) is not None


@use_case(writes=False)
def undone_offer(desk: Desk, caller: Caller, text: str) -> Offer | AlreadyUndone | None:
    said = desk.remembered("undone", text, lambda: undone_said(text))
    if said is None or not said.sure:
        return None
    key = refs.item_key(desk, said.key)
    if key is None or key not in desk.catalogue.rows:
        return None
    target = target_for(desk.province, caller.actor, key)
    if not isinstance(target, Target) or target.behalf:
        return None  # not the row's unit: answered as before (the card, or /capnhat's refusal)
    current = desk.repo.current(key, target.agency)
    if current is None or current.new != DONE_STATUS:
        status = STATUSES[current.new if current is not None else "chua_bat_dau"]
        return AlreadyUndone(
            f"<code>{esc(typed_key(key))}</code> ({esc(target.agency)}) đang ghi: "
            f"{esc(status)} — chưa ghi hoàn thành. Không có gì thay đổi."
        )
    return Offer(key, STILL_GOING)
