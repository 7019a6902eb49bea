"""Proposals of additional services (BIỂU 02): the agency's list (and every one, for admins),
a new one or an edit field by field, withdrawing and restoring, undoing an edit.

The window, who may change which proposal and what each step accepts are
knowledge/rules/proposals.py; the log and when an edit may be undone,
knowledge/rules/proposal_changes.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from db.proposal_repo import ProposalView
from knowledge.language.text import fold
from knowledge.messages.undo_spent import proposal_undone
from knowledge.rules.proposal_changes import LoggedChange, may_undo, newer_change
from knowledge.rules.proposal_steps import PICK, field_named, field_shaped
from knowledge.rules.proposals import (
    QUARTERS,
    STEPS,
    TIERS,
    Action,
    ProposalState,
    accept,
    choices,
    deadline,
    may_change,
    may_propose,
    window_closed,
)
from usecases import prompts
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.drafts import resume_proposal
from usecases.prompt_kinds import LISTED, ProposalPrompt
from usecases.proposal_sync import SentDiffers, sent_differs
from usecases.results import Refusal, Refused, known_id
from usecases.runner import use_case

# what the chat shows of a proposal: its steps and their choices, its state, its log
__all__ = [
    "FIELD_BUTTON",
    "PICK",
    "QUARTERS",
    "STEPS",
    "TIERS",
    "Action",
    "LoggedChange",
    "ProposalState",
    "ProposalView",
    "SentDiffers",
]


@dataclass(frozen=True)
class AgencyProposals:
    agency: str
    proposals: tuple[ProposalView, ...]
    due: date | None
    differs: SentDiffers | None = None  # the BIỂU 02 sent no longer equals these
    opens: bool = False  # a new proposal may be made: its name may be typed next
    # the window closed (knowledge/rules/proposals.py `window_closed`): why nothing may be
    # added, edited or withdrawn any more, said with the list instead of its buttons
    closed: str = ""


@dataclass(frozen=True)
class AllProposals:
    proposals: tuple[ProposalView, ...]  # withdrawn ones too, by agency


@dataclass(frozen=True)
class AskStep:
    """The next field to ask (`complaint`: why the answer before was not taken)."""

    prompt: ProposalPrompt
    complaint: str | None = None


@dataclass(frozen=True)
class Created:
    proposal: ProposalView
    differs: SentDiffers | None = None


@dataclass(frozen=True)
class Edited:
    proposal: ProposalView
    change: LoggedChange | None  # None: every answer equals what was stored, nothing written
    differs: SentDiffers | None = None


@dataclass(frozen=True)
class Moved:
    """Withdrawn or restored."""

    proposal: ProposalView
    action: Action
    differs: SentDiffers | None = None


@dataclass(frozen=True)
class Reverted:
    proposal: ProposalView
    change: LoggedChange  # the undo, logged (itself undoable)
    differs: SentDiffers | None = None
    redone: bool = False  # it undid an undo: the edit made again ("↪️ Làm lại")


@use_case(writes=True)
def own_proposals(desk: Desk, caller: Caller) -> AgencyProposals | Refusal:
    """/dexuat: the agency's proposals. While it may propose, the chat then waits for a new
    one's name: the next text that reads as a service's name is taken as `/dexuat <tên>` takes
    it (knowledge/reader/proposal_names.py); any other ends the wait without a word."""
    if caller.agency is None:
        return Refusal(Refused.NOT_REGISTERED, registration=caller.registration)
    mine = tuple(desk.proposals.list(caller.agency))
    due = deadline(desk.province)
    today = desk.clock.today()
    opens = may_propose(desk.province, today, caller.actor) is None
    if opens and caller.chat_id is not None:
        listed = ProposalPrompt(caller.agency, STEPS[0], {LISTED: True})
        prompts.wait_for(desk, caller.chat_id, caller.user_id, listed)
    closed = window_closed(desk.province, today, caller.actor)
    return AgencyProposals(
        caller.agency,
        mine,
        due,
        sent_differs(desk, caller.agency),
        opens,
        closed.reason if closed is not None else "",
    )


@use_case(writes=False)
def every_proposal(desk: Desk, caller: Caller) -> AllProposals | Refusal:
    """/dexuat tatca, for admins."""
    if not caller.is_admin:
        return Refusal(Refused.ADMINS_SEE_ALL)
    return AllProposals(tuple(desk.proposals.list(include_withdrawn=True)))


def _ask(desk: Desk, caller: Caller, prompt: ProposalPrompt, complaint: str | None = None):
    assert caller.chat_id is not None
    prompts.wait_for(desk, caller.chat_id, caller.user_id, prompt)
    return AskStep(prompt, complaint)


@use_case(writes=True)
def start_proposal(desk: Desk, caller: Caller, name: str = "") -> AskStep | Refusal:
    """A new proposal: its first field asked; `name` typed after /dexuat answers it (the
    service's name), and the next field is asked."""
    refusal = may_propose(desk.province, desk.clock.today(), caller.actor)
    if refusal:
        return refusal
    assert caller.agency is not None
    asked = _ask(desk, caller, ProposalPrompt(caller.agency, STEPS[0]))
    if not name.strip():
        return asked
    answered = answer_step(desk, caller, asked.prompt, name)
    assert not isinstance(answered, Created | Edited)  # the name is not the last field
    return answered


AGAIN = "_again"  # in a prompt's data: what the /dexuat typed part-way asked to start with
RESUME, RESTART = "resume", "restart"  # the answers to "go on, or start again?"


@dataclass(frozen=True)
class GoOnOrRestart:
    """/dexuat typed while a proposal is being entered: go on with it, or start again."""

    prompt: ProposalPrompt
    answered: int  # the steps answered so far


@use_case(writes=True)
def interrupted(desk: Desk, caller: Caller, typed: str) -> GoOnOrRestart | None:
    """The proposal being entered, kept, and the question; None when none is. One that a
    command ended is taken up from its draft (usecases/drafts.py)."""
    waiting = caller.waiting
    prompt = waiting.prompt if waiting else None
    if not isinstance(prompt, ProposalPrompt) or prompt.listed:
        prompt = resume_proposal(desk, caller)
    if prompt is None or caller.chat_id is None:
        return None
    kept = ProposalPrompt(prompt.agency, prompt.step, {**prompt.data, AGAIN: typed}, prompt.id)
    prompts.wait_for(desk, caller.chat_id, caller.user_id, kept)
    return GoOnOrRestart(kept, STEPS.index(prompt.step) if prompt.step in STEPS else 0)


def _go_on_or_restart(desk: Desk, caller: Caller, prompt: ProposalPrompt, value: str):
    data = dict(prompt.data)
    again = str(data.pop(AGAIN, "") or "")
    if value == RESUME:
        return _ask(desk, caller, ProposalPrompt(prompt.agency, prompt.step, data, prompt.id))
    if prompt.id:  # an edit started again: which field, again
        return _ask(desk, caller, ProposalPrompt(prompt.agency, PICK, data, prompt.id))
    assert caller.chat_id is not None
    prompts.take(desk, caller.chat_id, caller.user_id)
    typed = "" if fold(again) in ("", "them", "moi", "them moi") else again
    return start_proposal(desk, caller, typed)


@use_case(writes=True)
def change_proposal(
    desk: Desk, caller: Caller, action: Action, proposal_id: int
) -> AskStep | Moved | Refusal:
    """Edit (its first field asked, each showing the value stored), withdraw or restore."""
    proposal = desk.proposals.get(proposal_id) if known_id(proposal_id) else None
    refusal = may_change(desk.province, desk.clock.today(), caller.actor, action, proposal)
    if refusal:
        return refusal
    assert proposal is not None
    if action == Action.EDIT:
        data = {k: getattr(proposal, k) for k in STEPS}
        data["coordinate"] = list(proposal.coordinate)
        # which field first: an edit changes the one chosen (the first thing typed was the name)
        return _ask(desk, caller, ProposalPrompt(proposal.agency, PICK, data, proposal.id))
    now = desk.clock.now()
    if action == Action.WITHDRAW:
        done = desk.proposals.withdraw(proposal.id, caller.user_id, now)
    else:
        done = desk.proposals.restore(proposal.id, caller.user_id, now)
    if done is None:  # someone else withdrew or restored it a moment ago
        return Refusal(Refused.PROPOSAL_CHANGED, proposal_id=proposal.id)
    return Moved(done, action, sent_differs(desk, done.agency))


@use_case(writes=True)
def answer_step(
    desk: Desk, caller: Caller, prompt: ProposalPrompt, value: str
) -> AskStep | Created | Edited | Refusal:
    """The answer to the field asked (typed, or a step button's value): the next field, or at
    the last one the proposal saved (decided again: the window may have closed, or the rights
    changed, while the form was open)."""
    assert caller.chat_id is not None
    if value in (RESUME, RESTART):
        return _go_on_or_restart(desk, caller, prompt, value)
    if AGAIN in prompt.data or LISTED in prompt.data:  # going on; or the name after the list
        data = {k: v for k, v in prompt.data.items() if k not in (AGAIN, LISTED)}
        prompt = ProposalPrompt(prompt.agency, prompt.step, data, prompt.id)
    if prompt.step == PICK:
        picked = _picked(value)
        if picked is None:
            return _ask(desk, caller, prompt, Refusal(Refused.PICK_FIELD).reason)
        field, shaped = picked
        prompt = ProposalPrompt(prompt.agency, field, prompt.data, prompt.id)
        if shaped is None:  # the field chosen: its question
            return _ask(desk, caller, prompt)
        value = shaped
    state = prompt.state()
    complaint = accept(state, value.strip(), desk.assistant.agencies.resolve)
    if complaint:
        return _ask(desk, caller, prompt, complaint.reason)
    index = STEPS.index(state["step"])
    if not state.get("id") and index + 1 < len(STEPS):
        state["step"] = STEPS[index + 1]
        return _ask(desk, caller, ProposalPrompt.of(state))
    prompts.take(desk, caller.chat_id, caller.user_id)
    today, who, proposal_id = desk.clock.today(), caller.actor, state.get("id")
    refusal = (
        may_change(desk.province, today, who, Action.EDIT, desk.proposals.get(proposal_id))
        if proposal_id
        else may_propose(desk.province, today, who, state["agency"])
    )
    if refusal:
        return Refusal(Refused.NOT_SAVED, refusal=refusal)
    now = desk.clock.now()
    if proposal_id:
        edited = desk.proposals.edit(proposal_id, state["data"], caller.user_id, now)
        if edited is None:
            return Refusal(Refused.WITHDRAWN_WHILE_EDITING)
        return Edited(*edited, sent_differs(desk, edited[0].agency))
    saved = desk.proposals.add(state["agency"], caller.user_id, state["data"], now)
    return Created(saved, sent_differs(desk, saved.agency))


FIELD_BUTTON = "f_"  # the value of an edit's field button: "f_level"


def _picked(value: str) -> tuple[str, str | None] | None:
    """An edit's field: pressed, named ("mức"), or answered straight ("muc 4": the level, 4)."""
    if value.startswith(FIELD_BUTTON) and value[len(FIELD_BUTTON) :] in STEPS:
        return value[len(FIELD_BUTTON) :], None
    named = field_named(value)
    if named:
        return named, None
    shaped = field_shaped(value, choices())
    return shaped


@use_case(writes=True)
def undo_edit(desk: Desk, caller: Caller, change_id: int) -> Reverted | Refusal:
    """Put back the values before that edit, if knowledge/rules/proposal_changes.py allows;
    the undo is logged like the edit."""
    repo = desk.proposals
    change = repo.change(change_id) if known_id(change_id) else None
    proposal = repo.get(change.proposal_id) if change else None
    latest = repo.latest_change(change.proposal_id) if change else None
    if change is not None and latest not in (None, change.id):
        spent = _spent(desk, caller, change)
        if spent is not None:  # pressed again: said, nothing written
            return spent
    now = desk.clock.now()
    decision = may_undo(
        desk.province, desk.clock.today(), now, caller.actor, change, proposal, latest
    )
    if isinstance(decision, Refusal):
        return decision
    assert change is not None
    reverted = repo.revert(change, caller.user_id, now)
    if reverted is None:  # another change came in between our read and our write
        return newer_change(change.proposal_id)
    redone = change.undoes is not None
    return Reverted(*reverted, sent_differs(desk, reverted[0].agency), redone)


def _spent(desk: Desk, caller: Caller, change: LoggedChange) -> Refusal | None:
    """ "Hoàn tác" of an edit pressed again after its undo: when it was undone and the values it
    put back, by the edit's writer or an admin (u28: "đã thay đổi sau lần sửa này")."""
    if not caller.is_admin and caller.user_id != change.by:
        return None
    log = desk.proposals.changes(change.proposal_id)
    taken = next((c for c in log if c.undoes == change.id), None)
    if taken is None:
        return None
    again = next((c for c in log if c.undoes == taken.id), None)
    return Refusal(proposal_undone(change, taken, again))
