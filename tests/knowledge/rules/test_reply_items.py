"""Which items of a reminder a status said in reply is about, in what order
(knowledge/rules/reply_items.py; UX report 14b, item 4)."""

from __future__ import annotations

from datetime import date

from knowledge.rules.reply_items import reminded_dues, reply_items, said_as_sending

TODAY = date(2021, 9, 30)
REMINDER = """⏰ Nhắc hạn — Công an tỉnh (Thứ Năm, 30/9/2021)

⚠️ Hạn 20/4/2021 — quá hạn 163 ngày
• 📌 tq-2021-04-20 Biểu 02: Hồ sơ đề xuất — ⚪ Chưa bắt đầu

⚠️ Hạn 31/8/2021 — quá hạn 30 ngày
• 406-22 Đổi giấy phép lái xe — ⚪ Chưa bắt đầu

📅 Hạn 30/9/2021 — hạn hôm nay
• 📌 tq-2021-09-30 Biểu mẫu số 04: Cung cấp danh sách — ⚪ Chưa bắt đầu
• 406-22 Đổi giấy phép lái xe — ⚪ Chưa bắt đầu

📅 Hạn 5/10/2021 — còn 5 ngày
• 📌 tq-2021-10-05 Biểu mẫu số 03 — ⚪ Chưa bắt đầu

Nộp biểu qua bot: /nop bieu02 (trong chat) hoặc /baocao → “Mẫu …”, điền rồi gửi lại tệp.\
 Đã gửi Sở Thông tin và Truyền thông bằng văn bản thì báo: /capnhat tq-2021-04-20 đã nộp\
 · Tắt nhắc: /nhacnho tat"""
KEYS = ["tq-2021-04-20", "406-22", "tq-2021-09-30", "tq-2021-10-05"]
TASKS = {"tq-2021-04-20", "tq-2021-09-30", "tq-2021-10-05"}


def test_each_item_has_the_deadlines_it_is_listed_under():
    dues = reminded_dues(REMINDER, KEYS)
    assert dues["tq-2021-04-20"] == [date(2021, 4, 20)]  # the hint after the list is no item
    assert dues["406-22"] == [date(2021, 8, 31), date(2021, 9, 30)]


def test_a_deadline_on_a_day_off_is_read_with_its_weekday():
    """ux20 #12: a reminder names a deadline on a day off by its weekday too."""
    sunday = REMINDER.replace("📅 Hạn 5/10/2021 — còn 5 ngày", "📅 Hạn Chủ nhật 5/10/2021 — x")
    saturday = sunday.replace("Hạn 30/9/2021", "Hạn Thứ Bảy 30/9/2021")
    for text in (sunday, saturday):
        dues = reminded_dues(text, KEYS)
        assert dues["tq-2021-10-05"] == [date(2021, 10, 5)]
        assert dues["406-22"] == [date(2021, 8, 31), date(2021, 9, 30)]


def test_a_sending_offers_the_documents_due_today_first():
    dues = reminded_dues(REMINDER, KEYS)
    assert said_as_sending("đã nộp rồi ạ") and said_as_sending("gui roi nhe")
    assert reply_items(KEYS, TASKS, dues, True, TODAY) == [
        "tq-2021-09-30",
        "tq-2021-10-05",
        "tq-2021-04-20",
    ]


def test_a_status_not_a_sending_keeps_the_rows_and_a_sending_with_no_task_too():
    dues = reminded_dues(REMINDER, KEYS)
    assert not said_as_sending("xong rồi")
    order = reply_items(KEYS, TASKS, dues, False, TODAY)
    assert order[:2] in (["tq-2021-09-30", "406-22"], ["406-22", "tq-2021-09-30"])
    assert order[-1] == "tq-2021-04-20"
    assert reply_items(["406-22"], set(), dues, True, TODAY) == ["406-22"]
