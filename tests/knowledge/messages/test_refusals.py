"""The wording of the refusal codes: every code has its line, and every value is escaped as it
goes into the line (the rules hand over raw values)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from knowledge.messages import refusals
from knowledge.messages.markup import esc, key_tag
from knowledge.messages.refusals import UNCHANGED, WORDING, say, standing
from knowledge.rules.decisions import Refusal, Refused
from knowledge.rules.officers import OfficerState, Registration

HOSTILE = "<b>An</b> & co"
ESCAPED = "&lt;b&gt;An&lt;/b&gt; &amp; co"
PENDING = Registration(7, HOSTILE, HOSTILE, OfficerState.PENDING, True, datetime(2021, 4, 3, 8))

# the values each code's line takes, the text ones hostile
SAMPLES: dict[Refused, dict[str, object]] = {
    Refused.SAID: {"line": "Một dòng đã viết sẵn."},
    Refused.ADMINS_DO_NOT_HAND_IN: {"task": HOSTILE},
    Refused.ALREADY_OFFICER: {"agency": HOSTILE},
    Refused.REQUEST_PENDING: {"registration": PENDING},
    Refused.NO_REQUEST: {"user_id": 1001},
    Refused.NEWER_REQUEST: {"name": HOSTILE, "agency": HOSTILE},
    Refused.ALREADY_APPROVED: {"name": HOSTILE},
    Refused.REVOKED_ASK_AGAIN: {"name": HOSTILE},
    Refused.APPROVED_REVOKE_INSTEAD: {"name": HOSTILE, "user_id": 1001},
    Refused.PENDING_REJECT_INSTEAD: {"name": HOSTILE, "user_id": 1001},
    Refused.IN_STATE: {"name": HOSTILE, "state": OfficerState.REJECTED},
    Refused.UNKNOWN_AGENCY_REGISTER: {"text": HOSTILE},
    Refused.NEED_USER_ID: {"command": "duyet"},
    Refused.REMINDERS_FOR_OFFICERS: {"registration": PENDING},
    Refused.PROPOSALS_CLOSED: {"due": date(2021, 4, 20)},
    Refused.NO_LONGER_OFFICER: {"agency": HOSTILE},
    Refused.UNKNOWN_LEAD: {"text": HOSTILE},
    Refused.UNKNOWN_COORDINATE: {"text": HOSTILE},
    Refused.UNDO_TOO_LATE: {"proposal_id": 3},
    Refused.UNDO_AFTER_CLOSE: {"due": date(2021, 4, 20)},
    Refused.NEWER_PROPOSAL_CHANGE: {"proposal_id": 3},
    Refused.NOT_REGISTERED: {"registration": PENDING},
    Refused.PROPOSAL_CHANGED: {"proposal_id": 3},
    Refused.NOT_SAVED: {"refusal": Refusal(Refused.NO_LONGER_OFFICER, agency=HOSTILE)},
    # statuses
    Refused.ROW_UNASSIGNED: {"key": HOSTILE},
    Refused.GROUP_REGISTRATION: {"agency": HOSTILE},
    Refused.NO_ROLE_IN_ROW: {"agency": HOSTILE, "key": HOSTILE, "leads": (HOSTILE,)},
    Refused.ADMINS_WRITE_FOR_OTHERS: {"agency": HOSTILE, "key": HOSTILE},
    Refused.STATED_FOR_OTHER: {"agency": HOSTILE, "unit": HOSTILE},
    Refused.OTHER_UNITS_HANDINS: {"agency": HOSTILE, "unit": HOSTILE},
    Refused.UNIT_NOT_OWNER: {"unit": HOSTILE, "key": HOSTILE, "row": True},
    Refused.CHOOSE_UNIT_FIRST: {"key": HOSTILE, "count": 3},
    Refused.STATUS_UNDO_TOO_LATE: {"key": HOSTILE},
    Refused.NO_LONGER_WRITES: {"key": HOSTILE, "agency": HOSTILE},
    Refused.NEWER_STATUS_CHANGE: {"key": HOSTILE, "agency": HOSTILE},
    # forms and files
    Refused.FORM_OF_ANOTHER_UNIT: {"named": HOSTILE, "agency": HOSTILE},
    Refused.FORM_NOT_ASKED: {"form": HOSTILE},
    Refused.NOT_ADDRESSEE_OF_FORM: {"agency": HOSTILE, "form": HOSTILE, "deadline_text": HOSTILE},
    Refused.COUNTS_OVER_TOTAL: {"levels": 9, "total": 1},
    Refused.LINE_PARTS: {"wanted": 5, "form": "pl4"},
    Refused.LINE_TIER: {"text": HOSTILE},
    Refused.LINE_LEVEL: {"text": HOSTILE, "form": "pl2"},
    Refused.LINE_LEVEL_ABOVE: {"name": HOSTILE, "levels": HOSTILE},
    Refused.ANSWER_AGAIN: {"refusal": Refusal(Refused.LINE_TIER, text=HOSTILE)},
    Refused.NO_TASK: {"task": HOSTILE},
    Refused.TASK_TAKES_NO_FILE: {"task": HOSTILE},
    Refused.TASK_COLLECTS_NOTHING: {"task": HOSTILE, "unit": HOSTILE},
    Refused.NOT_ADDRESSEE_OF_TASK: {"agency": HOSTILE, "task": HOSTILE},
    Refused.FILE_KIND: {"name": HOSTILE},
    Refused.FILE_TOO_BIG: {"name": HOSTILE, "limit_mb": 10},
    Refused.FILE_UNREADABLE: {"name": HOSTILE, "suffix": ".pdf"},
    Refused.FILE_NOT_SAVED: {"refusal": Refusal(Refused.FILE_KIND, name=HOSTILE)},
    # a submission undone
    Refused.SUBMISSION_UNDONE: {"form": HOSTILE, "version": 2},
    Refused.SUBMISSION_UNDO_TOO_LATE: {"form": HOSTILE, "version": 2},
    Refused.NO_LONGER_SENDS: {"form": HOSTILE, "agency": HOSTILE},
    Refused.NEWER_SUBMISSION: {"form": HOSTILE, "agency": HOSTILE, "newer": 3},
    Refused.STATUS_OF_SUBMISSION: {"form": HOSTILE, "version": 1},
    Refused.STATUS_OF_SUBMISSION_UNDO: {"form": HOSTILE, "version": 1, "key": HOSTILE},
    # the one-row table edit
    Refused.EDIT_NO_ROW: {"text": HOSTILE, "usage": True},
    Refused.EDIT_UNKNOWN_PART: {"text": HOSTILE},
    Refused.EDIT_PART_TWICE: {"field": "lead"},
    Refused.EDIT_PART_EMPTY: {"field": "deadline"},
    Refused.EDIT_BAD_DEADLINE: {"text": HOSTILE, "why": HOSTILE},
    Refused.EDIT_UNKNOWN_AGENCY: {"text": HOSTILE},
    Refused.EDIT_NEEDS_FIELD: {"key": HOSTILE, "field": "lead"},
    Refused.NAME_LOOKS_LIKE: {"text": HOSTILE, "field": HOSTILE},
    Refused.SECTOR_LOOKS_LIKE: {"text": HOSTILE, "field": HOSTILE},
    Refused.EDIT_LEAD_AND_COORDINATE: {"agencies": (HOSTILE, "Sở Y tế"), "key": "406-22"},
}


def test_every_code_has_its_wording():
    assert set(WORDING) == set(Refused)


@pytest.mark.parametrize("code", list(Refused))
def test_each_line_is_said_with_its_values_escaped(code):
    line = say(Refusal(code, **SAMPLES.get(code, {})))
    assert line.strip() and "<b>An" not in line and "& co" not in line
    if any(HOSTILE in repr(value) or value == PENDING for value in SAMPLES.get(code, {}).values()):
        assert ESCAPED in line


def test_the_lines_are_the_ones_officers_read():
    name = Refusal(Refused.IN_STATE, name="An", state=OfficerState.REVOKED)
    assert name.reason == f"An đang ở trạng thái đã thu hồi. {UNCHANGED}"
    user = Refusal(Refused.APPROVED_REVOKE_INSTEAD, name="An", user_id=1001)
    assert "<code>/thuhoi 1001</code>" in user.reason
    closed = Refusal(Refused.UNDO_AFTER_CLOSE, due=date(2021, 4, 20))
    assert closed.reason == (
        "Đã quá hạn nộp đề xuất (20/4/2021). Liên hệ Sở TT&amp;TT nếu cần bổ sung. " + UNCHANGED
    )
    assert say(Refusal(Refused.NOT_SAVED, refusal=Refusal(Refused.PROPOSAL_WITHDRAWN))) == (
        f"Đề xuất này đã bị rút. {UNCHANGED} Đề xuất chưa được lưu."
    )


def test_the_rules_lines_read_as_they_did_when_the_rules_wrote_them():
    late = Refusal(Refused.STATUS_UNDO_TOO_LATE, key="406-14")
    assert late.reason == (
        "Nút Hoàn tác chỉ dùng được trong 10 phút sau khi ghi <b>406-14</b>. "
        f"Gõ /capnhat để ghi trạng thái khác. {UNCHANGED}"
    )
    task = Refusal(Refused.UNIT_NOT_OWNER, unit="Sở Y tế", key="tq-2021-04-20", row=False)
    assert task.reason == f"Sở Y tế không phải nộp <b>tq-2021-04-20</b>. {UNCHANGED}"
    typed = Refusal(Refused.EDIT_NO_ROW, text="999-1", usage=True)
    assert typed.reason.startswith("Không có mục “999-1” trong danh mục. Cú pháp: <code>/giao")
    assert typed.reason.endswith(UNCHANGED) and typed.reason.count(UNCHANGED) == 1
    edited = Refusal(Refused.EDIT_NO_ROW, text="406-99", usage=False)
    assert edited.reason == f"Không có mục “406-99” trong danh mục. {UNCHANGED}"
    deadline = Refusal(Refused.EDIT_BAD_DEADLINE, text="sap toi", why="")
    assert deadline.reason == (
        "Hạn “sap toi” không đọc được: ghi như Tháng 9/2021, Quý III/2021 hoặc 30/9/2021. "
        + UNCHANGED
    )
    assert say(Refusal(Refused.ANSWER_AGAIN, refusal=Refusal(Refused.LINE_NO_REASON))) == (
        "Thiếu lý do không đủ điều kiện. /huy để dừng."
    )


def test_a_written_line_is_a_said_refusal_shown_as_it_is():
    written = Refusal("Nút này không còn hợp lệ.")
    assert written.code == Refused.SAID and written.reason == "Nút này không còn hợp lệ."
    assert written == Refusal(Refused.SAID, line="Nút này không còn hợp lệ.")
    # a string that happens to spell a code is still a written line, never that code
    assert Refusal("not_officer").code == Refused.SAID


def test_where_a_registration_stands():
    assert standing(None) == refusals.NOT_OFFICER
    assert standing(PENDING) == (
        f"Yêu cầu đăng ký của bạn ({ESCAPED}, gửi 3/4) đang chờ duyệt. "
        "Khi được duyệt, bạn sẽ nhận tin báo."
    )
    revoked = Registration(7, "An", "Sở Y tế", OfficerState.REVOKED)
    assert standing(revoked).startswith("Quyền cán bộ của bạn (Sở Y tế) đã bị thu hồi.")
    assert set(refusals.OFFICER_STATES) == set(OfficerState)


def test_markup_escapes_data_but_not_quotes():
    assert esc('<a href="x">&') == '&lt;a href="x"&gt;&amp;'
    assert key_tag("406-<14>") == "<b>406-&lt;14&gt;</b>"
