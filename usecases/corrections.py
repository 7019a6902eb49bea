"""A write taken back in words right after it ("à nhầm, chưa bắt đầu", "khoan, chưa xong, đang
kiểm thử thôi"): the undo of the caller's last write offered by its button, and the status said
instead for the same row and unit, offered as any statement is (its confirmation button);
nothing written before a press. How the words are read is knowledge/reader/corrections.py;
whether the last write may be undone, usecases/undoing.py's `last_write`."""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.reader.corrections import Correction, correction
from knowledge.reader.spelling import untelexed
from knowledge.reader.writes import Offer
from knowledge.rules.statuses import Change, Status
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.runner import use_case
from usecases.status_offers import offer_status
from usecases.status_results import Offered
from usecases.undoing import LastWrite, last_write

__all__ = ["Corrected", "Correction"]


@dataclass(frozen=True)
class Corrected:
    """The write just made (`change`), what its undo puts back (`back`), and the status said
    instead, waiting for its press (`offered`: None when only the undo is meant)."""

    change: Change
    back: Status
    offered: Offered | None


@use_case(database=False)
def read_correction(desk: Desk, caller: Caller, text: str) -> Correction | None:
    """The text takes back a write, from someone who may have written one."""
    if caller.agency is None and not caller.is_admin:
        return None
    # "khoan, chuwa xong": Telex left-overs read back, as in a statement
    typed = untelexed(text, desk.assistant.vocabulary)
    return desk.remembered("correction", typed, lambda: correction(typed))


@use_case(writes=True)
def correction_offer(desk: Desk, caller: Caller, said: Correction) -> Corrected | LastWrite | None:
    """The caller's last write, its undo and the status said instead; when the last write is
    not a status change that may be undone now (a submission, an undo, too late, a newer
    change), what `/hoantac` would say of it (`LastWrite`). Words naming a row ("ui nhầm, mục
    27 chưa xong đâu") take back only a write of that row: else None, and the words are read
    as any other message."""
    found = last_write(desk, caller)
    change = found.change
    if said.rows and (change is None or not said.names(change.key)):
        return None
    if change is None:
        return found
    before = desk.repo.before(change)
    back = before.new if before is not None else Status.CHUA_BAT_DAU
    offered = None
    if said.status is not None and said.status not in (back, change.new):
        # the unit the last write was for: the same again (an admin's "ghi thay" too)
        unit = change.agency if change.agency != caller.agency else ""
        result = offer_status(desk, caller, Offer(change.key, said.status, unit=unit))
        offered = result if isinstance(result, Offered) else None
    return Corrected(change, back, offered)
