""" "nhầm file, gửi lại": how to send the file again — for the task the caller's last file was
for (`/nop <task>`, or a reply to its reminder), else how to name one (knowledge/reader/
resend_words.py reads the message). Nothing is written; the chat waits for the file, for that
task (ux30 #1: the next file was offered for the tasks owed, the one just named left out), as
one way among others: any other message ends the wait without a word, and a file that prints
another month or unit is still asked about (usecases/file_offers.doubted)."""

from __future__ import annotations

from knowledge.deliverables.handed_files import FILE_FORM
from knowledge.messages.markup import esc, key_tag, typed_key
from knowledge.reader.resend_words import asks_to_resend
from usecases import prompts
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.prompts import HandinPrompt
from usecases.runner import use_case

ANY_TASK = (
    "Gửi lại tệp: gõ <code>/nop &lt;mã nhiệm vụ&gt;</code> rồi gửi tệp, hoặc trả lời (reply) tin "
    "nhắc hạn của nhiệm vụ đó bằng tệp; xem các nhiệm vụ phải nộp: /nopbai."
)


def asks_resend(desk: Desk, caller: Caller, text: str) -> bool:
    """`text` asks how to send a file again, from someone who may send one (no database)."""
    if caller.agency is None and not caller.is_admin:
        return False
    return desk.remembered("resend", text, lambda: asks_to_resend(text))


@use_case(writes=True)
def resend_help(desk: Desk, caller: Caller, text: str) -> str | None:
    """How to send a file again, when `text` asks it; None otherwise."""
    if not asks_resend(desk, caller, text):
        return None
    last = desk.submissions.latest_by(caller.user_id)
    if last is None or last.form != FILE_FORM or desk.province.task_at(last.task) is None:
        return ANY_TASK
    now = (
        f"Lần nộp {last.version} ({esc(last.file_name)}) đã hoàn tác: chưa có tệp nào được tính."
        if last.undone
        else f"Lần nộp {last.version} ({esc(last.file_name)}) đang được tính; bản mới sẽ thay nó."
    )
    if caller.chat_id is not None:
        waiting = HandinPrompt(last.task, last.agency, aside=True)
        prompts.wait_for(desk, caller.chat_id, caller.user_id, waiting)
    return (
        f"Gửi lại tệp cho {key_tag(last.task)}: gửi tệp mới vào đây (hoặc gõ <code>/nop "
        f"{typed_key(last.task)}</code> rồi gửi tệp). {now}"
    )
