"""What is said to a letter forwarded or pasted as text (knowledge/reader/letter_shape.py): to the
coordinator, that a draft is made from the letter's file; to anyone else, that it is no question,
with the tasks in force it names (ux37 #9)."""

from __future__ import annotations

from collections.abc import Sequence

from knowledge.catalogue.model import Task
from knowledge.messages.markup import esc
from knowledge.render.tracking_text import task_label

TO_ADMIN = (
    "📄 Tin nhắn này giống nội dung một công văn. Để tạo bản nháp nhiệm vụ, gửi công văn dưới "
    "dạng tệp (.docx, .pdf hoặc .txt) vào khung chat này. Chưa có gì được ghi."
)
_HEAD = "📄 Tin nhắn này giống nội dung một công văn; bot không đọc công văn dán vào tin nhắn."


def to_officer(tasks: Sequence[Task]) -> str:
    """The tasks in force the text names, each by its id, and how to ask about one."""
    if not tasks:
        return (
            f"{_HEAD} Hãy hỏi về một nhiệm vụ hoặc một dịch vụ, ví dụ <i>bên em còn gì chưa "
            "xong</i>. Công văn mới thì quản trị viên Sở TT&amp;TT tạo nhiệm vụ từ tệp công văn."
        )
    lines = [f"• 📌 <b>{esc(t.id)}</b> {esc(task_label(t))}" for t in tasks]
    return (
        f"{_HEAD} Nhiệm vụ đang theo dõi mà tin này nêu:\n"
        + "\n".join(lines)
        + f"\nHỏi về nhiệm vụ, ví dụ <i>{esc(tasks[0].id)} hạn khi nào</i>."
    )
