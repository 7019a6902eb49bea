"""Every handler the bot has, in one visible list, in the order they are tried.

What changes something (statuses, officers, proposals, reminders) is private_only: groups read,
follow an agency (/theodoi), and take a status said in reply to the bot's reminder from an officer
of an agency they follow, written on that officer's press (group_replies).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

from telegram import Update
from telegram.ext import (
    BaseHandler,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from handlers import (
    all_items,
    cancel,
    chat_turns,
    congvan,
    deadline_moves,
    documents,
    double_taps,
    fallback,
    file_moves,
    group_replies,
    groups,
    handed_files,
    handins,
    imports,
    letter_forms,
    letters,
    officers,
    pending,
    progress_views,
    proposals,
    questions,
    reports,
    start,
    status,
    submissions,
    submit_chat,
    task_renames,
    undoing,
)
from handlers import buttons as b
from handlers.buttons import pressed
from handlers.common import private_only
from handlers.context import BotContext
from knowledge.messages.refusals import WINDOW_MINUTES

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
    ("tiendo", "Tiến độ của cơ quan hoặc toàn tỉnh", progress_views.tiendo),
    ("lichsu", "Lịch sử cập nhật một mục", progress_views.lichsu),
    ("nhacnho", "Bật/tắt nhắc hạn", private_only(officers.nhacnho)),
    ("theodoi", "(Nhóm) Nhận nhắc hạn của một cơ quan nữa", groups.theodoi),
    ("botheodoi", "(Nhóm) Thôi nhận nhắc hạn của một cơ quan", groups.botheodoi),
    ("dexuat", "Đề xuất thêm dịch vụ (Biểu 02)", proposals.dexuat),
    ("nop", "Nộp Biểu 02, Phụ lục I–IV trong chat", private_only(submit_chat.nop)),
    ("baocao", "Tải báo cáo .xlsx (Biểu 02, tiến độ, Phụ lục IV)", private_only(reports.baocao)),
    ("quahan", "Các mục quá hạn", reports.quahan),
    ("nopbai", "Hồ sơ phải nộp; (Quản trị) /nopbai tinh: ai đã nộp", handins.nopbai),
    ("tonghop", "(Quản trị) Bản tổng hợp: hồ sơ chưa nộp, quá hạn", private_only(handins.tonghop)),
    (
        "congvan",
        "(Quản trị) Công văn, nhiệm vụ đang theo dõi; lịch sử",
        private_only(congvan.congvan),
    ),
    ("ketthuc", "(Quản trị) Kết thúc theo dõi nhiệm vụ, công văn", private_only(congvan.ketthuc)),
    ("molai", "(Quản trị) Mở lại theo dõi nhiệm vụ, công văn", private_only(congvan.molai)),
    ("doihan", "(Quản trị) Đổi hạn nhiệm vụ đã công bố", private_only(deadline_moves.doihan)),
    ("giao", "(Quản trị) Sửa một mục của bảng phân công", private_only(imports.giao)),
    (
        "mautrong",
        "(Quản trị) Gắn mẫu trống của công văn cho nhiệm vụ",
        private_only(letter_forms.mautrong),
    ),
    (
        "hoantac",
        f"Hoàn tác trạng thái, lần nộp vừa ghi (trong {WINDOW_MINUTES} phút)",
        private_only(undoing.hoantac),
    ),
    ("huy", "Hủy thao tác đang dở", cancel.huy),
]


# Run before every other handler, one per group, and let the update go on to them: the caller
# read once for the update (with the table in force looked at, and a chat heard from reachable
# again); a command, a question, another message's button or a late answer ends the prompt the
# chat had left waiting.
# The commands whose handlers read the caller together with their use case, before replying
# (BotContext.run_as_caller): one trip to a worker thread instead of two. In a private chat the
# pre-handlers leave the caller and the prompt to them; a last group settles an update whose
# handler failed before it read the caller. Read-only use cases only: with /capnhat joined, its
# caller was read under SQLite's write lock, and the 200-officer burst's p99 went to 0.5-0.9 s in
# three runs of three (78 ms in the run without; bench/README.md, Load). /capnhat reads its
# caller first, outside the lock.
JOINED = ("tiendo", "lichsu", "nopbai", "quahan")
PRE_HANDLERS: dict[int, Sequence[BaseHandler[Any, BotContext, Any]]] = {
    # the second press of a double tap, dropped before anything reads it
    -3: [TypeHandler(Update, double_taps.drop_double_tap)],
    -2: [
        TypeHandler(
            Update,
            pending.preparing(
                [CommandHandler(n, cb) for n, _, cb in COMMANDS if n in JOINED]
                # a private text no command took: free text, read with its caller
                # (usecases/chat_turn.py)
                + [MessageHandler(filters.TEXT & ~filters.COMMAND, chat_turns.free_text)]
            ),
        )
    ],
    -1: [TypeHandler(Update, pending.screen_unless_deferred)],
    1: [TypeHandler(Update, pending.settle)],
}


@functools.cache
def handlers() -> tuple[BaseHandler[Any, BotContext, Any], ...]:
    """The handlers in the order they are tried. Built once per process: a handler holds its
    callback, its filters and its compiled pattern and nothing of an Application (PTB keeps the
    conversation state in the Application), so every Application of a process can share them,
    as PRE_HANDLERS are shared. A test process starts hundreds of bots; building the ~80
    handlers again was 0.35 ms of each start (bench/README.md, Round 31)."""
    result: list = [CommandHandler(name, callback) for name, _, callback in COMMANDS]
    result += [
        pressed(b.ShowRow, questions.pick_row),
        pressed(b.ShowTask, questions.pick_task),
        pressed(b.PickAgency, officers.pick_agency, private=True),
        pressed(b.WithdrawRequest, officers.withdraw_pressed, private=True),
        pressed(b.Approve, officers.decision_button, private=True),
        pressed(b.Reject, officers.decision_button, private=True),
        pressed(b.ChooseRow, status.choose_status, private=True),
        pressed(b.SetStatus, status.status_button, private=True),
        pressed(b.WriteFor, status.unit_pressed, private=True),
        pressed(b.UndoStatus, status.undo_pressed, private=True, in_groups=group_replies.may_undo),
        pressed(b.RedoStatus, status.redo_pressed, private=True, in_groups=group_replies.may_undo),
        pressed(b.ConfirmAll, all_items.all_pressed, private=True),
        pressed(b.UndoAll, all_items.undo_pressed, private=True),
        pressed(b.OlderHistory, progress_views.older_pressed),
        pressed(
            b.ConfirmOffer,
            status.offer_pressed,
            private=True,
            in_groups=group_replies.offer_holder,
        ),
        pressed(b.NewProposal, proposals.new_pressed, private=True),
        pressed(b.EditProposal, proposals.change_pressed, private=True),
        pressed(b.WithdrawProposal, proposals.change_pressed, private=True),
        pressed(b.RestoreProposal, proposals.change_pressed, private=True),
        pressed(b.ProposalStep, proposals.step_button, private=True),
        pressed(b.UndoProposal, proposals.undo_pressed, private=True),
        pressed(b.GetReport, reports.report_button, private=True),
        pressed(b.GetChart, reports.chart_button),
        pressed(b.ApplyTable, imports.apply_pressed, private=True),
        pressed(b.ReplaceTable, imports.replace_pressed, private=True),
        pressed(b.UndoTable, imports.undo_pressed, private=True),
        pressed(b.FormStep, submit_chat.step_button, private=True),
        pressed(b.PickHandin, submit_chat.pick_pressed, private=True),
        pressed(b.HandOffered, handed_files.offer_pressed, private=True),
        pressed(b.MoveFile, file_moves.move_pressed, private=True),
        pressed(b.RefileFor, file_moves.refile_pressed, private=True),
        pressed(b.GetTemplate, submissions.template_button, private=True),
        pressed(b.GetCompiled, submissions.compiled_button, private=True),
        pressed(b.UndoSubmission, submissions.undo_pressed, private=True),
        pressed(b.UndoBlankForm, letter_forms.undo_pressed, private=True),
        pressed(b.GetBlankForm, letter_forms.form_pressed, private=True),
        pressed(b.SendBlank, submissions.blank_pressed, private=True),
        pressed(b.Handins, handins.button, private=True),
        pressed(b.Unfollow, groups.stop_button),
        pressed(b.ShowDraft, letters.show_button, private=True),
        pressed(b.DraftTask, letters.task_button, private=True),
        pressed(b.EditDraft, letters.edit_button, private=True),
        pressed(b.DropDraftTask, letters.drop_task_button, private=True),
        pressed(b.UndoDraftEdit, letters.undo_edit_button, private=True),
        pressed(b.AcceptProblems, letters.accept_button, private=True),
        pressed(b.PublishLetter, letters.publish_button, private=True),
        pressed(b.DropLetter, letters.drop_button, private=True),
        pressed(b.UndoLetters, letters.undo_button, private=True),
        pressed(b.WithdrawLetter, congvan.ask_withdraw_pressed, private=True),
        pressed(b.ConfirmWithdraw, congvan.confirm_withdraw_pressed, private=True),
        pressed(b.AskEnd, congvan.ask_end_pressed, private=True),
        pressed(b.AskReopen, congvan.ask_reopen_pressed, private=True),
        pressed(b.ConfirmEnd, congvan.confirm_end_pressed, private=True),
        pressed(b.ConfirmReopen, congvan.confirm_reopen_pressed, private=True),
        pressed(b.ConfirmMove, deadline_moves.confirm_pressed, private=True),
        pressed(b.ConfirmRename, task_renames.confirm_pressed, private=True),
        pressed(b.LetterHistory, congvan.history_pressed, private=True),
        pressed(b.AskRollback, congvan.ask_rollback_pressed, private=True),
        pressed(b.ConfirmRollback, congvan.confirm_rollback_pressed, private=True),
        CallbackQueryHandler(fallback.stale_button),
        InlineQueryHandler(questions.inline),
        ChatMemberHandler(groups.membership, ChatMemberHandler.MY_CHAT_MEMBER),
        MessageHandler(filters.COMMAND, fallback.unknown_command([n for n, _, _ in COMMANDS])),
        MessageHandler(filters.TEXT & filters.ChatType.PRIVATE, chat_turns.free_text),
        # a reply to the bot's reminder; any other line only when it states or asks something
        MessageHandler(filters.TEXT & filters.ChatType.GROUPS, group_replies.replied),
        MessageHandler(filters.Document.ALL & filters.ChatType.PRIVATE, documents.received),
        MessageHandler(
            (filters.Document.ALL | filters.PHOTO) & filters.ChatType.GROUPS,
            group_replies.file_sent,
        ),
        MessageHandler(filters.ChatType.PRIVATE & ~filters.TEXT, fallback.not_text),
    ]
    return tuple(result)
