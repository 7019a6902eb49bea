"""What `/nop <task>` says of a task that asks for no document (a status sync, a check to
carry out): no form, no file; its progress is a status, reported with /capnhat. It showed the
form menu, "Không có biểu …", as if the task had been mistyped."""

from __future__ import annotations

from knowledge.catalogue.model import Task
from knowledge.messages.markup import clipped, esc, key_tag, typed_key

TITLE = 90  # the task's title, as the line quotes it


def no_document(task: Task, key: str, title: str = "") -> str:
    """One line: the task by its title and key, that it asks for no document, and the status
    command that reports it."""
    named = esc(title or clipped(task.title, TITLE))
    return (
        f"{key_tag(key)} «{named}» không yêu cầu nộp biểu mẫu hay tệp nào; việc này báo bằng "
        f"trạng thái: <code>/capnhat {typed_key(key)} xong</code> (hoặc đang làm, vướng mắc "
        "…). Không có gì thay đổi."
    )
