"""A period asked for one unit says where each item stands (ux19 #5): "tháng 8 bên em phải xong
những gì" listed rows done and closed as still due, with no status."""

from __future__ import annotations

from datetime import date

from knowledge.reader.ask import default_assistant
from knowledge.rules.standing import Mark

LABOUR = "Sở Lao động, Thương binh và Xã hội"
DAY = date(2021, 8, 25)
MARKS = {
    ("406-24", LABOUR): Mark("hoan_thanh", date(2021, 4, 13)),
    ("406-33", LABOUR): Mark("khong_du_dieu_kien", date(2021, 4, 13)),
    ("406-23", LABOUR): Mark("dang_thuc_hien", date(2021, 4, 13)),
}


def test_done_and_closed_are_counted_apart_and_the_rest_carry_their_status():
    reader = default_assistant()
    asked = reader.understand("tháng 8 bên em phải xong những gì", DAY, "tuyen-quang", LABOUR)
    assert asked.needs_statuses  # the answer is read from the statuses, as /tiendo's
    answer = reader.answer(asked, MARKS)
    assert answer.intent == "deadline" and answer.agency == LABOUR
    lines = answer.text.splitlines()
    assert lines[0].endswith("11 mục; còn phải xong 9, 2 đã xong/đóng.")
    listed = [line for line in lines if line.startswith("• ")]
    assert not any(line.startswith(("• 406-24 ", "• 406-33 ")) for line in listed)
    assert next(line for line in listed if line.startswith("• 406-23 ")).endswith(
        "— 🔵 Đang thực hiện"
    )
    assert "Đã xong/đóng (2): 406-24 (✅ Hoàn thành), 406-33 (⛔ Không đủ điều kiện)" in lines
    standing = {v.key: v.standing for v in answer.items}
    assert standing["406-24"] == "done" and standing["406-33"] == "closed"
    assert standing["406-25"] == "open"
