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
