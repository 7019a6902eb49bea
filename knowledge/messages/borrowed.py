"""The refusal of a form template the bot made for another unit (usecases/submissions.py)."""

from __future__ import annotations

from knowledge.language.text import fold
from knowledge.render.answers import esc


def borrowed_template(form: str, made_for: str, sender: str, line: str) -> str:
    """A template made for another unit: what its unit line shows quoted, so the refusal
    does not contradict the sheet the officer sees (ux30 #10: the line retyped to the
    sender's own name)."""
    shown = " ".join(line.split())[:120]
    made = f"mẫu {esc(form)} bot tạo cho {esc(made_for)}"
    if not shown:
        said = f"Tệp này là {made}"
    elif fold(made_for) in fold(shown):
        said = f"Tệp ghi «{esc(shown)}»: đây là {made}"
    else:  # the line typed over: the template is still the other unit's
        said = (
            f"Trang tính ghi «{esc(shown)}», nhưng tệp này là {made} (sửa dòng đơn vị không "
            "đổi được mẫu)"
        )
    return (
        f"{said}, không phải của {esc(sender)}. Tải mẫu của {esc(sender)} ở /baocao, chép số "
        "liệu sang rồi gửi lại. Không có gì được lưu."
    )
