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
    # sentences (the rules make none). data: line
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
    REMINDERS_FOR_ADMINS = "reminders_for_admins"  # an agencyless admin gets the digest

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
    NAME_LOOKS_LIKE = "name_looks_like"  # text, field: a name typed that answers another field
    SECTOR_LOOKS_LIKE = "sector_looks_like"  # text, field: the same at the sector's step
    PICK_FIELD = "pick_field"  # an edit's field not chosen
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

    # statuses (rules/statuses.py): for whom a status is written
    ROW_UNASSIGNED = "row_unassigned"  # key
    GROUP_REGISTRATION = "group_registration"  # agency
    NO_ROLE_IN_ROW = "no_role_in_row"  # agency, key, leads (the row's leads, to say whose it is)
    ADMINS_WRITE_FOR_OTHERS = "admins_write_for_others"  # agency, key
    STATED_FOR_OTHER = "stated_for_other"  # agency, unit
    OTHER_UNITS_HANDINS = "other_units_handins"  # agency, unit
    UNIT_NOT_OWNER = "unit_not_owner"  # unit, key, row (a catalogue row, else a task)
    CHOOSE_UNIT_FIRST = "choose_unit_first"  # key, count
    # statuses (rules/statuses.py): undoing a change
    CHANGE_NOT_FOUND = "change_not_found"
    STATUS_UNDO_TOO_LATE = "status_undo_too_late"  # key
    STATUS_UNDO_NOT_YOURS = "status_undo_not_yours"
    NO_LONGER_WRITES = "no_longer_writes"  # key, agency
    NEWER_STATUS_CHANGE = "newer_status_change"  # key, agency; by, status, at (the newer one)

    # statuses (usecases/statuses.py)
    NOTHING_TO_UNDO = "nothing_to_undo"

    # forms (deliverables/submissions.py): who sends which form
    FORM_OF_ANOTHER_UNIT = "form_of_another_unit"  # named, agency
    ADMIN_SENDS_A_TEMPLATE = "admin_sends_a_template"
    FORM_NOT_ASKED = "form_not_asked"  # form (its name)
    NOT_ADDRESSEE_OF_FORM = "not_addressee_of_form"  # agency, form, deadline_text
    # forms (deliverables/submissions.py): a form filled in chat, step by step
    COUNTS_SHAPE = "counts_shape"
    COUNTS_OVER_TOTAL = "counts_over_total"  # levels, total
    LINE_PARTS = "line_parts"  # wanted, form (its code)
    LINE_TIER = "line_tier"  # text
    LINE_NAME_SHORT = "line_name_short"
    LINE_LEVEL = "line_level"  # text, form (its code)
    # level 4 typed on a list of services below it (Phụ lục III, IV): name, levels ("2 hoặc 3")
    LINE_LEVEL_ABOVE = "line_level_above"
    LINE_NO_REASON = "line_no_reason"
    # forms (usecases/submissions.py)
    ANSWER_AGAIN = "answer_again"  # refusal (why the step's answer is not taken)

    # a submission undone (deliverables/submission_undo.py)
    SUBMISSION_NOT_FOUND = "submission_not_found"
    SUBMISSION_UNDONE = "submission_undone"  # form (its name), version
    SUBMISSION_UNDO_TOO_LATE = "submission_undo_too_late"  # form, version
    SUBMISSION_UNDO_NOT_YOURS = "submission_undo_not_yours"
    NO_LONGER_SENDS = "no_longer_sends"  # form, agency
    NEWER_SUBMISSION = "newer_submission"  # form, agency, newer (its version, None: undone)
    STATUS_OF_SUBMISSION = "status_of_submission"  # form, version (that marked the task sent)
    STATUS_OF_SUBMISSION_UNDO = "status_of_submission_undo"  # form, version, key (its undo)

    # files handed in (deliverables/handed_files.py)
    ADMINS_DO_NOT_HAND_IN = "admins_do_not_hand_in"
    NO_TASK = "no_task"  # task
    TASK_TAKES_NO_FILE = "task_takes_no_file"  # task
    TASK_COLLECTS_NOTHING = "task_collects_nothing"  # task, unit ("": the sender's own)
    NOT_ADDRESSEE_OF_TASK = "not_addressee_of_task"  # agency, task
    FILE_KIND = "file_kind"  # name
    FILE_TOO_BIG = "file_too_big"  # name, limit_mb
    FILE_UNREADABLE = "file_unreadable"  # name, suffix
    # files handed in (usecases/handed_files.py)
    FILE_NOT_SAVED = "file_not_saved"  # refusal (why the file is not taken)

    # the one-row table edit, /giao (catalogue/table_patch.py)
    EDIT_USAGE = "edit_usage"
    EDIT_NO_ROW = "edit_no_row"  # text (as typed), usage (whether to add the form)
    EDIT_UNKNOWN_PART = "edit_unknown_part"  # text
    EDIT_PART_TWICE = "edit_part_twice"  # field ("lead", "coordinate", "deadline")
    EDIT_PART_EMPTY = "edit_part_empty"  # field
    EDIT_BAD_DEADLINE = "edit_bad_deadline"  # text, why ("" or what does not exist)
    EDIT_UNKNOWN_AGENCY = "edit_unknown_agency"  # text
    EDIT_NEEDS_FIELD = "edit_needs_field"  # key, field (a row not yet in the table)
    EDIT_LEAD_AND_COORDINATE = "edit_lead_and_coordinate"  # agencies, key


@dataclass(frozen=True, init=False)
class Refusal:
    """`Refusal(Refused.IN_STATE, name=..., state=...)`: the values raw, never escaped.

    `Refusal(line)` with a plain string is a `Refused.SAID` refusal: a line already written and
    escaped, kept for the use cases' own sentences.
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
