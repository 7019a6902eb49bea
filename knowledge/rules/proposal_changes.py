"""The append-only log of a proposal's changes (created, edited, withdrawn, restored, an edit
undone): what an edit changes, and when an edit's "Hoàn tác" may revert it. How a change is
quoted back is knowledge/render/proposal_text.py.

An edit is logged as the fields it changed, each with its value before and after; undoing it
appends a change that puts the values before back. The log is never rewritten.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from knowledge.catalogue.model import Province
from knowledge.rules.decisions import Refusal, Refused
from knowledge.rules.officers import Actor
from knowledge.rules.proposals import STEPS, Action, Proposed, may_change
from knowledge.rules.statuses import WRITE_WINDOW


class ChangeKind(StrEnum):
    CREATE = "create"
    EDIT = "edit"
    WITHDRAW = "withdraw"
    RESTORE = "restore"
    UNDO = "undo"  # an edit reverted: the values before that edit again


# What a "Hoàn tác" of the proposal log reverts: an edit, or an undo (which brings the edit back).
# A new proposal is undone by withdrawing it, a withdrawal by restoring it: their own buttons.
UNDOABLE = frozenset({ChangeKind.EDIT, ChangeKind.UNDO})


@dataclass(frozen=True)
class LoggedChange:
    """One entry of a proposal's log: the fields it changed, as they were and as they became."""

    id: int
    proposal_id: int
    kind: ChangeKind
    before: dict[str, Any]
    after: dict[str, Any]
    by: int
    at: datetime
    undoes: int | None = None  # UNDO: the change it reverted


@dataclass(frozen=True)
class Revert:
    """What an undo writes: these fields back to these values."""

    values: dict[str, Any]


def values(proposal: Mapping[str, Any] | object) -> dict[str, Any]:
    """The form's fields of a proposal (a stored one, or the answers of the form) in one shape:
    the coordinating agencies a list, the level a number; fields the answers lack are left out.
    """
    if isinstance(proposal, Mapping):
        found = {k: proposal[k] for k in STEPS if k in proposal}
    else:
        found = {k: getattr(proposal, k) for k in STEPS}
    if "coordinate" in found:
        found["coordinate"] = list(found["coordinate"] or ())
    if "level" in found:
        found["level"] = int(found["level"])
    for key in ("sector", "note"):
        if key in found:
            found[key] = found[key] or ""
    return found


def difference(
    current: Mapping[str, Any] | object, wanted: Mapping[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """(before, after) of the fields whose wanted value differs from the current one; empty when
    the edit changes nothing.
    """
    now, new = values(current), values(wanted)
    changed = [k for k in STEPS if k in new and new[k] != now.get(k)]
    return {k: now.get(k) for k in changed}, {k: new[k] for k in changed}


def newer_change(proposal_id: int) -> Refusal:
    return Refusal(Refused.NEWER_PROPOSAL_CHANGE, proposal_id=proposal_id)


def may_undo(
    province: Province,
    today: date,
    now: datetime,
    who: Actor,
    change: LoggedChange | None,
    proposal: Proposed | None,
    latest_id: int | None,
) -> Revert | Refusal:
    """Undoing an edit puts back the values before it: within WRITE_WINDOW of the edit, by the
    officer who made it or an admin, while the proposal may still be edited (its agency, the
    BIỂU 02 window, not withdrawn: `may_change`), and only while that edit is still the
    proposal's latest change.
    """
    if change is None or change.kind not in UNDOABLE:
        return Refusal(Refused.EDIT_NOT_FOUND)
    if now - change.at > WRITE_WINDOW:
        return Refusal(Refused.UNDO_TOO_LATE, proposal_id=change.proposal_id)
    if not who.is_admin and who.user_id != change.by:
        return Refusal(Refused.UNDO_NOT_YOURS)
    refusal = may_change(province, today, who, Action.EDIT, proposal)
    if refusal:
        if refusal.code == Refused.PROPOSALS_CLOSED:  # whose line does not say nothing changed
            return Refusal(Refused.UNDO_AFTER_CLOSE, **refusal.data)
        return refusal
    if latest_id != change.id:
        return newer_change(change.proposal_id)
    return Revert(dict(change.before))
