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
from knowledge.rules.status_undo import undo
from knowledge.rules.statuses import Change, Status, Target, target_for
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.results import Refusal
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
        # "à nhầm 406-24 chưa xong đâu" after writing 406-24, then 406-25: the write of the row
        # named, while it may still be undone; never a new status read from the words
        change = _named_write(desk, caller, said)
        if change is None:
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


def _named_write(desk: Desk, caller: Caller, said: Correction) -> Change | None:
    """The caller's write of the one row the words name, when it is that row's latest for its
    unit, is what the words deny ("chưa xong": a write of Hoàn thành) and may still be undone
    (knowledge/rules/statuses.py `undo`: the same person, within the window)."""
    if len(said.rows) != 1:
        return None
    decision, number = said.rows[0]
    typed = f"{decision}-{number}" if decision else number
    key = desk.assistant.resolve_key(typed, desk.province, desk.clock.today())
    target = target_for(desk.province, caller.actor, key) if key else None
    if key is None or not isinstance(target, Target) or target.behalf:
        return None
    change = desk.repo.current(key, target.agency)
    if change is None or change.by != caller.user_id or change.undoes is not None:
        return None
    if said.denied not in (None, Status(change.new)) or said.status == change.new:
        return None  # "nhầm, 406-24 chưa xong" of a row written under way: not that write
    if desk.submissions.marking(change.id) is not None:
        return None  # a submission's mark is undone with its submission, never alone
    before = desk.repo.before(change)
    decided = undo(desk.province, caller.actor, change, before, change.id, desk.clock.now())
    return None if isinstance(decided, Refusal) else change
