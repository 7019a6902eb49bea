"""What a rule answers when it says no: a code and the raw values the sentence needs.

A core decision returns either what to do (a new state, an agency to write for, what to restore)
or a Refusal; the front end persists the one and shows the other, and nothing changes on a
refusal. The rules build no text: the wording of every code lives in knowledge/messages/
refusals.py, which escapes the values as it puts them into the line.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Refused(StrEnum):
    """Why a rule (or a use case) says no. Each code has one wording in the messages module."""

    # A line already written (HTML-escaped) where the refusal is made: the use cases' own
    # sentences, and the rules not yet converted to codes (rules/statuses.py,
    # deliverables/submissions.py). data: line
    SAID = "said"

    # officers (rules/officers.py)
    NOT_OFFICER = "not_officer"
    ALREADY_OFFICER = "already_officer"  # agency
    REQUEST_PENDING = "request_pending"  # registration
    ADMINS_DECIDE = "admins_decide"
    NO_REQUEST = "no_request"  # user_id
    NEWER_REQUEST = "newer_request"  # name, agency
    ALREADY_APPROVED = "already_approved"  # name
    REVOKED_ASK_AGAIN = "revoked_ask_again"  # name
    APPROVED_REVOKE_INSTEAD = "approved_revoke_instead"  # name, user_id
    PENDING_REJECT_INSTEAD = "pending_reject_instead"  # name, user_id
    IN_STATE = "in_state"  # name, state

    # officers (usecases/officers.py)
    UNKNOWN_AGENCY_REGISTER = "unknown_agency_register"  # text
    STALE_AGENCY = "stale_agency"
    NEED_USER_ID = "need_user_id"  # command
    STALE_DECISION = "stale_decision"
    REQUEST_CHANGED = "request_changed"
    OFFICER_CHANGED = "officer_changed"
    ADMINS_LIST = "admins_list"
    REMINDERS_FOR_OFFICERS = "reminders_for_officers"  # registration

    # proposals (rules/proposals.py)
    PROPOSALS_CLOSED = "proposals_closed"  # due
    ADMIN_WITHOUT_AGENCY = "admin_without_agency"
    NO_LONGER_OFFICER = "no_longer_officer"  # agency
    NOT_APPROVED = "not_approved"
    PROPOSAL_NOT_YOURS = "proposal_not_yours"
    PROPOSAL_NOT_WITHDRAWN = "proposal_not_withdrawn"
    PROPOSAL_WITHDRAWN = "proposal_withdrawn"
    # the answers to the form's steps
    NAME_TOO_SHORT = "name_too_short"
    PICK_TIER = "pick_tier"
    PICK_LEVEL = "pick_level"
    UNKNOWN_LEAD = "unknown_lead"  # text
    UNKNOWN_COORDINATE = "unknown_coordinate"  # text
    PICK_QUARTER = "pick_quarter"

    # proposals (rules/proposal_changes.py)
    EDIT_NOT_FOUND = "edit_not_found"
    UNDO_TOO_LATE = "undo_too_late"  # proposal_id
    UNDO_NOT_YOURS = "undo_not_yours"
    UNDO_AFTER_CLOSE = "undo_after_close"  # due
    NEWER_PROPOSAL_CHANGE = "newer_proposal_change"  # proposal_id

    # proposals (usecases/proposals.py)
    NOT_REGISTERED = "not_registered"  # registration
    ADMINS_SEE_ALL = "admins_see_all"
    PROPOSAL_CHANGED = "proposal_changed"  # proposal_id
    NOT_SAVED = "not_saved"  # refusal (why the form's proposal is not saved)
    WITHDRAWN_WHILE_EDITING = "withdrawn_while_editing"

    # statuses (usecases/statuses.py)
    NOTHING_TO_UNDO = "nothing_to_undo"


@dataclass(frozen=True, init=False)
class Refusal:
    """`Refusal(Refused.IN_STATE, name=..., state=...)`: the values raw, never escaped.

    `Refusal(line)` with a plain string is a `Refused.SAID` refusal: a line already written and
    escaped, kept for the use cases' own sentences and the rules not yet converted.
    """

    code: Refused
    data: Mapping[str, Any] = field(hash=False)

    def __init__(self, code: Refused | str, /, **data: Any) -> None:
        if not isinstance(code, Refused):
            code, data = Refused.SAID, {"line": code}
        object.__setattr__(self, "code", code)
        object.__setattr__(self, "data", dict(data))

    @property
    def reason(self) -> str:
        """The line the front ends show (HTML-escaped), in the messages module's words. Asked
        there at the moment it is read, so the rules that make refusals import no wording."""
        from knowledge.messages.refusals import say  # the one door from the rules to wording

        return say(self)
