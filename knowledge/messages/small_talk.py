"""What is said to a message that is no question and no statement (knowledge/reader/small_talk.py):
an acknowledgement gets a short one back, a text too long for a question one line on how to ask."""

from __future__ import annotations

from knowledge.messages.markup import esc

ACKNOWLEDGED = "👌"


def too_long(chars: int) -> str:
    return (
        f"Tin nhắn dài {chars} ký tự, quá dài để đọc như một câu hỏi. Hãy hỏi ngắn, mỗi tin một "
        "ý (ví dụ <i>bên em còn gì chưa xong</i>); báo trạng thái từng mục bằng "
        "<code>/capnhat &lt;mã mục&gt; &lt;trạng thái&gt; [ghi chú]</code>. Chưa có gì được ghi."
    )


def pending_unit(unit: str) -> str:
    """The line above an answer read for the unit an officer asked to join, not yet approved."""
    return f"ℹ️ Trả lời cho {esc(unit)} — đơn vị bạn xin đăng ký (đang chờ duyệt)."
