"""What to say to someone who asks about "their" agency before the bot knows which it is."""

from __future__ import annotations

# The line to type is /dangky itself, whose buttons list every agency and unit: an example name
# ("/dangky Sở Xây dựng (tên cơ quan của bạn)") was copied as it stood by officers of other units.
WHOSE_TEXT = (
    "Tôi chưa biết bạn thuộc cơ quan nào. Để đăng ký, gõ <code>/dangky</code> rồi bấm tên cơ quan "
    "của bạn (hoặc gõ tên ngay sau lệnh, ví dụ <code>/dangky Sở Xây dựng</code>). Trong lúc chờ, "
    "hãy hỏi kèm tên cơ quan, ví dụ: <i>Sở Xây dựng còn gì chưa xong</i>."
)


def whose_waiting(standing: str) -> str:
    """ "bên em …" from someone whose registration is not approved: where it stands (not "Gõ
    /dangky", which they did), and how to ask meanwhile."""
    return (
        f"{standing} Trong lúc chờ, hãy hỏi kèm tên cơ quan, ví dụ: <i>Sở Xây dựng còn gì chưa "
        "xong</i>."
    )
