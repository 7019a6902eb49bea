"""Every handler the bot has, in one visible list, in the order they are tried.

What changes something (statuses, officers, proposals, reminders) is private_only: groups only read
and follow an agency (/theodoi).
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import (
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from handlers import (
    documents,
    fallback,
    groups,
    handins,
    imports,
    officers,
    pending,
    proposals,
    questions,
    reports,
    start,
    status,
    submissions,
    submit_chat,
)
from handlers.common import private_only

COMMANDS = [
    ("start", "Bắt đầu", start.start),
    ("help", "Hướng dẫn", start.start),
    ("hoi", "Hỏi về hạn một dịch vụ, cơ quan, tháng", questions.hoi),
    ("muc", "Xem một mục theo mã (406-14)", questions.muc),
    ("dangky", "Đăng ký làm cán bộ của cơ quan", officers.dangky),
    ("duyet", "(Quản trị) Duyệt đăng ký", private_only(officers.duyet)),
    ("tuchoi", "(Quản trị) Từ chối đăng ký", private_only(officers.tuchoi)),
    ("canbo", "(Quản trị) Danh sách cán bộ", private_only(officers.canbo)),
    ("thuhoi", "(Quản trị) Thu hồi quyền cán bộ", private_only(officers.thuhoi)),
    ("capnhat", "Cập nhật trạng thái một mục", private_only(status.capnhat)),
    ("tiendo", "Tiến độ của cơ quan hoặc toàn tỉnh", status.tiendo),
    ("lichsu", "Lịch sử cập nhật một mục", status.lichsu),
    ("nhacnho", "Bật/tắt nhắc hạn", private_only(officers.nhacnho)),
    ("theodoi", "(Nhóm) Nhận nhắc hạn của một cơ quan nữa", groups.theodoi),
    ("botheodoi", "(Nhóm) Thôi nhận nhắc hạn của một cơ quan", groups.botheodoi),
    ("dexuat", "Đề xuất thêm dịch vụ (Biểu 02)", proposals.dexuat),
    ("nop", "Nộp Biểu 02, Phụ lục I–IV trong chat", private_only(submit_chat.nop)),
    ("baocao", "Tải báo cáo .xlsx (Biểu 02, tiến độ, Phụ lục IV)", private_only(reports.baocao)),
    ("quahan", "Các mục quá hạn", reports.quahan),
    ("nopbai", "Hồ sơ phải nộp; (Quản trị) /nopbai tinh: ai đã nộp", handins.nopbai),
    ("huy", "Hủy thao tác đang dở", status.huy),
]


# Run before every other handler, one per group, and let the update go on to them: the
# assignment table in force is the one read; a chat heard from is reachable again; a command, a
# question, another message's button or a late answer ends the prompt the chat had left waiting.
PRE_HANDLERS = {
    -3: [TypeHandler(Update, imports.sync_table)],
    -2: [TypeHandler(Update, groups.note_chat)],
    -1: [TypeHandler(Update, pending.screen)],
}


def handlers() -> list:
    result = [CommandHandler(name, callback) for name, _, callback in COMMANDS]
    result += [
        CallbackQueryHandler(questions.pick_row, pattern=r"^r:\d+$"),
        CallbackQueryHandler(private_only(officers.pick_agency), pattern=r"^ag:\d+$"),
        CallbackQueryHandler(
            private_only(officers.decision_button), pattern=r"^(ok|no):\d+(:\d+)?$"
        ),
        CallbackQueryHandler(private_only(status.choose_status), pattern=r"^u:\d+$"),
        CallbackQueryHandler(private_only(status.status_button), pattern=r"^s:\d+:\d+$"),
        CallbackQueryHandler(private_only(status.undo_pressed), pattern=r"^un:\d+$"),
        CallbackQueryHandler(private_only(status.offer_pressed), pattern=r"^wo:\d+:\d+$"),
        CallbackQueryHandler(private_only(proposals.start_button), pattern=r"^(pn|pe|pw|pr):\d+$"),
        CallbackQueryHandler(private_only(proposals.step_button), pattern=r"^pv:[A-Za-z0-9]+$"),
        CallbackQueryHandler(private_only(proposals.undo_pressed), pattern=r"^pu:\d+$"),
        CallbackQueryHandler(
            private_only(reports.report_button), pattern=r"^bc:(bieu02|tiendo|phuluc4):[ap]$"
        ),
        CallbackQueryHandler(reports.chart_button, pattern=r"^ch:(p|a:\d+)$"),
        CallbackQueryHandler(private_only(imports.apply_pressed), pattern=r"^im:\d+$"),
        CallbackQueryHandler(private_only(imports.undo_pressed), pattern=r"^iu:\d+$"),
        CallbackQueryHandler(
            private_only(submit_chat.step_button), pattern=r"^sb:(ok|no|zero|pop|clear)$"
        ),
        CallbackQueryHandler(
            private_only(submissions.template_button), pattern=r"^mau:[a-z0-9]+$"
        ),
        CallbackQueryHandler(private_only(submissions.compiled_button), pattern=r"^th:[a-z0-9]+$"),
        CallbackQueryHandler(private_only(handins.button), pattern=r"^nb:[pxns]$"),
        CallbackQueryHandler(groups.stop_button, pattern=r"^bt:\d+$"),
        CallbackQueryHandler(fallback.stale_button),
        InlineQueryHandler(questions.inline),
        ChatMemberHandler(groups.membership, ChatMemberHandler.MY_CHAT_MEMBER),
        MessageHandler(filters.COMMAND, fallback.unknown_command),
        MessageHandler(filters.TEXT & filters.ChatType.PRIVATE, questions.free_text),
        MessageHandler(filters.Document.ALL & filters.ChatType.PRIVATE, documents.received),
        MessageHandler(filters.ChatType.PRIVATE & ~filters.TEXT, fallback.not_text),
    ]
    return result
