"""Which of a person's row writes came last when a status change and a submission share their
time (a scripted clock, or two acts within the clock's precision): the submission keeps the id
of the status change it appended, and a change's id is the order of writing."""

from __future__ import annotations

from db.submission_repo import SubmissionView
from knowledge.rules.statuses import Change


def written_after(change: Change, sent: SubmissionView) -> bool:
    """`change`, of the same instant as `sent`, was written after it: after the change the
    submission appended (ux38 #2: "à nhầm" right after a /capnhat offered to undo the file
    sent a moment before it)."""
    return change.at == sent.submitted_at and sent.marked is not None and change.id > sent.marked
