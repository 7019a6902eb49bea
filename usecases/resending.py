""" "nhầm file, gửi lại": how to send the file again — for the task the caller's last file was
for (`/nop <task>`, or a reply to its reminder), else how to name one. Words only: nothing is
written, nothing waits (knowledge/reader/resend_words.py reads the message)."""

from __future__ import annotations

from knowledge.deliverables.handed_files import FILE_FORM
from knowledge.messages.markup import esc, key_tag, typed_key
from knowledge.reader.resend_words import asks_to_resend
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.runner import use_case

ANY_TASK = (
    "Gửi lại tệp: gõ <code>/nop &lt;mã nhiệm vụ&gt;</code> rồi gửi tệp, hoặc trả lời (reply) tin "
    "nhắc hạn của nhiệm vụ đó bằng tệp; xem các nhiệm vụ phải nộp: /nopbai."
)


@use_case(writes=False)
def resend_help(desk: Desk, caller: Caller, text: str) -> str | None:
    """How to send a file again, when `text` asks it; None otherwise."""
    if caller.agency is None and not caller.is_admin:
        return None
    if not desk.remembered("resend", text, lambda: asks_to_resend(text)):
        return None
    last = desk.submissions.latest_by(caller.user_id)
    if last is None or last.form != FILE_FORM or desk.province.task_at(last.task) is None:
        return ANY_TASK
    now = (
        f"Lần nộp {last.version} ({esc(last.file_name)}) đã hoàn tác: chưa có tệp nào được tính."
        if last.undone
        else f"Lần nộp {last.version} ({esc(last.file_name)}) đang được tính; bản mới sẽ thay nó."
    )
    return (
        f"Gửi lại tệp cho {key_tag(last.task)}: gõ <code>/nop {typed_key(last.task)}</code> rồi "
        f"gửi tệp, hoặc trả lời (reply) tin nhắc hạn bằng tệp. {now}"
    )
