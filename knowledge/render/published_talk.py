"""The answer to a draft's correction typed once no draft waits and the letter is published
("sửa hạn nv 1 thành 5/7/2021", "bỏ nv 2" after "✅ Công bố" was pressed first, ux22 #5): the
letter is said to be published, nothing changed, and the command that does what was asked on
the tracked task is given to copy: a deadline moves with /doihan, a task stops being tracked with
/ketthuc, a title is renamed (usecases/task_renames.py), anything else of a published letter
by undoing the publication or withdrawing it.
Read as a question instead, "sửa hạn nv 1 thành 5/7/2021" was answered with what falls due on
5/7 and "bỏ nv 2" with "Tôi chưa hiểu"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from knowledge.catalogue.model import Task
from knowledge.messages.markup import esc, typed_key
from knowledge.render.task_names import task_name

NAME_CHARS = 70
UNCHANGED = "Không có gì thay đổi."
OTHER_FIELDS = (
    "Đơn vị hay biểu mẫu của công văn đã công bố không sửa được bằng câu (tên nhiệm vụ thì "
    "được: sửa tên nv 1 thành …): bấm "
    "«↩️ Hoàn tác» dưới tin công bố (trong 10 phút) rồi sửa bản nháp, hoặc thu hồi công văn ở "
    "/congvan rồi gửi lại tệp."
)


@dataclass(frozen=True)
class PublishedTask:
    """The task a correction's number names in the letter published last, as tracked now."""

    number: int  # as the draft showed it (1-based)
    task: Task
    next_due: date | None  # a recurring task's next occurrence (the one a move would name)


def published_talk(
    letter_name: str, count: int, kind: str, field: str, value: str, found: PublishedTask | None
) -> str:
    """`kind`: "edit" or "drop" (knowledge/letters/draft_talk.py's Talk); `field`: the field
    an edit names ("d" the deadline); `value`: as typed ("5/7/2021"); `found`: the task, None
    when the number is not one of the letter's `count` tasks."""
    head = f"Công văn {esc(letter_name)} đã công bố, không còn bản nháp nào chờ duyệt."
    if found is None:
        return f"{head} Công văn có {count} nhiệm vụ. {UNCHANGED}"
    task = found.task
    # a recurring task's deadline moves one occurrence at a time: the next one's key
    key = task.key_of(found.next_due) if task.recurring and found.next_due else task.id
    name = f"nhiệm vụ {found.number} «{esc(task_name(task, None, NAME_CHARS))}»"
    if kind == "drop":
        ask = f"Thôi theo dõi {name}: <code>/ketthuc {typed_key(task.id)}</code>"
        if key != task.id:
            ask += f" (chỉ một kỳ: <code>/ketthuc {typed_key(key)}</code>)"
        return f"{head} {ask}. {UNCHANGED}"
    if field == "d":
        due = esc(value.strip()) or "&lt;hạn mới&gt;"
        line = f"<code>/doihan {typed_key(key)} {due}</code>"
        return f"{head} Đổi hạn {name}: {line} (xem trước, bấm để xác nhận). {UNCHANGED}"
    code = f"<code>{typed_key(task.id)}</code>"
    return f"{head} {name[0].upper()}{name[1:]} là {code}. {OTHER_FIELDS} {UNCHANGED}"
