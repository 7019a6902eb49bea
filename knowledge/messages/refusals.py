"""The wording of every refusal: a code (knowledge/rules/decisions.py) and its raw values become
one Vietnamese line of Telegram HTML, each value escaped here as it goes in.

The rules decide and name the case; the sentence an officer reads is written once, below.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from knowledge.calendar.deadlines import fmt_date
from knowledge.messages.markup import esc
from knowledge.rules.decisions import Refusal, Refused
from knowledge.rules.officers import OfficerState, Registration

UNCHANGED = "Không có gì thay đổi."
NOT_OFFICER = "Bạn chưa là cán bộ được duyệt. Gõ <code>/dangky &lt;cơ quan&gt;</code> để đăng ký."
ASK_AGAIN = "Gõ <code>/dangky &lt;cơ quan&gt;</code> để đăng ký lại."

OFFICER_STATES = {
    OfficerState.PENDING: "chờ duyệt",
    OfficerState.APPROVED: "đã duyệt",
    OfficerState.REJECTED: "bị từ chối",
    OfficerState.REVOKED: "đã thu hồi",
}


def standing(registration: Registration | None) -> str:
    """What someone who may not act yet is told: where their registration stands."""
    if registration is None:
        return NOT_OFFICER
    sent = (
        f", gửi {registration.requested_at.day}/{registration.requested_at.month}"
        if registration.requested_at
        else ""
    )
    what = f"Yêu cầu đăng ký của bạn ({esc(registration.agency)}{sent})"
    if registration.state == OfficerState.PENDING:
        return f"{what} đang chờ duyệt. Khi được duyệt, bạn sẽ nhận tin báo."
    if registration.state == OfficerState.REJECTED:
        return f"{what} đã bị từ chối. {ASK_AGAIN}"
    if registration.state == OfficerState.REVOKED:
        return f"Quyền cán bộ của bạn ({esc(registration.agency)}) đã bị thu hồi. {ASK_AGAIN}"
    return NOT_OFFICER


def _closed(due: Any) -> str:
    return f"Đã quá hạn nộp đề xuất ({fmt_date(due)}). Liên hệ Sở TT&amp;TT nếu cần bổ sung."


_Words = Callable[..., str]
WORDING: Mapping[Refused, _Words] = {
    Refused.SAID: lambda line: line,
    # officers
    Refused.NOT_OFFICER: lambda: NOT_OFFICER,
    Refused.ALREADY_OFFICER: lambda agency: f"Bạn đã là cán bộ của {esc(agency)}. {UNCHANGED}",
    Refused.REQUEST_PENDING: lambda registration: f"{standing(registration)} {UNCHANGED}",
    Refused.ADMINS_DECIDE: lambda: (
        f"Chỉ quản trị viên mới duyệt hay thu hồi được cán bộ. {UNCHANGED}"
    ),
    Refused.NO_REQUEST: lambda user_id: (
        f"Không có yêu cầu đăng ký nào của id {esc(user_id)}. {UNCHANGED}"
    ),
    Refused.NEWER_REQUEST: lambda name, agency: (
        f"{esc(name)} đã gửi yêu cầu mới, cho {esc(agency)}: hãy xem tin "
        f"nhắn mới nhất hoặc /canbo. {UNCHANGED}"
    ),
    Refused.ALREADY_APPROVED: lambda name: f"{esc(name)} đã được duyệt rồi. {UNCHANGED}",
    Refused.REVOKED_ASK_AGAIN: lambda name: (
        f"{esc(name)} đã bị thu hồi quyền cán bộ; người này cần gửi lại /dangky. {UNCHANGED}"
    ),
    Refused.APPROVED_REVOKE_INSTEAD: lambda name, user_id: (
        f"{esc(name)} đã được duyệt; dùng <code>/thuhoi {esc(user_id)}</code> để thu hồi "
        f"quyền. {UNCHANGED}"
    ),
    Refused.PENDING_REJECT_INSTEAD: lambda name, user_id: (
        f"{esc(name)} chưa được duyệt; dùng <code>/tuchoi {esc(user_id)}</code> để từ "
        f"chối. {UNCHANGED}"
    ),
    Refused.IN_STATE: lambda name, state: (
        f"{esc(name)} đang ở trạng thái {esc(OFFICER_STATES[state])}. {UNCHANGED}"
    ),
    Refused.UNKNOWN_AGENCY_REGISTER: lambda text: (
        f"Không nhận ra cơ quan “{esc(text[:80])}”. Gõ lại, ví dụ "
        "<code>/dangky Sở TT&amp;TT</code>, hoặc gõ /dangky để chọn từ danh sách."
    ),
    Refused.STALE_AGENCY: lambda: "Nút này không còn hợp lệ. Gõ /dangky để chọn lại.",
    Refused.NEED_USER_ID: lambda command: (
        f"Cần id người dùng, ví dụ <code>/{esc(command)} 1001</code>."
    ),
    Refused.STALE_DECISION: lambda: f"Nút này không còn hợp lệ; hãy xem lại /canbo. {UNCHANGED}",
    Refused.REQUEST_CHANGED: lambda: f"Yêu cầu vừa thay đổi; hãy xem lại /canbo. {UNCHANGED}",
    Refused.OFFICER_CHANGED: lambda: f"Cán bộ này vừa thay đổi; hãy xem lại /canbo. {UNCHANGED}",
    Refused.ADMINS_LIST: lambda: "Chỉ quản trị viên xem được danh sách cán bộ.",
    Refused.REMINDERS_FOR_OFFICERS: lambda registration: (
        f"Nhắc hạn dành cho cán bộ đã được duyệt. {standing(registration)} {UNCHANGED}"
    ),
    # proposals
    Refused.PROPOSALS_CLOSED: _closed,
    Refused.ADMIN_WITHOUT_AGENCY: lambda: (
        "Quản trị viên chưa thuộc cơ quan nào nên không đề xuất được; "
        "cán bộ của cơ quan gõ /dexuat."
    ),
    Refused.NO_LONGER_OFFICER: lambda agency: (
        f"Bạn không còn là cán bộ của {esc(agency)}. {UNCHANGED}"
    ),
    Refused.NOT_APPROVED: lambda: f"Bạn chưa là cán bộ được duyệt. {UNCHANGED}",
    Refused.PROPOSAL_NOT_YOURS: lambda: (
        f"Đề xuất này không còn hoặc không thuộc cơ quan bạn. {UNCHANGED}"
    ),
    Refused.PROPOSAL_NOT_WITHDRAWN: lambda: f"Đề xuất này chưa bị rút. {UNCHANGED}",
    Refused.PROPOSAL_WITHDRAWN: lambda: f"Đề xuất này đã bị rút. {UNCHANGED}",
    Refused.NAME_TOO_SHORT: lambda: "Tên dịch vụ quá ngắn. Hãy gõ tên đầy đủ.",
    Refused.PICK_TIER: lambda: "Hãy bấm một trong các nút Cấp tỉnh, Cấp huyện, Cấp xã.",
    Refused.PICK_LEVEL: lambda: "Hãy chọn Mức 3 hoặc Mức 4 (gõ 3 hoặc 4).",
    Refused.UNKNOWN_LEAD: lambda text: (
        f"Không nhận ra cơ quan “{esc(text[:80])}”. Gõ lại, hoặc bấm nút."
    ),
    Refused.UNKNOWN_COORDINATE: lambda text: (
        f"Không nhận ra cơ quan “{esc(text[:80])}”. Gõ lại cả danh sách."
    ),
    Refused.PICK_QUARTER: lambda: "Hãy chọn Quý II/2021 hoặc Quý III/2021.",
    Refused.EDIT_NOT_FOUND: lambda: f"Không tìm thấy lần sửa đề xuất này. {UNCHANGED}",
    Refused.UNDO_TOO_LATE: lambda proposal_id: (
        f"Nút Hoàn tác chỉ dùng được trong 10 phút sau khi sửa đề xuất "
        f"#{esc(proposal_id)}. Gõ /dexuat để sửa lại. {UNCHANGED}"
    ),
    Refused.UNDO_NOT_YOURS: lambda: (
        f"Chỉ người đã sửa đề xuất này hoặc quản trị viên mới hoàn tác được. {UNCHANGED}"
    ),
    Refused.UNDO_AFTER_CLOSE: lambda due: f"{_closed(due)} {UNCHANGED}",
    Refused.NEWER_PROPOSAL_CHANGE: lambda proposal_id: (
        f"Đề xuất #{esc(proposal_id)} đã thay đổi sau lần sửa này nên không hoàn tác được. "
        f"{UNCHANGED}"
    ),
    Refused.NOT_REGISTERED: lambda registration: standing(registration),
    Refused.ADMINS_SEE_ALL: lambda: (
        "Chỉ quản trị viên xem được mọi đề xuất. Gõ /dexuat để xem đề xuất của cơ quan bạn."
    ),
    Refused.PROPOSAL_CHANGED: lambda proposal_id: (
        f"Đề xuất #{esc(proposal_id)} vừa thay đổi. {UNCHANGED}"
    ),
    Refused.NOT_SAVED: lambda refusal: f"{say(refusal)} Đề xuất chưa được lưu.",
    Refused.WITHDRAWN_WHILE_EDITING: lambda: (
        "Đề xuất này đã bị rút trong lúc sửa. Không có gì thay đổi."
    ),
    # statuses
    Refused.NOTHING_TO_UNDO: lambda: (
        "Bạn chưa ghi trạng thái nào để hoàn tác. Ghi trạng thái: /capnhat &lt;mã&gt; "
        f"&lt;trạng thái&gt;. {UNCHANGED}"
    ),
}


def say(refusal: Refusal) -> str:
    """The refusal's line, as Telegram HTML."""
    return WORDING[refusal.code](**refusal.data)
