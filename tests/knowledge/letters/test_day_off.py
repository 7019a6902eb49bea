"""A deadline on a day off: "trước ngày X" keeps X as the last day, and the review asks the
coordinator about it on the task, under "Cần kiểm tra"."""

from __future__ import annotations

from datetime import date

from knowledge.letters.day_off import days_off
from knowledge.letters.extract import read_letter


def _letter(body: str) -> str:
    return (
        "UBND TỈNH TUYÊN QUANG\nSỞ NỘI VỤ\nSố: 52/SNV-CCVC\nV/v thống kê hồ sơ trực tuyến\n"
        "Tuyên Quang, ngày 10 tháng 5 năm 2021\n\nKính gửi: UBND các huyện, thành phố.\n\n"
        f"{body}\n\nTrân trọng./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nTrần Văn Bình\n"
    )


def test_a_first_monthly_date_on_a_saturday_is_said_on_its_task(catalogue):
    body = (
        "Hằng tháng, UBND các huyện, thành phố tổng hợp số hồ sơ nộp trực tuyến, gửi Sở Nội vụ "
        "trước ngày 05 của tháng sau."
    )
    draft = read_letter(_letter(body), catalogue, catalogue.province("tuyen-quang"), "nv.txt")
    (task,) = draft.tasks
    # the day stays as printed: the 5th of June 2021, a Saturday
    assert task.recurrence is not None and task.recurrence.first == date(2021, 6, 5)
    (said,) = days_off(draft, catalogue.calendar)
    assert said.startswith("nhiệm vụ 1: cần kiểm tra: hạn “trước ngày 05 của tháng sau”")
    assert "lần đầu rơi vào thứ Bảy 5/6/2021" in said


def test_a_working_day_and_a_period_s_end_raise_nothing(catalogue):
    body = (
        "1. UBND các huyện, thành phố gửi danh sách cán bộ đầu mối về Sở Nội vụ trước ngày "
        "21/5/2021.\n2. UBND các huyện, thành phố hoàn thành việc số hóa hồ sơ trong tháng "
        "10/2021."
    )
    draft = read_letter(_letter(body), catalogue, catalogue.province("tuyen-quang"), "nv.txt")
    # Friday 21/5/2021; October 2021 ends on a Sunday, but a month names no day
    assert [t.deadline for t in draft.tasks] == [date(2021, 5, 21), date(2021, 10, 31)]
    assert days_off(draft, catalogue.calendar) == ()


def test_a_holiday_is_said_as_one(catalogue):
    body = "UBND các huyện, thành phố gửi báo cáo về Sở Nội vụ trước ngày 02/9/2021."
    draft = read_letter(_letter(body), catalogue, catalogue.province("tuyen-quang"), "nv.txt")
    (said,) = days_off(draft, catalogue.calendar)
    assert "rơi vào ngày nghỉ lễ 2/9/2021" in said
    # the tracking counts to the end of the next working day (BLDS 2015 Điều 148), said so:
    # 2/9 and 3/9/2021 are holidays, 4-5/9 a weekend
    assert "tính đến hết ngày làm việc tiếp theo, 6/9/2021 (BLDS 2015, Điều 148)" in said
