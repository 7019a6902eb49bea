"""Proposals of additional services (BIỂU 02): the window they are taken in, who may add, edit,
withdraw and restore one, and the answers each step of the form accepts.

An officer proposes for their own agency and changes only their agency's proposals, up to the
date of the province's task that asks for BIỂU 02; an admin changes any proposal at any time, and
proposes (for the agency they are an officer of) after that date too.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import StrEnum
from typing import Protocol

from knowledge.calendar.deadlines import is_past
from knowledge.catalogue.model import Province
from knowledge.language.text import fold
from knowledge.rules.decisions import Refusal, Refused
from knowledge.rules.officers import Actor
from knowledge.rules.proposal_steps import (
    FIELD_NAMES,
    PICK,
    field_named,
    field_shaped,
    typed_answer,
)


class ProposalState(StrEnum):
    ACTIVE = "active"
    WITHDRAWN = "withdrawn"


class Action(StrEnum):
    EDIT = "edit"
    WITHDRAW = "withdraw"
    RESTORE = "restore"


TIERS = {"tinh": "Cấp tỉnh", "huyen": "Cấp huyện", "xa": "Cấp xã"}
# the two periods BIỂU 02 column (7) allows
QUARTERS = {"II": "Quý II/2021", "III": "Quý III/2021"}
LEVELS = ("3", "4")
STEPS = ("name", "sector", "tier", "level", "lead", "coordinate", "quarter", "note")
MIN_NAME = 5
MAX_NAME = 500
MAX_TEXT = 300


class Proposed(Protocol):
    @property
    def agency(self) -> str: ...

    @property
    def state(self) -> ProposalState: ...


def deadline(province: Province) -> date | None:
    """The date proposals are due: the province's task that asks for BIỂU 02."""
    task = next((t for t in province.tasks if t.form.lower().replace(" ", "") == "biểu02"), None)
    return task.due if task else None


def window_closed(province: Province, today: date, who: Actor) -> Refusal | None:
    due = deadline(province)
    if due and is_past(due, today) and not who.is_admin:
        return Refusal(Refused.PROPOSALS_CLOSED, due=due)
    return None


def may_propose(
    province: Province, today: date, who: Actor, agency: str | None = None
) -> Refusal | None:
    """A new proposal, for `who`'s own agency (`agency`: the one the form was started for)."""
    if who.agency is None:
        if who.is_admin:
            return Refusal(Refused.ADMIN_WITHOUT_AGENCY)
        return Refusal(Refused.NOT_OFFICER)
    if agency is not None and agency != who.agency:
        return Refusal(Refused.NO_LONGER_OFFICER, agency=agency)
    return window_closed(province, today, who)


def may_change(
    province: Province, today: date, who: Actor, action: Action, proposal: Proposed | None
) -> Refusal | None:
    """Edit or withdraw an active proposal, restore a withdrawn one: its agency's officers, or an
    admin.
    """
    if who.agency is None and not who.is_admin:
        return Refusal(Refused.NOT_APPROVED)
    closed = window_closed(province, today, who)
    if closed:
        return closed
    if proposal is None or (proposal.agency != who.agency and not who.is_admin):
        return Refusal(Refused.PROPOSAL_NOT_YOURS)
    wanted = ProposalState.WITHDRAWN if action == Action.RESTORE else ProposalState.ACTIVE
    if proposal.state != wanted:
        return Refusal(
            Refused.PROPOSAL_NOT_WITHDRAWN
            if action == Action.RESTORE
            else Refused.PROPOSAL_WITHDRAWN
        )
    return None


ALL_WORDS = ("tatca", "tat ca", "all")  # /dexuat tatca: every proposal, a list, not the form


def restarts_form(text: str) -> bool:
    """/dexuat typed while a proposal is being entered (not /dexuat tatca): its handler asks
    whether to go on with the one begun or start again, instead of dropping it."""
    head, _, rest = text.strip().partition(" ")
    return head.split("@")[0].lower() == "/dexuat" and fold(rest) not in ALL_WORDS


def choices() -> dict[str, dict[str, str]]:
    """The steps answered by a button, each button's value and label."""
    return {"tier": TIERS, "level": {v: f"Mức {v}" for v in LEVELS}, "quarter": QUARTERS}


def step_answer(step: str, typed: str, editing: bool) -> str | None:
    """The button of `step` that the typed words name ("muc 3", "quy 3", "ko"), or None; at
    an edit's first question (which field?), a field's name or a field-shaped answer."""
    if step == PICK:
        if field_named(typed):
            return typed
        shaped = field_shaped(typed, choices())
        return shaped[1] if shaped else None
    return typed_answer(step, typed, choices(), editing)


def looks_like_other_field(typed: str) -> str | None:
    """A name typed that is another field's answer ("muc 4"): that field, to ask again."""
    shaped = field_shaped(typed, choices())
    return shaped[0] if shaped else None


def accept(state: dict, value: str, resolve: Callable[[str], str | None]) -> Refusal | None:
    """Store the answer to the current step in `state["data"]`; returns why not when it is not
    acceptable. `resolve` names an agency from what the officer typed.
    """
    step, data = state["step"], state["data"]
    value = step_answer(step, value, bool(state.get("id"))) or value
    if value == "keep" and state.get("id"):
        return None
    if step == "name":
        if len(value) < MIN_NAME:
            return Refusal(Refused.NAME_TOO_SHORT)
        other = looks_like_other_field(value)
        if other:  # "muc 4" typed where the name is asked: not a service's name
            return Refusal(Refused.NAME_LOOKS_LIKE, text=value, field=FIELD_NAMES[other])
        data["name"] = value[:MAX_NAME]
    elif step == "sector":
        other = looks_like_other_field(value)
        if other:  # "muc 4" typed where the sector is asked: the level's answer, not a sector
            return Refusal(Refused.SECTOR_LOOKS_LIKE, text=value, field=FIELD_NAMES[other])
        data["sector"] = "" if value == "skip" else value[:MAX_TEXT]
    elif step == "tier":
        if value not in TIERS:
            return Refusal(Refused.PICK_TIER)
        data["tier"] = value
    elif step == "level":
        if value not in LEVELS:
            return Refusal(Refused.PICK_LEVEL)
        data["level"] = int(value)
    elif step == "lead":
        name = state["agency"] if value == "me" else resolve(value)
        if name is None:
            return Refusal(Refused.UNKNOWN_LEAD, text=value)
        data["lead"] = name
    elif step == "coordinate":
        names = []
        for part in [] if value == "none" else value.replace(";", ",").split(","):
            if part.strip():
                found = resolve(part.strip())
                if found is None:
                    return Refusal(Refused.UNKNOWN_COORDINATE, text=part.strip())
                names.append(found)
        data["coordinate"] = list(dict.fromkeys(names))
    elif step == "quarter":
        code = value.upper().replace("QUÝ", "").replace("QUY", "").strip().split("/")[0].strip()
        if code not in QUARTERS:
            return Refusal(Refused.PICK_QUARTER)
        data["quarter"] = QUARTERS[code]
    elif step == "note":
        data["note"] = "" if value == "skip" else value[:MAX_TEXT]
    else:
        raise ValueError(f"unknown proposal step {step!r}")
    return None
