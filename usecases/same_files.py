"""A file a unit sends again, byte for byte, with no task named (ux36 #7): a double send, most
likely. It was offered for whatever the unit still owed, one button for another deliverable
(a monthly report filed as Mẫu số 01 in one tap). The copy it repeats is named, its task
offered first as the next version, and the others after it: the officer says which.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from knowledge.deliverables.handed_files import FILE_FORM
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.runner import use_case


@dataclass(frozen=True)
class SameFile:
    """The unit's copy of the same bytes still counted: for `key`, its "lần nộp" `version`."""

    key: str
    version: int
    at: datetime


@use_case()
def sent_sizes(desk: Desk, caller: Caller, unit: str | None = None) -> frozenset[int]:
    """The sizes of the unit's files still counted: a file of another size is no copy of
    one, and is not downloaded to find out (`unit`: the unit an admin keeps it for)."""
    agency = unit or caller.agency
    if not agency:
        return frozenset()
    sent = desk.submissions.submissions(agency=agency, form=FILE_FORM, latest_only=False)
    return frozenset(
        len(desk.submissions.content(found.id) or b"") for found in sent if not found.undone
    )


@use_case()
def same_file(
    desk: Desk, caller: Caller, content: bytes, unit: str | None = None
) -> SameFile | None:
    """The unit's newest file not undone whose bytes are `content` (`unit`: the unit an admin
    keeps it for); None when it sent no such file."""
    agency = unit or caller.agency
    if not agency or not content:
        return None
    sent = desk.submissions.submissions(agency=agency, form=FILE_FORM, latest_only=False)
    for found in reversed(sent):
        if not found.undone and desk.submissions.content(found.id) == content:
            return SameFile(found.task, found.version, found.submitted_at)
    return None
