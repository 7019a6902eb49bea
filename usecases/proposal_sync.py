"""BIỂU 02's one source of truth, the unit's proposals (knowledge/rules/proposal_sync.py): a
BIỂU 02 accepted from a filled template becomes the unit's proposals in the submission's own unit
of work (each change logged in the proposals' log as an edit, an addition, a withdrawal or a
restoring, as /dexuat's are), and its undo puts back the proposals held before it. Called by the
use cases that accept and undo a submission; not a use case itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from knowledge.rules.proposal_sync import line_of, plan_sync, same_as_sent
from knowledge.rules.proposals import ProposalState, deadline
from usecases.desk import Desk

BEFORE = "proposals_before"  # the key, in a BIỂU 02 submission's data, of the lines it replaced


@dataclass(frozen=True)
class Synced:
    """How many of the unit's proposals the sent list added, changed, withdrew."""

    added: int = 0
    changed: int = 0
    withdrawn: int = 0
    restored: int = 0

    @property
    def any(self) -> bool:
        return bool(self.added or self.changed or self.withdrawn or self.restored)


@dataclass(frozen=True)
class SentDiffers:
    """The unit's proposals no longer equal the BIỂU 02 version it sent."""

    version: int
    at: datetime
    due: date | None


def current_lines(desk: Desk, agency: str) -> list[dict[str, Any]]:
    return [line_of(p) for p in desk.proposals.list(agency)]


def hold(desk: Desk, agency: str, lines: list[dict[str, Any]], by: int) -> Synced:
    """Make the unit's active proposals hold `lines`."""
    repo, now = desk.proposals, desk.clock.now()
    every = repo.list(agency, include_withdrawn=True)
    active = [p for p in every if p.state == ProposalState.ACTIVE]
    withdrawn = [p for p in reversed(every) if p.state == ProposalState.WITHDRAWN]
    plan = plan_sync(active, withdrawn, lines)
    for proposal_id, data in plan.edits:
        repo.edit(proposal_id, data, by, now)
    for proposal_id, data in plan.restores:
        repo.restore(proposal_id, by, now)
        repo.edit(proposal_id, data, by, now)
    for data in plan.adds:
        repo.add(agency, by, data, now)
    for proposal_id in plan.withdraws:
        repo.withdraw(proposal_id, by, now)
    return Synced(len(plan.adds), len(plan.edits), len(plan.withdraws), len(plan.restores))


def sent_differs(desk: Desk, agency: str) -> SentDiffers | None:
    """The unit's accepted BIỂU 02 when its proposals were changed since it was sent."""
    sent = desk.submissions.submissions(agency=agency, form="bieu02")
    if not sent:
        return None
    last = max(sent, key=lambda s: s.id)
    lines = desk.submissions.data(last.id).get("lines") or []
    if same_as_sent(desk.proposals.list(agency), lines):
        return None
    return SentDiffers(last.version, last.submitted_at, deadline(desk.province))
