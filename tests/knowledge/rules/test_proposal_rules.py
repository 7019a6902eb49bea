"""The BIỂU 02 window, who may add, edit, withdraw and restore a proposal, and what each step of
the form accepts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from knowledge.rules.decisions import Refusal, Refused
from knowledge.rules.officers import Actor
from knowledge.rules.proposals import (
    STEPS,
    Action,
    ProposalState,
    accept,
    deadline,
    may_change,
    may_propose,
)

OFFICER = Actor(1001, "Sở Xây dựng", False)
OTHER = Actor(2003, "Sở Y tế", False)
STRANGER = Actor(2001, None, False)
ADMIN = Actor(9000, None, True)
ADMIN_OFFICER = Actor(9000, "Sở Y tế", True)
OPEN, CLOSED = date(2021, 4, 20), date(2021, 4, 21)


@dataclass(frozen=True)
class Proposal:
    agency: str
    state: ProposalState


ACTIVE = Proposal("Sở Xây dựng", ProposalState.ACTIVE)
WITHDRAWN = Proposal("Sở Xây dựng", ProposalState.WITHDRAWN)


@pytest.fixture(scope="module")
def tq(catalogue):
    return catalogue.province("tuyen-quang")


def test_the_window_is_the_biểu_02_task(catalogue, tq):
    assert deadline(tq) == date(2021, 4, 20)
    assert deadline(catalogue.province("khanh-hoa")) is None  # no BIỂU 02 there: never closes


@pytest.mark.parametrize(
    ("who", "today", "allowed"),
    [
        (OFFICER, OPEN, True),
        (OFFICER, CLOSED, False),  # the due day itself is still open, the next is not
        (ADMIN_OFFICER, CLOSED, True),
        (ADMIN, OPEN, False),  # an admin of no agency has nothing to propose for
        (STRANGER, OPEN, False),
    ],
)
def test_who_may_propose(tq, who, today, allowed):
    assert (may_propose(tq, today, who) is None) == allowed


def test_a_form_started_for_an_agency_is_saved_only_by_its_officer(tq):
    assert may_propose(tq, OPEN, OFFICER, "Sở Xây dựng") is None
    refusal = may_propose(tq, OPEN, OTHER, "Sở Xây dựng")
    assert isinstance(refusal, Refusal) and "không còn là cán bộ" in refusal.reason


def test_past_the_window_the_refusal_names_the_date(tq):
    refusal = may_propose(tq, CLOSED, OFFICER)
    assert isinstance(refusal, Refusal) and "20/4/2021" in refusal.reason


@pytest.mark.parametrize(
    ("who", "today", "action", "proposal", "allowed"),
    [
        (OFFICER, OPEN, Action.EDIT, ACTIVE, True),
        (OFFICER, OPEN, Action.WITHDRAW, ACTIVE, True),
        (OFFICER, OPEN, Action.RESTORE, WITHDRAWN, True),
        (OFFICER, OPEN, Action.EDIT, WITHDRAWN, False),
        (OFFICER, OPEN, Action.WITHDRAW, WITHDRAWN, False),
        (OFFICER, OPEN, Action.RESTORE, ACTIVE, False),
        (OFFICER, CLOSED, Action.WITHDRAW, ACTIVE, False),
        (OFFICER, CLOSED, Action.RESTORE, WITHDRAWN, False),
        (OFFICER, OPEN, Action.EDIT, None, False),
        (OTHER, OPEN, Action.EDIT, ACTIVE, False),
        (OTHER, OPEN, Action.WITHDRAW, ACTIVE, False),
        (STRANGER, OPEN, Action.WITHDRAW, ACTIVE, False),
        (ADMIN, CLOSED, Action.EDIT, ACTIVE, True),
        (ADMIN, CLOSED, Action.WITHDRAW, ACTIVE, True),
        (ADMIN, CLOSED, Action.RESTORE, WITHDRAWN, True),
    ],
)
def test_who_may_change_a_proposal(tq, who, today, action, proposal, allowed):
    assert (may_change(tq, today, who, action, proposal) is None) == allowed


@pytest.mark.parametrize(
    ("who", "today", "action", "proposal", "code"),
    [
        (STRANGER, OPEN, Action.EDIT, ACTIVE, Refused.NOT_APPROVED),
        (OFFICER, CLOSED, Action.EDIT, ACTIVE, Refused.PROPOSALS_CLOSED),
        (OTHER, OPEN, Action.EDIT, ACTIVE, Refused.PROPOSAL_NOT_YOURS),
        (OFFICER, OPEN, Action.EDIT, None, Refused.PROPOSAL_NOT_YOURS),
        (OFFICER, OPEN, Action.EDIT, WITHDRAWN, Refused.PROPOSAL_WITHDRAWN),
        (OFFICER, OPEN, Action.RESTORE, ACTIVE, Refused.PROPOSAL_NOT_WITHDRAWN),
    ],
)
def test_a_refused_change_carries_its_code(tq, who, today, action, proposal, code):
    refusal = may_change(tq, today, who, action, proposal)
    assert isinstance(refusal, Refusal) and refusal.code == code


def test_a_refused_proposal_carries_its_code_and_raw_values(tq):
    assert may_propose(tq, OPEN, ADMIN) == Refusal(Refused.ADMIN_WITHOUT_AGENCY)
    assert may_propose(tq, OPEN, STRANGER) == Refusal(Refused.NOT_OFFICER)
    assert may_propose(tq, CLOSED, OFFICER) == Refusal(Refused.PROPOSALS_CLOSED, due=OPEN)
    named = "<Sở> & Xây dựng"
    assert may_propose(tq, OPEN, OTHER, named) == Refusal(Refused.NO_LONGER_OFFICER, agency=named)


def run(values, resolve=None):
    """Answer every step in turn; returns the data or the first complaint."""
    resolve = resolve or {"sxd": "Sở Xây dựng", "so y te": "Sở Y tế"}.get
    state = {"agency": "Sở Xây dựng", "data": {}, "id": None}
    for step, value in zip(STEPS, values, strict=True):
        state["step"] = step
        complaint = accept(state, value, resolve)
        if complaint:
            return complaint
    return state["data"]


def test_a_whole_form():
    data = run(
        ["Cấp phép di dời", "skip", "huyen", "4", "me", "sxd; so y te, sxd", "quý iii", "x"]
    )
    assert data == {
        "name": "Cấp phép di dời",
        "sector": "",
        "tier": "huyen",
        "level": 4,
        "lead": "Sở Xây dựng",
        "coordinate": ["Sở Xây dựng", "Sở Y tế"],
        "quarter": "Quý III/2021",
        "note": "x",
    }


@pytest.mark.parametrize(
    ("index", "value", "code", "complaint"),
    [
        (0, "abc", Refused.NAME_TOO_SHORT, "quá ngắn"),
        (2, "tinhh", Refused.PICK_TIER, "Cấp tỉnh"),
        (3, "5", Refused.PICK_LEVEL, "Mức 3 hoặc Mức 4"),
        (4, "<Bộ>", Refused.UNKNOWN_LEAD, "&lt;Bộ&gt;"),
        (5, "sxd, không rõ", Refused.UNKNOWN_COORDINATE, "không rõ"),
        (6, "Quý IV", Refused.PICK_QUARTER, "Quý II/2021 hoặc Quý III/2021"),
    ],
)
def test_each_step_refuses_what_it_cannot_take(index, value, code, complaint):
    values = ["Cấp phép di dời", "Xây dựng", "tinh", "3", "me", "none", "II", "skip"]
    values[index] = value
    result = run(values)
    assert isinstance(result, Refusal) and result.code == code and complaint in result.reason


def test_keep_leaves_an_edited_answer_as_it_was():
    state = {"agency": "Sở Xây dựng", "data": {"level": 3}, "id": 7, "step": "level"}
    assert accept(state, "keep", lambda _: None) is None and state["data"] == {"level": 3}
    state["id"] = None  # a new proposal has nothing to keep
    assert accept(state, "keep", lambda _: None) is not None
