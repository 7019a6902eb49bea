"""Several rows named with one status ("gpxd với quy hoạch xây dựng đều đang làm", "/capnhat
406-30 đến 406-33 đang làm"), some of them recorded done by their unit and another status said:
those are left out of the offer and named, with the line that still writes one alone. Offered,
a press for all ("Ghi cả n") took a done row back to work under way; read as before, the row was
dropped without a word (ux26 #6)."""

from __future__ import annotations

from knowledge.messages import offers
from knowledge.reader.offers import Offer
from knowledge.rules.statuses import Status, Target, target_for
from usecases.callers import Caller
from usecases.desk import Desk


def done_left(
    desk: Desk, caller: Caller, named: list[Offer], own: list[Offer]
) -> tuple[tuple[Offer, ...], str] | None:
    """The writer's offers less the rows recorded done, and the line naming what is left out
    (the rows not the writer's too, when there are); None when none is done, when all are (the
    status said is then meant for them), or when rows not the writer's are refused as before
    (an admin's unit named)."""
    if len(own) < 2 or len({(o.status, o.note, o.unit) for o in named}) > 1:
        return None  # one status said of all, or each is said back alone
    if own[0].status == Status.HOAN_THANH:
        return None
    done = [o.key for o in own if _recorded_done(desk, caller, o)]
    if not done or len(done) == len(own):
        return None
    line = offers.done_left_out(done, own[0].status)
    others = [o.key for o in named if o not in own]
    if others:
        if not caller.agency or named[0].unit:
            return None
        line = f"{offers.rows_skipped(others, caller.agency)}\n{line}"
    return tuple(o for o in own if o.key not in done), line


def _recorded_done(desk: Desk, caller: Caller, offer: Offer) -> bool:
    target = target_for(desk.province, caller.actor, offer.key, offer.unit or None)
    if not isinstance(target, Target):
        return False
    current = desk.repo.current(offer.key, target.agency)
    return current is not None and current.new == Status.HOAN_THANH
