"""The officer lifecycle: which requests and decisions are allowed, who decides, and for which
agency an officer acts.
"""

from __future__ import annotations

import pytest

from knowledge.rules import officers
from knowledge.rules.decisions import Refusal, Refused
from knowledge.rules.officers import Actor, OfficerState, Registration

ADMIN = Actor(9000, None, True)
OFFICER = Actor(1001, "Sở Xây dựng", False)
P, A, RJ, RV = (
    OfficerState.PENDING,
    OfficerState.APPROVED,
    OfficerState.REJECTED,
    OfficerState.REVOKED,
)


def person(state: OfficerState | None, agency: str = "Sở Xây dựng") -> Registration | None:
    return None if state is None else Registration(1001, "Nguyễn Văn An", agency, state)


@pytest.mark.parametrize(
    ("state", "asked", "outcome"),
    [
        (None, "Sở Xây dựng", P),
        (P, "Sở Xây dựng", "đang chờ"),  # asking again does not ping the admins again
        (P, "Sở Y tế", P),  # a new request replaces the one before
        (A, "Sở Xây dựng", "đã là cán bộ"),
        (A, "Sở Y tế", P),  # moving to another agency needs a new approval
        (RJ, "Sở Xây dựng", P),  # a rejected user may ask again, an admin decides again
        (RV, "Sở Xây dựng", P),
    ],
)
def test_register(state, asked, outcome):
    decision = officers.register(person(state), asked)
    if isinstance(outcome, OfficerState):
        assert decision == outcome
    else:
        assert isinstance(decision, Refusal) and outcome in decision.reason


@pytest.mark.parametrize(
    ("rule", "state", "outcome"),
    [
        (officers.approve, P, A),
        (officers.approve, RJ, A),  # an admin changing their mind
        (officers.approve, A, "đã được duyệt"),
        (officers.approve, RV, "/dangky"),  # an old Duyệt button cannot bring them back
        (officers.approve, None, "Không có yêu cầu"),
        (officers.reject, P, RJ),
        (officers.reject, A, "/thuhoi"),
        (officers.reject, RJ, "bị từ chối"),
        (officers.reject, RV, "đã thu hồi"),
        (officers.reject, None, "Không có yêu cầu"),
    ],
)
def test_admin_decisions(rule, state, outcome):
    decision = rule(ADMIN, 1001, person(state))
    if isinstance(outcome, OfficerState):
        assert decision == outcome
    else:
        assert isinstance(decision, Refusal) and outcome in decision.reason


@pytest.mark.parametrize(
    ("state", "outcome"),
    [(A, RV), (P, "/tuchoi"), (RJ, "bị từ chối"), (RV, "đã thu hồi"), (None, "Không có")],
)
def test_revoke_only_an_approved_officer(state, outcome):
    decision = officers.revoke(ADMIN, 1001, person(state))
    if isinstance(outcome, OfficerState):
        assert decision == outcome
    else:
        assert isinstance(decision, Refusal) and outcome in decision.reason


@pytest.mark.parametrize("rule", [officers.approve, officers.reject, officers.revoke])
def test_only_admins_decide(rule):
    for who in (OFFICER, Actor(2001, None, False)):
        decision = rule(who, 1001, person(P if rule is not officers.revoke else A))
        assert isinstance(decision, Refusal) and "Chỉ quản trị viên" in decision.reason


def test_a_button_for_a_replaced_request_decides_nothing():
    moved = person(P, "Sở Y tế")
    for rule in (officers.approve, officers.reject):
        decision = rule(ADMIN, 1001, moved, "Sở Xây dựng")
        assert isinstance(decision, Refusal) and "Sở Y tế" in decision.reason
    assert officers.approve(ADMIN, 1001, moved, "Sở Y tế") == A


def test_names_are_escaped_in_refusals():
    current = Registration(1001, "<b>An</b>", "Sở Xây dựng", A)
    decision = officers.approve(ADMIN, 1001, current)
    assert isinstance(decision, Refusal) and "&lt;b&gt;An&lt;/b&gt;" in decision.reason


@pytest.mark.parametrize(
    ("state", "agency"), [(A, "Sở Xây dựng"), (P, None), (RJ, None), (RV, None)]
)
def test_only_an_approved_officer_acts_for_an_agency(state, agency):
    assert officers.acting_agency(person(state)) == agency
    who = officers.actor(1001, person(state), [9000])
    assert who == Actor(1001, agency, False)
    assert (officers.may_write(who) is None) == (agency is not None)


def test_admins_are_the_configured_ids():
    assert officers.actor(9000, None, [9000]) == ADMIN
    assert officers.may_write(ADMIN) is None
    assert not officers.is_admin(None, [9000]) and not officers.is_admin(9001, [9000])


def test_states_are_their_stored_strings():
    assert OfficerState("approved") is A and A == "approved"
    with pytest.raises(ValueError):
        OfficerState("aproved")


def test_refusals_carry_a_code_and_the_raw_values():
    """The rules name the case and hand over the values unescaped; the wording is the messages
    module's (tests/knowledge/messages)."""
    named = Registration(1001, "<b>An</b>", "Sở Xây dựng", A)
    assert officers.approve(ADMIN, 1001, named) == Refusal(
        Refused.ALREADY_APPROVED, name="<b>An</b>"
    )
    assert officers.reject(ADMIN, 1001, named) == Refusal(
        Refused.APPROVED_REVOKE_INSTEAD, name="<b>An</b>", user_id=1001
    )
    assert officers.revoke(ADMIN, 1001, person(RJ)) == Refusal(
        Refused.IN_STATE, name="Nguyễn Văn An", state=RJ
    )
    assert officers.revoke(OFFICER, 1001, person(A)) == Refusal(Refused.ADMINS_DECIDE)
    assert officers.approve(ADMIN, 1001, None) == Refusal(Refused.NO_REQUEST, user_id=1001)
    assert officers.approve(ADMIN, 1001, person(P, "Sở Y tế"), "Sở Xây dựng") == Refusal(
        Refused.NEWER_REQUEST, name="Nguyễn Văn An", agency="Sở Y tế"
    )
    assert officers.register(person(A), "Sở Xây dựng") == Refusal(
        Refused.ALREADY_OFFICER, agency="Sở Xây dựng"
    )
    assert officers.register(person(P), "Sở Xây dựng") == Refusal(
        Refused.REQUEST_PENDING, registration=person(P)
    )
    assert officers.may_write(Actor(2001, None, False)) == Refusal(Refused.NOT_OFFICER)
