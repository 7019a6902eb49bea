"""When a submission's "Hoàn tác" may go (knowledge/deliverables/submission_undo.py)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from knowledge.deliverables.submission_undo import Undo, form_name, may_undo
from knowledge.rules.decisions import Refusal, Refused
from knowledge.rules.officers import Actor

AT = datetime(2021, 5, 10, 9, 0, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))
OFFICER = Actor(1002, "Sở Y tế", False)


@dataclass(frozen=True)
class Sent:
    id: int
    version: int
    task: str = "tq-2021-05-20"
    form: str = "pl1"
    agency: str = "Sở Y tế"
    by: int = 1002
    submitted_at: datetime = AT
    undone: bool = False


def code(result) -> Refused | None:
    return result.code if isinstance(result, Refusal) else None


def test_the_sender_or_an_admin_within_the_window_while_it_is_the_accepted_version():
    first, second = Sent(1, 1), Sent(2, 2)
    assert may_undo(OFFICER, second, second, first, AT + timedelta(minutes=10)) == Undo(1)
    assert may_undo(OFFICER, first, first, None, AT) == Undo(None)
    assert may_undo(Actor(9000, None, True), second, second, first, AT) == Undo(1)


def test_refused_otherwise_and_named_back():
    first, second = Sent(1, 1), Sent(2, 2)
    late = AT + timedelta(minutes=10, seconds=1)
    assert code(may_undo(OFFICER, None, None, None, AT)) is Refused.SUBMISSION_NOT_FOUND
    assert code(may_undo(OFFICER, second, second, first, late)) is Refused.SUBMISSION_UNDO_TOO_LATE
    other = Actor(1003, "Sở Y tế", False)
    assert code(may_undo(other, second, second, first, AT)) is Refused.SUBMISSION_UNDO_NOT_YOURS
    moved = Actor(1002, "Sở Xây dựng", False)  # registered to another unit since
    assert code(may_undo(moved, second, second, first, AT)) is Refused.NO_LONGER_SENDS
    assert code(may_undo(OFFICER, first, second, None, AT)) is Refused.NEWER_SUBMISSION
    gone = replace(second, undone=True)
    assert code(may_undo(OFFICER, gone, first, first, AT)) is Refused.SUBMISSION_UNDONE
    assert (form_name("pl1"), form_name("bieu02"), form_name("tep")) == (
        "Phụ lục I",
        "BIỂU 02",
        "tệp",
    )
