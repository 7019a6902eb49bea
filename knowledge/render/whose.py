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


# "đăng ký thế nào", "dang ky" from someone not registered: the bot's own registration, not the
# services titled "Đăng ký …" (ux37 #8)
REGISTER_HOW_TEXT = (
    "Để đăng ký làm cán bộ của cơ quan mình, gõ <code>/dangky</code> rồi bấm tên cơ quan (hoặc gõ "
    "tên ngay sau lệnh, ví dụ <code>/dangky Sở Xây dựng</code>). Quản trị viên Sở TT&amp;TT duyệt "
    "xong, bạn báo tiến độ và nhận nhắc hạn cho cơ quan mình. Chưa có gì được ghi. Hỏi một dịch "
    "vụ tên “Đăng ký …”: gõ tên đầy đủ, ví dụ <i>đăng ký khai sinh</i>."
)
