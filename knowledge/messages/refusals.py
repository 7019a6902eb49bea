"""The wording of every refusal: a code (knowledge/rules/decisions.py) and its raw values become
one Vietnamese line of Telegram HTML, each value escaped here as it goes in.

The rules decide and name the case; the sentence an officer reads is written once, below.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from knowledge.calendar.deadlines import fmt_date
from knowledge.messages.file_refusals import FILE_WORDING
from knowledge.messages.markup import clipped, esc, key_tag, typed_key
from knowledge.rules.decisions import Refusal, Refused
from knowledge.rules.officers import OfficerState, Registration
from knowledge.rules.statuses import WINDOW_MINUTES, Status

# the note's wait in the words the chat prints, for the handlers (which import no rule)
from knowledge.rules.waits import NOTE_WAIT_MINUTES as NOTE_WAIT_MINUTES

if TYPE_CHECKING:
    from knowledge.reader.capnhat_line import CapnhatReading

UNCHANGED = "Không có gì thay đổi."
NOT_OFFICER = "Bạn chưa là cán bộ được duyệt. Gõ <code>/dangky &lt;cơ quan&gt;</code> để đăng ký."
ASK_AGAIN = "Gõ <code>/dangky &lt;cơ quan&gt;</code> để đăng ký lại."
CHOOSE_UNIT = (
    "Mỗi huyện, thành phố là một đơn vị riêng, báo cáo và được nhắc hạn riêng. "
    "Gõ /dangky để chọn đơn vị của bạn (ví dụ <code>/dangky UBND huyện Hàm Yên</code>)."
)
ADMIN_SENDS_A_TEMPLATE = (
    "Quản trị viên ghi thay một đơn vị bằng mẫu: /baocao → “Mẫu …”, ghi tên đơn vị vào ô “Cơ "
    "quan, đơn vị”, điền rồi gửi lại tệp cho bot. " + UNCHANGED
)
CAPNHAT_USAGE_LINE = (
    "Cú pháp: <code>/capnhat &lt;mã mục&gt; &lt;trạng thái&gt; [ghi chú]</code>, ví dụ "
    "<code>/capnhat 406-14 xong</code>; không có gì được ghi."
)
GIAO_USAGE = (
    "Cú pháp: <code>/giao &lt;mã mục&gt; chủ trì &lt;cơ quan&gt;; phối hợp &lt;cơ quan, …&gt;; "
    "hạn &lt;thời hạn&gt;</code> (mỗi phần có thể bỏ), ví dụ <code>/giao 406-22 chủ trì Sở Y tế; "
    f"phối hợp Công an tỉnh; hạn Tháng 9/2021</code>. {UNCHANGED}"
)
EDIT_FIELDS = {"lead": "chủ trì", "coordinate": "phối hợp", "deadline": "hạn"}
_LINE_TAILS = {
    "pl2": "mức độ (2, 3 hoặc 4)",
    "pl3": "mức độ đang cung cấp (2, 3 hoặc để trống)",
    "pl4": "mức độ đang cung cấp (2, 3 hoặc để trống); lý do không đủ điều kiện",
}

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


def usage(reading: CapnhatReading, example: str | None = None) -> str:
    """/capnhat's form in one line, with the whole key when a loose one was typed ("14");
    `example`: one of the writer's own rows, to show the form on ("406-14" is another's)."""
    hint = f" Mã đầy đủ: {key_tag(reading.hint)}." if reading.hint else ""
    line = CAPNHAT_USAGE_LINE
    if example:
        line = line.replace("/capnhat 406-14 xong", f"/capnhat {typed_key(example)} xong")
    return line + hint


def no_such_task(typed: str, near: list[tuple[str, str]], none_owed: str = "") -> str:
    """/capnhat with an id no task has (noted from a draft, or from before a correction moved
    the date it is made of): the nearest ids, each title cut at a word, not the command's
    syntax. `none_owed`: the writer's unit, when it owes none of the province's tasks (those
    named are others', ux22 #10)."""
    listed = "; ".join(f"{key_tag(k)} {esc(clipped(title, NEAR_TITLE))}" for k, title in near)
    stop = "" if listed.endswith("…") else "."  # a cut title ends the sentence already
    hint = f" Có thể bạn muốn: {listed}{stop}" if listed else ""
    if listed and none_owed:
        owes = f"{esc(none_owed)} chưa phải nộp nhiệm vụ nào"
        hint = f" {owes}; nhiệm vụ gần nhất của tỉnh: {listed}{stop}"
    return f"Không có nhiệm vụ {esc(typed)}.{hint} {UNCHANGED}"


NEAR_TITLE = 60  # a suggested task's title, cut at a word


def already(key: str, status: Status, unit: str | None = None) -> str:
    """A status that already stands. `unit`: named when it is another unit's (an admin writing
    for it)."""
    whose = f" ({esc(unit)})" if unit else ""
    return f"{key_tag(key)}{whose} đã ở trạng thái {esc(status.label)}; không có gì được ghi thêm."


def already_noted(key: str, status: Status, note: str, unit: str | None = None) -> str:
    """A status that needs a note said again without one: the note it stands with, and the
    next line taken as a new one, offered for a press (ux35 #4)."""
    whose = f" ({esc(unit)})" if unit else ""
    kept = f" (ghi chú «{esc(note)}»)" if note else ""
    return (
        f"{key_tag(key)}{whose} đã ở trạng thái {esc(status.label)}{kept}. Gõ lý do mới ở tin "
        "nhắn tiếp theo để cập nhật; không gõ thì không có gì thay đổi."
    )


def line_usage(form_code: str) -> str:
    """The fields of one line of Phụ lục II–IV typed in chat, separated by ";" (plain text)."""
    return f"cấp (tỉnh, huyện, xã); lĩnh vực; tên dịch vụ; {_LINE_TAILS[form_code]}"


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
    Refused.REMINDERS_FOR_ADMINS: lambda: (
        "Quản trị viên nhận bản tổng hợp hằng ngày, không bật/tắt nhắc hạn. Nhắc các đơn vị "
        "chưa nộp: /nopbai tinh → “🔔 Nhắc các đơn vị chưa nộp”; mục quá hạn: /quahan tinh. "
        f"{UNCHANGED}"
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
    Refused.NAME_LOOKS_LIKE: lambda text, field: (
        f"“{esc(text[:80])}” là câu trả lời cho mục {esc(field)}, không phải tên dịch vụ. "
        "Hãy gõ tên đầy đủ của dịch vụ."
    ),
    Refused.SECTOR_LOOKS_LIKE: lambda text, field: (
        f"“{esc(text[:80])}” là câu trả lời cho mục {esc(field)}, không phải lĩnh vực. Bước "
        "này hỏi lĩnh vực của dịch vụ (ví dụ: Xây dựng, Hộ tịch); không rõ thì bấm Bỏ qua."
    ),
    Refused.PICK_FIELD: lambda: (
        "Bấm nút mục cần sửa, hoặc gõ tên mục (mức, thời gian, chủ trì…) hay giá trị mới "
        "(mức 4, quý 3, cấp huyện)."
    ),
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
        f"Nút Hoàn tác chỉ dùng được trong {WINDOW_MINUTES} phút sau khi sửa đề xuất "
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
    Refused.ROW_UNASSIGNED: lambda key: (
        f"Mục {key_tag(key)} chưa giao cho đơn vị nào trong bảng phân công của tỉnh, nên "
        f"không có trạng thái của đơn vị nào để ghi. {UNCHANGED}"
    ),
    Refused.GROUP_REGISTRATION: lambda agency: (
        f"Bạn đang đăng ký là {esc(agency)}. {CHOOSE_UNIT} {UNCHANGED}"
    ),
    Refused.NO_ROLE_IN_ROW: lambda agency, key, leads=(): (
        f"{esc(agency)} không chủ trì hay phối hợp mục {key_tag(key)}"
        + (f" (chủ trì: {esc(', '.join(leads))})" if leads else "")
        + f", nên bạn không cập nhật được mục này. {UNCHANGED}"
    ),
    Refused.ADMINS_WRITE_FOR_OTHERS: lambda agency, key: (
        f"Chỉ quản trị viên ghi thay được cho đơn vị khác; bạn cập nhật cho "
        f"{esc(agency)}: <code>/capnhat {typed_key(key)} &lt;trạng thái&gt;</code>. {UNCHANGED}"
    ),
    Refused.OTHER_UNITS_HANDINS: lambda agency, unit: (
        f"Bạn xem được tình hình nộp của {esc(agency)} (/nopbai); của {esc(unit)}, hỏi quản trị "
        f"viên Sở TT&amp;TT."
    ),
    Refused.STATED_FOR_OTHER: lambda agency, unit: (
        f"Bạn chỉ ghi được cho {esc(agency)}; {esc(unit)} tự báo, hoặc nhờ quản trị viên "
        f"ghi thay. {UNCHANGED}"
    ),
    Refused.UNIT_NOT_OWNER: lambda unit, key, row: (
        f"{esc(unit)} không {'chủ trì hay phối hợp mục' if row else 'phải nộp'} "
        f"{key_tag(key)}. {UNCHANGED}"
    ),
    Refused.CHOOSE_UNIT_FIRST: lambda key, count: (
        f"{key_tag(key)} có {count} đơn vị; hãy chọn đơn vị cần ghi thay. {UNCHANGED}"
    ),
    Refused.CHANGE_NOT_FOUND: lambda: f"Không tìm thấy thay đổi này. {UNCHANGED}",
    Refused.STATUS_UNDO_TOO_LATE: lambda key: (
        f"Nút Hoàn tác chỉ dùng được trong {WINDOW_MINUTES} phút sau khi ghi {key_tag(key)}. "
        f"Gõ /capnhat để ghi trạng thái khác. {UNCHANGED}"
    ),
    Refused.STATUS_UNDO_NOT_YOURS: lambda: (
        f"Chỉ người đã ghi thay đổi này hoặc quản trị viên mới hoàn tác được. {UNCHANGED}"
    ),
    Refused.NO_LONGER_WRITES: lambda key, agency: (
        f"Bạn không còn cập nhật {key_tag(key)} cho {esc(agency)}. {UNCHANGED}"
    ),
    Refused.NEWER_STATUS_CHANGE: lambda key, agency, by="", status=None, at=None: (
        f"Đã có cập nhật mới hơn cho {key_tag(key)} ({esc(agency)})"
        + (
            f": {esc(by)} ghi <b>{esc(Status(status).label)}</b> lúc "
            f"{at:%H:%M} {at.day}/{at.month}"
            if status is not None and at is not None
            else ""
        )
        + f", nên không hoàn tác được thay đổi này. {UNCHANGED}"
    ),
    Refused.NOTHING_TO_UNDO: lambda: (
        "Bạn chưa ghi trạng thái hay nộp gì để hoàn tác. Ghi trạng thái: /capnhat &lt;mã&gt; "
        f"&lt;trạng thái&gt;. {UNCHANGED}"
    ),
    # forms
    Refused.FORM_OF_ANOTHER_UNIT: lambda named, agency: (
        f"Đây là mẫu của {esc(named)}, không phải của {esc(agency)}. Tải mẫu của đơn vị "
        f"bạn ở /baocao. {UNCHANGED}"
    ),
    Refused.ADMIN_SENDS_A_TEMPLATE: lambda: ADMIN_SENDS_A_TEMPLATE,
    Refused.FORM_NOT_ASKED: lambda form: f"Tỉnh không giao nộp {esc(form)}. {UNCHANGED}",
    Refused.NOT_ADDRESSEE_OF_FORM: lambda agency, form, deadline_text: (
        f"{esc(agency)} không thuộc các đơn vị phải nộp {esc(form)} "
        f"({esc(deadline_text)}). {UNCHANGED}"
    ),
    Refused.COUNTS_SHAPE: lambda: (
        "Hãy gõ 4 số cách nhau bằng dấu cách: tổng số TTHC, mức độ 2, mức độ 3, mức độ 4 "
        "(ví dụ <code>120 30 50 40</code>)."
    ),
    Refused.COUNTS_OVER_TOTAL: lambda levels, total: (
        f"Mức độ 2, 3, 4 cộng lại ({levels}) nhiều hơn tổng số TTHC ({total}). Gõ lại."
    ),
    Refused.LINE_PARTS: lambda wanted, form: (
        f"Cần {wanted} phần cách nhau bằng dấu chấm phẩy: {line_usage(form)}."
    ),
    Refused.LINE_TIER: lambda text: f"«{esc(text[:40])}» không phải cấp tỉnh, huyện hay xã.",
    Refused.LINE_NAME_SHORT: lambda: "Tên dịch vụ quá ngắn.",
    Refused.LINE_LEVEL: lambda text, form: (
        f"Mức độ «{esc(text[:20])}» không hợp lệ: {line_usage(form)}."
    ),
    Refused.LINE_LEVEL_ABOVE: lambda name, levels: (
        f"«4»: {esc(name)} ghi mức độ đang cung cấp ({esc(levels)}, hoặc để trống); dịch vụ "
        f"đã ở mức độ 4 thì không thuộc {esc(name)}. Gõ lại dòng với mức {esc(levels)}."
    ),
    Refused.LINE_NO_REASON: lambda: "Thiếu lý do không đủ điều kiện.",
    Refused.ANSWER_AGAIN: lambda refusal: f"{say(refusal)} /huy để dừng.",
    # a submission undone
    Refused.SUBMISSION_NOT_FOUND: lambda: f"Không tìm thấy lần nộp này. {UNCHANGED}",
    Refused.SUBMISSION_UNDONE: lambda form, version: (
        f"Lần nộp {version} {esc(form)} đã được hoàn tác rồi. {UNCHANGED}"
    ),
    Refused.SUBMISSION_UNDO_TOO_LATE: lambda form, version: (
        f"Nút Hoàn tác chỉ dùng được trong {WINDOW_MINUTES} phút sau khi nộp (lần nộp "
        f"{version} {esc(form)}). Nộp lại bản đúng để thay. {UNCHANGED}"
    ),
    Refused.SUBMISSION_UNDO_NOT_YOURS: lambda: (
        f"Chỉ người đã nộp lần này hoặc quản trị viên mới hoàn tác được. {UNCHANGED}"
    ),
    Refused.NO_LONGER_SENDS: lambda form, agency: (
        f"Bạn không còn nộp {esc(form)} cho {esc(agency)}. {UNCHANGED}"
    ),
    Refused.NEWER_SUBMISSION: lambda form, agency, newer: (
        f"{esc(agency)} đã nộp {esc(form)} lần {newer} sau lần này nên không hoàn tác được "
        f"lần này. {UNCHANGED}"
        if newer is not None
        else f"Lần nộp này của {esc(agency)} không còn là bản được tính. {UNCHANGED}"
    ),
    Refused.STATUS_OF_SUBMISSION_UNDO: lambda form, version, key: (
        f"Trạng thái này do hoàn tác lần nộp {version} {esc(form)} ghi: lần nộp đó không còn "
        f"được tính. Nộp lại thì gửi lại: <code>/nop {typed_key(key)}</code>. {UNCHANGED}"
    ),
    Refused.STATUS_OF_SUBMISSION: lambda form, version: (
        f"Trạng thái này do lần nộp {version} {esc(form)} ghi: bấm Hoàn tác dưới tin nhắn xác "
        f"nhận lần nộp đó để hủy cả lần nộp. {UNCHANGED}"
    ),
    **FILE_WORDING,  # files handed in (knowledge/messages/file_refusals.py)
    Refused.FILE_NOT_SAVED: lambda refusal: f"{say(refusal)} Không có gì được lưu.",
    # the one-row table edit (/giao)
    Refused.EDIT_USAGE: lambda: GIAO_USAGE,
    Refused.EDIT_NO_ROW: lambda text, usage: (
        f"Không có mục “{esc(text)}” trong danh mục. " + (GIAO_USAGE if usage else UNCHANGED)
    ),
    Refused.EDIT_UNKNOWN_PART: lambda text: (
        f"Không hiểu “{esc(text[:60])}”: mỗi phần bắt đầu bằng chủ trì, "
        f"phối hợp hoặc hạn. {GIAO_USAGE}"
    ),
    Refused.EDIT_PART_TWICE: lambda field: f"Phần “{EDIT_FIELDS[field]}” có hai lần. {UNCHANGED}",
    Refused.EDIT_PART_EMPTY: lambda field: f"Phần “{EDIT_FIELDS[field]}” trống. {UNCHANGED}",
    Refused.EDIT_BAD_DEADLINE: lambda text, why: (
        f"Hạn “{esc(text[:60])}” không đọc được{f' ({esc(why)})' if why else ''}: ghi như "
        f"Tháng 9/2021, Quý III/2021 hoặc 30/9/2021. {UNCHANGED}"
    ),
    Refused.EDIT_UNKNOWN_AGENCY: lambda text: f"Không rõ cơ quan “{esc(text[:80])}”. {UNCHANGED}",
    Refused.EDIT_NEEDS_FIELD: lambda key, field: (
        f"Mục {esc(key)} chưa có trong bảng phân công: cần “{EDIT_FIELDS[field]} …”. {UNCHANGED}"
    ),
    Refused.EDIT_LEAD_AND_COORDINATE: lambda agencies, key: (
        f"{esc(', '.join(agencies))} vừa chủ trì vừa phối hợp mục {esc(key)}. {UNCHANGED}"
    ),
}


def say(refusal: Refusal) -> str:
    """The refusal's line, as Telegram HTML."""
    return WORDING[refusal.code](**refusal.data)
