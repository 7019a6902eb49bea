"""A task's deadline in force as a "back in force" word says it: days left or late, the date a
move replaced, the unit done, a recurring task's period."""

from __future__ import annotations

from datetime import date

from knowledge.render.due_now_text import due_now_text, period_now_text

TODAY = date(2021, 8, 18)


def test_the_date_now_with_its_days_and_the_date_it_replaced():
    moved = due_now_text(date(2021, 8, 12), "trước ngày 12/8/2021", "20/8/2021", TODAY)
    assert moved == "hạn hiện nay: 12/8/2021 (đã quá hạn 6 ngày; đã đổi từ 20/8/2021)"
    assert due_now_text(TODAY, "", "", TODAY) == "hạn hiện nay: 18/8/2021 (hạn hôm nay)"
    hour = due_now_text(date(2021, 8, 20), "trước 17 giờ 00 ngày 20/8/2021", "", TODAY)
    assert hour == "hạn hiện nay: 17 giờ 00 ngày 20/8/2021 (còn 2 ngày)"
    done = due_now_text(date(2021, 8, 16), "", "", TODAY, settled=True)
    assert done == "hạn hiện nay: 16/8/2021 (đơn vị đã hoàn thành)"


def test_a_recurring_task_says_the_period_it_is_tracked_from():
    said = period_now_text("tháng 9/2021", date(2021, 9, 25), "", "", TODAY)
    # Saturday 25/9/2021: the days counted to the end of Monday 27/9 (BLDS 2015, Điều 148)
    assert said == (
        "theo dõi lại từ kỳ tháng 9/2021, hạn hiện nay: 25/9/2021 (Thứ Bảy, tính đến hết "
        "27/9/2021; còn 40 ngày)"
    )
