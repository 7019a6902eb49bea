"""The refusals of a file handed in for a task (knowledge/deliverables/handed_files.py), in the
words knowledge/messages/refusals.py says every refusal in. Split from refusals.py.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from knowledge.messages.markup import esc, typed_key
from knowledge.messages.offers import UNCHANGED
from knowledge.rules.decisions import Refused

FILE_WORDING: Mapping[Refused, Callable[..., str]] = {
    Refused.ADMINS_DO_NOT_HAND_IN: lambda task: (
        "Quản trị viên ghi thay tệp một đơn vị gửi qua e-mail hoặc bản giấy: "
        f"<code>/nop {typed_key(task)} &lt;đơn vị&gt;</code> rồi gửi tệp; ngày nhận khác hôm "
        f"nay thì thêm sau tên đơn vị, ví dụ <code>… &lt;đơn vị&gt; ngày 3/9</code>. {UNCHANGED}"
    ),
    Refused.NO_TASK: lambda task: f"Không có nhiệm vụ {esc(task)}. {UNCHANGED}",
    Refused.TASK_TAKES_NO_FILE: lambda task: (
        f"Nhiệm vụ {esc(task)} không nhận tệp: nộp bằng mẫu của bot (/baocao → “Mẫu …”) "
        f"hoặc <code>/nop</code>. {UNCHANGED}"
    ),
    # nothing is sent for it (a status sync): its progress is a status, never a file
    Refused.TASK_COLLECTS_NOTHING: lambda task, unit: (
        f"Nhiệm vụ {esc(task)} không có văn bản nào nộp qua bot nên không nhận tệp; xong thì "
        f"ghi: <code>/capnhat {typed_key(task)}{' ' + esc(unit) if unit else ''} xong</code>. "
        f"{UNCHANGED}"
    ),
    Refused.NOT_ADDRESSEE_OF_TASK: lambda agency, task: (
        f"{esc(agency)} không thuộc các đơn vị phải nộp nhiệm vụ {esc(task)}. {UNCHANGED}"
    ),
    Refused.FILE_KIND: lambda name: f"Tệp {esc(name)}: chỉ nhận .xlsx, .docx hoặc .pdf.",
    Refused.FILE_TOO_BIG: lambda name, limit_mb: (
        f"Tệp {esc(name)} quá lớn (tối đa {limit_mb} MB)."
    ),
    Refused.FILE_UNREADABLE: lambda name, suffix: (
        f"Tệp {esc(name)} không phải tệp {esc(suffix)} đọc được (hỏng hoặc sai định dạng)."
    ),
}
