"""Proposals (BIỂU 02) as use cases: asked field by field, saved at the last one, edited with a
logged change that can be undone, withdrawn and restored."""

from __future__ import annotations

from tests.usecases.conftest import caller, officer
from usecases import proposals
from usecases.proposals import Action, AskStep, Created, Edited, Moved, Reverted
from usecases.results import Refusal

ANSWERS = ["Cấp phép di dời công trình", "skip", "tinh", "4", "me", "none", "II", "skip"]


def fill(desk, user: int, first: AskStep, answers: list[str]):
    result = first
    for value in answers:
        assert isinstance(result, AskStep), result
        result = desk.call(proposals.answer_step, caller(desk, user), result.prompt, value)
    return result


def test_a_proposal_is_asked_step_by_step_and_saved_at_the_end(desk):
    assert isinstance(desk.call(proposals.start_proposal, caller(desk, 2001)), Refusal)
    who = officer(desk)
    first = desk.call(proposals.start_proposal, who)
    assert isinstance(first, AskStep) and first.prompt.step == "name"
    short = desk.call(proposals.answer_step, who, first.prompt, "ab")
    assert isinstance(short, AskStep) and short.complaint and short.prompt.step == "name"
    assert desk.proposals.list() == []  # nothing saved before the last step
    created = fill(desk, 1001, first, ANSWERS)
    assert isinstance(created, Created) and created.proposal.name == ANSWERS[0]
    (saved,) = desk.proposals.list("Sở Xây dựng")
    assert (saved.tier, saved.level, saved.lead, saved.quarter) == (
        "tinh",
        4,
        "Sở Xây dựng",
        "Quý II/2021",
    )
    assert caller(desk, 1001).waiting is None


def test_an_edit_is_logged_and_undone_withdraw_and_restore(desk):
    who = officer(desk)
    created = fill(desk, 1001, desk.call(proposals.start_proposal, who), ANSWERS)
    assert isinstance(created, Created)
    pid = created.proposal.id
    editing = desk.call(proposals.change_proposal, who, Action.EDIT, pid)
    assert isinstance(editing, AskStep) and editing.prompt.id == pid
    edited = fill(desk, 1001, editing, ["f_level", "3"])
    assert isinstance(edited, Edited) and edited.change is not None
    assert desk.proposals.get(pid).level == 3
    undone = desk.call(proposals.undo_edit, caller(desk, 1001), edited.change.id)
    assert isinstance(undone, Reverted) and desk.proposals.get(pid).level == 4
    assert isinstance(
        desk.call(proposals.undo_edit, caller(desk, 1002), undone.change.id), Refusal
    )
    withdrawn = desk.call(proposals.change_proposal, who, Action.WITHDRAW, pid)
    assert isinstance(withdrawn, Moved) and desk.proposals.list() == []
    again = desk.call(proposals.change_proposal, who, Action.WITHDRAW, pid)
    assert isinstance(again, Refusal)
    restored = desk.call(proposals.change_proposal, who, Action.RESTORE, pid)
    assert isinstance(restored, Moved) and len(desk.proposals.list()) == 1
    assert isinstance(desk.call(proposals.change_proposal, who, Action.EDIT, 10**30), Refusal)


def test_the_lists_own_for_an_officer_every_for_an_admin(desk):
    who = officer(desk)
    fill(desk, 1001, desk.call(proposals.start_proposal, who), ANSWERS)
    own = desk.call(proposals.own_proposals, who)
    assert isinstance(own, proposals.AgencyProposals) and len(own.proposals) == 1
    assert own.due is not None and own.due.isoformat() == "2021-04-20"
    assert isinstance(desk.call(proposals.every_proposal, who), Refusal)
    every = desk.call(proposals.every_proposal, caller(desk, 9000))
    assert isinstance(every, proposals.AllProposals) and len(every.proposals) == 1
