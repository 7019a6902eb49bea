"""Làm lại: the status an undo took back, written again. Under an undo's receipt the chat offers
"↪️ Làm lại", never a second "Hoàn tác" that would put the write back under a name saying the
opposite (ux26 #2). A redo is a write of its own (no `undoes`: the history reads "ghi", not
"hoàn tác"), quoted with its own "Hoàn tác", by the rules of an undo: the undo's writer or an
admin, within the window of the undo, while the undo is still the latest of its row and unit.

A button pressed a second time (a double tap, or scrolled up to) finds its work done: the undo
that already took a change back, or the write that already put an undo's status back, is named
and nothing is written; the history stays append-only.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from knowledge.catalogue.model import Province
from knowledge.rules.decisions import Refusal
from knowledge.rules.officers import Actor
from knowledge.rules.status_undo import Restore, undo
from knowledge.rules.statuses import Change


def undone_by(change: Change, history: Iterable[Change]) -> Change | None:
    """The undo that took `change` back, if one did (its row's `history`, any order)."""
    return next((c for c in history if c.undoes == change.id), None)


def redone_by(taken: Change, undone: Change, history: Iterable[Change]) -> Change | None:
    """The write right after the undo `taken` on its row and unit that set the status it had
    taken back (`undone`'s) again: a redo, or the same status typed again."""
    after = [
        c for c in history if c.key == taken.key and c.agency == taken.agency and c.id > taken.id
    ]
    first = min(after, key=lambda c: c.id) if after else None
    if first is not None and first.undoes is None and first.new == undone.new:
        return first
    return None


def redo(
    province: Province,
    who: Actor,
    taken: Change,
    undone: Change,
    latest_id: int | None,
    now: datetime,
) -> Restore | Refusal:
    """What a redo of the undo `taken` writes (the status, note and day sent of `undone`, the
    change it took back), or why not: as undoing `taken` would be decided."""
    return undo(province, who, taken, undone, latest_id, now)
