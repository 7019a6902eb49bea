"""A recurring report asked about when no task of that recurrence is in force (ux22 #10)."""

from __future__ import annotations

import datetime as dt

TODAY = dt.date(2021, 6, 14)


def test_a_recurring_report_none_in_force_is_said_so_a_yearly_declaration_stays_a_service(
    assistant,
):
    """ux22 #10: "bc hằng tháng" asked where no recurring task is in force is no service missing
    from the catalogues; a service done every year ("khai báo hóa chất hằng năm") still is."""
    district = "UBND huyện Sơn Dương"
    answer = assistant.ask("bc hang thang nop ngay nao", TODAY, "tuyen-quang", district)
    assert answer.intent == "task" and answer.tasks == []
    assert (
        answer.text == f"{district} không có báo cáo hằng tháng nào phải nộp. Xem tất cả: /nopbai"
    )
    declared = assistant.ask(
        "công ty phải khai báo hóa chất sản xuất hằng năm, làm trực tuyến được chưa",
        TODAY,
        "tuyen-quang",
    )
    assert declared.intent == "absent"
