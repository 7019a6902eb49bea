"""Proposals of additional services (BIỂU 02): added, edited, withdrawn and restored by their
agency, each change appended to the proposal's log (proposal_changes) in the same transaction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from db.models import Proposal, ProposalChange
from db.unit import needs_write_lock
from knowledge.rules.proposal_changes import ChangeKind, LoggedChange, difference, values
from knowledge.rules.proposals import ProposalState

LOCAL = ZoneInfo("Asia/Ho_Chi_Minh")
FIELDS = ("name", "sector", "tier", "level", "lead", "coordinate", "quarter", "note")


@dataclass(frozen=True)
class ProposalView:
    id: int
    agency: str
    by: int
    name: str
    sector: str
    tier: str
    level: int
    lead: str
    coordinate: tuple[str, ...]
    quarter: str
    note: str
    state: ProposalState
    updated_at: datetime


def _logged(row: ProposalChange) -> LoggedChange:
    # SQLite keeps the wall time and drops the offset; PostgreSQL answers in the session's zone:
    # every time stored is Asia/Ho_Chi_Minh, and the undo window is measured against one.
    at = row.at.astimezone(LOCAL) if row.at.tzinfo else row.at.replace(tzinfo=LOCAL)
    return LoggedChange(
        row.id,
        row.proposal_id,
        row.kind,
        json.loads(row.before),
        json.loads(row.after),
        row.by,
        at,
        row.undoes,
    )


def _view(p: Proposal) -> ProposalView:
    return ProposalView(
        p.id,
        p.agency,
        p.by,
        p.name,
        p.sector,
        p.tier,
        p.level,
        p.lead,
        tuple(x for x in p.coordinate.split("|") if x),
        p.quarter,
        p.note,
        p.state,
        p.updated_at,
    )


class ProposalRepo:
    def __init__(self, sessions: sessionmaker, province: str):
        self.sessions = sessions
        self.province = province

    def add(self, agency: str, by: int, data: dict, at: datetime) -> ProposalView:
        with self.sessions.begin() as s:
            p = Proposal(
                province=self.province,
                agency=agency,
                by=by,
                state=ProposalState.ACTIVE,
                created_at=at,
                updated_at=at,
                **_columns(data),
            )
            s.add(p)
            s.flush()
            self._log(s, p, ChangeKind.CREATE, {}, values(_view(p)), by, at)
            return _view(p)

    def edit(
        self, proposal_id: int, data: dict, by: int, at: datetime
    ) -> tuple[ProposalView, LoggedChange | None] | None:
        """The proposal after the edit and the change logged (None when the answers equal what
        is stored: nothing written); None when it is gone or withdrawn.
        """
        with self.sessions.begin() as s:
            p = self._locked(s, proposal_id)
            if p is None or p.state != ProposalState.ACTIVE:
                return None
            before, after = difference(_view(p), data)
            if not after:
                return _view(p), None
            change = self._set(s, p, ChangeKind.EDIT, before, after, by, at)
            return _view(p), change

    def revert(
        self, change: LoggedChange, by: int, at: datetime
    ) -> tuple[ProposalView, LoggedChange] | None:
        """Put back the values before `change`, appending an undo, only while `change` is still
        the proposal's latest and the proposal still holds its values: None when not.
        """
        with self.sessions.begin() as s:
            p = self._locked(s, change.proposal_id)
            if p is None or p.state != ProposalState.ACTIVE:
                return None
            if self._latest(s, p.id) != change.id:
                return None
            current = values(_view(p))
            if any(current.get(k) != v for k, v in change.after.items()):
                return None
            undo = self._set(s, p, ChangeKind.UNDO, change.after, change.before, by, at, change.id)
            return _view(p), undo

    def withdraw(self, proposal_id: int, by: int, at: datetime) -> ProposalView | None:
        return self._move(proposal_id, ProposalState.ACTIVE, ProposalState.WITHDRAWN, by, at)

    def restore(self, proposal_id: int, by: int, at: datetime) -> ProposalView | None:
        """A withdrawn proposal counts again, as it was when withdrawn."""
        return self._move(proposal_id, ProposalState.WITHDRAWN, ProposalState.ACTIVE, by, at)

    def _move(
        self, proposal_id: int, old: ProposalState, new: ProposalState, by: int, at: datetime
    ) -> ProposalView | None:
        """None when the proposal is not (any more) in state `old`: nothing changes."""
        kind = ChangeKind.WITHDRAW if new == ProposalState.WITHDRAWN else ChangeKind.RESTORE
        with self.sessions.begin() as s:
            p = self._locked(s, proposal_id)
            if p is None or p.state != old:
                return None
            p.state, p.updated_at = new, at
            self._log(s, p, kind, {"state": old.value}, {"state": new.value}, by, at)
            return _view(p)

    def _locked(self, s: Session, proposal_id: int) -> Proposal | None:
        """The proposal, with the write lock taken before it is read: a change decided on what it
        reads (the latest entry, the current values) is not overtaken by another process.
        """
        if needs_write_lock(s):
            s.connection().exec_driver_sql("BEGIN IMMEDIATE")
        p = s.get(Proposal, proposal_id, with_for_update=True)
        return p if p is not None and p.province == self.province else None

    def _set(
        self,
        s: Session,
        p: Proposal,
        kind: ChangeKind,
        before: dict[str, Any],
        after: dict[str, Any],
        by: int,
        at: datetime,
        undoes: int | None = None,
    ) -> LoggedChange:
        for key, value in _columns(after).items():
            setattr(p, key, value)
        p.updated_at = at
        return self._log(s, p, kind, before, after, by, at, undoes)

    def _log(
        self,
        s: Session,
        p: Proposal,
        kind: ChangeKind,
        before: dict[str, Any],
        after: dict[str, Any],
        by: int,
        at: datetime,
        undoes: int | None = None,
    ) -> LoggedChange:
        row = ProposalChange(
            province=self.province,
            proposal_id=p.id,
            kind=kind,
            before=json.dumps(before, ensure_ascii=False),
            after=json.dumps(after, ensure_ascii=False),
            undoes=undoes,
            by=by,
            at=at,
        )
        s.add(row)
        s.flush()
        return _logged(row)

    @staticmethod
    def _latest(s: Session, proposal_id: int) -> int | None:
        return s.scalar(
            select(func.max(ProposalChange.id)).where(ProposalChange.proposal_id == proposal_id)
        )

    # -- the log ----------------------------------------------------------------------------------
    def change(self, change_id: int) -> LoggedChange | None:
        with self.sessions() as s:
            row = s.get(ProposalChange, change_id)
            return _logged(row) if row and row.province == self.province else None

    def latest_change(self, proposal_id: int) -> int | None:
        """The id of the proposal's last logged change."""
        with self.sessions() as s:
            return self._latest(s, proposal_id)

    def changes(self, proposal_id: int | None = None) -> list[LoggedChange]:
        """The log, oldest first: one proposal's, or the province's."""
        with self.sessions() as s:
            query = select(ProposalChange).where(ProposalChange.province == self.province)
            if proposal_id is not None:
                query = query.where(ProposalChange.proposal_id == proposal_id)
            return [_logged(r) for r in s.scalars(query.order_by(ProposalChange.id))]

    def get(self, proposal_id: int) -> ProposalView | None:
        with self.sessions() as s:
            p = s.get(Proposal, proposal_id)
            return _view(p) if p and p.province == self.province else None

    def list(
        self, agency: str | None = None, include_withdrawn: bool = False
    ) -> list[ProposalView]:
        with self.sessions() as s:
            query = select(Proposal).where(Proposal.province == self.province)
            if agency:
                query = query.where(Proposal.agency == agency)
            if not include_withdrawn:
                query = query.where(Proposal.state == ProposalState.ACTIVE)
            return [_view(p) for p in s.scalars(query.order_by(Proposal.agency, Proposal.id))]


def _columns(data: dict) -> dict:
    out = {k: data[k] for k in FIELDS if k in data}
    if "coordinate" in out and not isinstance(out["coordinate"], str):
        out["coordinate"] = "|".join(out["coordinate"])
    return out
