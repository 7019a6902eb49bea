"""The proposal log's rules: what an edit changes, and when its "Hoàn tác" may put the values
before it back (how it is quoted back: tests/knowledge/render/test_proposal_text.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from knowledge.rules.decisions import Refusal
from knowledge.rules.officers import Actor
from knowledge.rules.proposal_changes import (
    ChangeKind,
    LoggedChange,
    Revert,
    difference,
    may_undo,
    values,
)
from knowledge.rules.proposals import ProposalState

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
EDITED_AT = datetime(2021, 4, 20, 9, 0, tzinfo=TZ)
OFFICER = Actor(1001, "Sở Xây dựng", False)
COLLEAGUE = Actor(1002, "Sở Xây dựng", False)
OTHER = Actor(2003, "Sở Y tế", False)
ADMIN = Actor(9000, None, True)
STORED = {
    "name": "Cấp phép di dời",
    "sector": "",
    "tier": "tinh",
    "level": 3,
    "lead": "Sở Xây dựng",
    "coordinate": ("Công an tỉnh",),
    "quarter": "Quý II/2021",
    "note": "",
}


@dataclass(frozen=True)
class Proposal:
    agency: str
    state: ProposalState


ACTIVE = Proposal("Sở Xây dựng", ProposalState.ACTIVE)
WITHDRAWN = Proposal("Sở Xây dựng", ProposalState.WITHDRAWN)
EDIT = LoggedChange(
    7, 3, ChangeKind.EDIT, {"level": 3, "note": ""}, {"level": 4, "note": "x"}, 1001, EDITED_AT
)


@pytest.fixture(scope="module")
def tq(catalogue):
    return catalogue.province("tuyen-quang")


def test_an_edit_changes_only_the_fields_that_differ():
    answers = {**STORED, "coordinate": ["Công an tỉnh"], "level": 4, "note": "gấp"}
    assert difference(STORED, answers) == ({"level": 3, "note": ""}, {"level": 4, "note": "gấp"})


def test_an_edit_that_keeps_everything_changes_nothing():
    # the form holds lists and the store tuples; a level may come back as text
    answers = {**STORED, "coordinate": ["Công an tỉnh"], "level": "3"}
    assert difference(STORED, answers) == ({}, {})
    assert values(answers) == {**STORED, "coordinate": ["Công an tỉnh"]}


def undo(tq, who=OFFICER, change=EDIT, proposal=ACTIVE, latest=7, minutes=5, today=None):
    now = EDITED_AT + timedelta(minutes=minutes)
    return may_undo(tq, today or now.date(), now, who, change, proposal, latest)


def test_the_editor_undoes_within_ten_minutes_and_gets_the_values_before(tq):
    assert undo(tq) == Revert({"level": 3, "note": ""})
    assert undo(tq, minutes=10) == Revert({"level": 3, "note": ""})  # the tenth minute still


def test_an_undo_is_undone_like_an_edit(tq):
    back = LoggedChange(8, 3, ChangeKind.UNDO, EDIT.after, EDIT.before, 1001, EDITED_AT, 7)
    assert undo(tq, change=back, latest=8) == Revert({"level": 4, "note": "x"})


@pytest.mark.parametrize(
    ("case", "why"),
    [
        ({"minutes": 11}, "trong 10 phút sau khi sửa đề xuất #3"),
        ({"latest": 9}, "Đề xuất #3 đã thay đổi sau lần sửa này"),
        ({"who": COLLEAGUE}, "Chỉ người đã sửa"),
        ({"who": OTHER}, "Chỉ người đã sửa"),
        ({"proposal": WITHDRAWN}, "đã bị rút"),
        ({"proposal": None}, "không còn"),
        ({"change": None}, "Không tìm thấy"),
        ({"change": LoggedChange(7, 3, ChangeKind.CREATE, {}, STORED, 1001, EDITED_AT)}, "Không"),
        # the BIỂU 02 window closes at the end of the due day (20/4/2021) for officers
        ({"today": date(2021, 4, 21)}, "quá hạn nộp đề xuất (20/4/2021)"),
    ],
)
def test_what_refuses_an_undo(tq, case, why):
    refusal = undo(tq, **case)
    assert isinstance(refusal, Refusal)
    assert why in refusal.reason and "Không có gì thay đổi." in refusal.reason


def test_an_admin_undoes_anyone_s_edit_even_past_the_window_but_not_a_newer_one(tq):
    assert undo(tq, who=ADMIN, today=date(2021, 4, 21)) == Revert({"level": 3, "note": ""})
    assert isinstance(undo(tq, who=ADMIN, latest=9), Refusal)
    assert isinstance(undo(tq, who=ADMIN, minutes=11), Refusal)  # ten minutes for everyone
