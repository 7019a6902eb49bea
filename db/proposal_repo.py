"""Proposals of additional services (BIỂU 02): added, edited and withdrawn by their agency."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from db.models import Proposal
from knowledge.proposals import ProposalState

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
            return _view(p)

    def edit(self, proposal_id: int, data: dict, at: datetime) -> ProposalView | None:
        with self.sessions.begin() as s:
            p = s.get(Proposal, proposal_id)
            if p is None or p.province != self.province or p.state != ProposalState.ACTIVE:
                return None
            for key, value in _columns(data).items():
                setattr(p, key, value)
            p.updated_at = at
            s.flush()
            return _view(p)

    def withdraw(self, proposal_id: int, at: datetime) -> ProposalView | None:
        return self._move(proposal_id, ProposalState.ACTIVE, ProposalState.WITHDRAWN, at)

    def restore(self, proposal_id: int, at: datetime) -> ProposalView | None:
        """A withdrawn proposal counts again, as it was when withdrawn."""
        return self._move(proposal_id, ProposalState.WITHDRAWN, ProposalState.ACTIVE, at)

    def _move(
        self, proposal_id: int, old: ProposalState, new: ProposalState, at: datetime
    ) -> ProposalView | None:
        """None when the proposal is not (any more) in state `old`: nothing changes."""
        with self.sessions.begin() as s:
            p = s.get(Proposal, proposal_id)
            if p is None or p.province != self.province or p.state != old:
                return None
            p.state, p.updated_at = new, at
            s.flush()
            return _view(p)

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
