"""BIỂU 02 has one source of truth: a unit's proposals. A BIỂU 02 the unit sends (a filled
template, or /nop bieu02 from its proposals) is a list of lines; what it sent becomes its
proposals, and its proposals edited after sending differ from what the coordinator holds.

This module turns a proposal into a form line and back, says how the proposals must change to
hold a sent list (matched by the service's name, as typed with or without marks), and whether
the proposals still equal the version sent.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from knowledge.language.text import fold


class ProposalLike(Protocol):
    @property
    def id(self) -> int: ...

    @property
    def name(self) -> str: ...

    @property
    def sector(self) -> str: ...

    @property
    def tier(self) -> str: ...

    @property
    def level(self) -> int: ...

    @property
    def lead(self) -> str: ...

    @property
    def coordinate(self) -> tuple[str, ...]: ...

    @property
    def quarter(self) -> str: ...

    @property
    def note(self) -> str: ...


def line_of(p: ProposalLike) -> dict[str, Any]:
    """A proposal as the BIỂU 02 line the template prints."""
    return {
        "tier": p.tier,
        "field": p.sector,
        "name": p.name,
        "l3": p.level == 3,
        "l4": p.level == 4,
        "lead": p.lead,
        "coordinate": ", ".join(p.coordinate),
        "quarter": p.quarter,
        "note": p.note,
    }


def data_of(line: dict[str, Any]) -> dict[str, Any]:
    """A BIỂU 02 line as a proposal's fields (a coordinating cell is split at its commas)."""
    coordinate = str(line.get("coordinate") or "").replace(";", ",")
    return {
        "name": str(line.get("name") or "").strip(),
        "sector": str(line.get("field") or "").strip(),
        "tier": str(line.get("tier") or "tinh"),
        "level": 4 if line.get("l4") else 3,
        "lead": str(line.get("lead") or "").strip(),
        "coordinate": [x.strip() for x in coordinate.split(",") if x.strip()],
        "quarter": str(line.get("quarter") or "").strip(),
        "note": str(line.get("note") or "").strip(),
    }


def _shape(line: dict[str, Any]) -> tuple:
    d = data_of(line)
    return (
        fold(d["name"]),
        d["sector"],
        d["tier"],
        d["level"],
        d["lead"],
        tuple(d["coordinate"]),
        d["quarter"],
        d["note"],
    )


def same_as_sent(proposals: Sequence[ProposalLike], sent_lines: list[dict[str, Any]]) -> bool:
    """The active proposals hold what was sent (order aside)."""
    return sorted(_shape(line_of(p)) for p in proposals) == sorted(_shape(x) for x in sent_lines)


@dataclass
class SyncPlan:
    """How the unit's proposals change to hold a sent list."""

    edits: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    restores: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    adds: list[dict[str, Any]] = field(default_factory=list)
    withdraws: list[int] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.edits or self.restores or self.adds or self.withdraws)


def plan_sync(
    active: Sequence[ProposalLike],
    withdrawn: Sequence[ProposalLike],
    lines: list[dict[str, Any]],
) -> SyncPlan:
    """Each sent line edits the active proposal of its name (kept when equal), else restores a
    withdrawn one of its name, else is added; an active proposal the list does not name is
    withdrawn (kept, restorable)."""
    plan = SyncPlan()
    live = {fold(p.name): p for p in active}
    gone = {fold(p.name): p for p in withdrawn}
    used: set[int] = set()
    for line in lines:
        data = data_of(line)
        key = fold(data["name"])
        if key in live and live[key].id not in used:
            p = live[key]
            used.add(p.id)
            if _shape(line_of(p)) != _shape(line):
                plan.edits.append((p.id, data))
        elif key in gone and gone[key].id not in used:
            used.add(gone[key].id)
            plan.restores.append((gone[key].id, data))
        else:
            plan.adds.append(data)
    plan.withdraws = [p.id for p in active if p.id not in used]
    return plan
