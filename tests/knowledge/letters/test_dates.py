"""Dates a letter sets, and dates it prints that set nothing."""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.letters.dates import deadlines
from knowledge.letters.recurring import first_occurrence, recurrence


def test_figures_counted_to_a_date_are_no_deadline():
    line = (
        "Báo cáo quý: số liệu tính từ ngày 01/4/2022 đến hết ngày 20/6/2022; gửi về Sở Tài chính "
        "trước ngày 28/6/2022."
    )
    assert [f.due for f in deadlines(line, 2022)] == [date(2022, 6, 28)]
    assert deadlines("Số liệu tính đến hết ngày 31/3/2023.", 2023) == []
    assert deadlines("thời gian tính kết quả từ ngày 01/10/2022 đến ngày 30/9/2023", 2023) == []


def test_figures_sent_by_a_date_are_a_deadline():
    (found,) = deadlines("Gửi số liệu thống kê về Sở Y tế trước ngày 15/8/2022.", 2022)
    assert found.due == date(2022, 8, 15)


@pytest.mark.parametrize(
    ("line", "text", "every", "day"),
    [
        (
            "Báo cáo định kỳ hằng quý kết quả cải cách hành chính, gửi về Sở Nội vụ trước ngày "
            "18 của tháng cuối quý.",
            "trước ngày 18 của tháng cuối quý",
            "quarter",
            18,
        ),
        (
            "Hằng quý, trước ngày 12 của tháng cuối quý, các đơn vị báo cáo kết quả.",
            "Hằng quý, trước ngày 12 của tháng cuối quý",
            "quarter",
            12,
        ),
        (
            "Cập nhật số liệu vào ngày 03 hằng tháng, kể từ tháng 9/2022.",
            "vào ngày 03 hằng tháng",
            "month",
            3,
        ),
    ],
)
def test_a_recurrence_is_the_phrase_beside_its_day(line, text, every, day):
    found = recurrence(line)
    assert found is not None
    assert (found.text, found.every, found.day) == (text, every, day)


def test_a_span_of_figures_is_not_the_day_of_a_recurrence():
    found = recurrence(
        "Hằng tháng, trước ngày 10, báo cáo kết quả; số liệu từ ngày 01 đến ngày 30 của tháng."
    )
    assert found is not None and found.day == 10


def test_the_first_report_named_by_its_period():
    found = recurrence(
        "Hằng quý, trước ngày 20 của tháng cuối quý, báo cáo kết quả; kỳ báo cáo đầu tiên là "
        "quý IV/2022."
    )
    assert found is not None
    assert first_occurrence(found, date(2022, 5, 4)) == date(2022, 12, 20)


def test_a_label_and_its_bare_date():
    (found,) = deadlines("Hạn nộp: 20/8/2022.", 2022)
    assert (found.text, found.due) == ("Hạn nộp: 20/8/2022", date(2022, 8, 20))
    (found,) = deadlines("Thời gian hoàn thành nâng cấp: 15/9/2022", 2022)
    assert found.due == date(2022, 9, 15)
    assert deadlines("trong thời hạn: 10 ngày làm việc", 2022) == []


def test_dates_listed_after_one_trigger_share_it_and_the_year():
    found = deadlines("gửi về Sở Nội vụ trước ngày 10/6 và 10/12 năm 2023.", 2022)
    assert [(f.text, f.due) for f in found] == [
        ("trước ngày 10/6", date(2023, 6, 10)),
        ("trước ngày 10/12", date(2023, 12, 10)),
    ]
    found = deadlines("chậm nhất ngày 5/3, 5/9/2024", 2023)
    assert [f.due for f in found] == [date(2024, 3, 5), date(2024, 9, 5)]
    assert len(deadlines("trước ngày 20/4/2021 và 30 đơn vị", 2021)) == 1


@pytest.mark.parametrize(
    ("line", "first"),
    [
        ("Hằng quý, trước ngày 10 của tháng cuối quý, kể từ năm 2023.", date(2023, 3, 10)),
        ("Trước ngày 8 hằng tháng, bắt đầu từ kỳ báo cáo tháng 9/2022.", date(2022, 9, 8)),
        # the first period reported on, after a colon; reported in the month after it
        (
            "Hằng quý, chậm nhất ngày 12 tháng đầu quý sau; kỳ báo cáo đầu tiên: quý III/2022",
            date(2022, 10, 12),
        ),
    ],
)
def test_the_first_occurrence_from_a_year_or_a_reporting_period(line, first):
    found = recurrence(line)
    assert found is not None and first_occurrence(found, date(2022, 7, 1)) == first


def test_a_yearly_recurrence_is_a_day_and_a_month_without_a_year():
    found = recurrence("Sở Nội vụ tổng hợp, báo cáo định kỳ hằng năm trước ngày 20/11.")
    assert found is not None
    assert (found.text, found.every, found.day, found.month) == (
        "định kỳ hằng năm trước ngày 20/11",
        "year",
        20,
        11,
    )
    assert first_occurrence(found, date(2023, 3, 1)) == date(2023, 11, 20)
    assert first_occurrence(found, date(2023, 11, 25)) == date(2024, 11, 20)
    # the same day printed with its year is one deadline, not every year's
    assert recurrence("báo cáo hằng năm, lần này trước ngày 20/11/2023") is None


def test_a_yearly_day_that_no_year_has_is_an_error():
    found = recurrence("Báo cáo hằng năm trước ngày 31/4.")
    assert found is not None and found.error and not found.every


def test_a_monthly_report_due_in_the_month_after_its_period():
    found = recurrence(
        "Báo cáo hằng tháng (trước ngày 05 của tháng sau) về kết quả thực hiện; kỳ báo cáo đầu "
        "tiên là tháng 11/2023."
    )
    assert found is not None
    assert (found.text, found.every, found.day) == (
        "hằng tháng (trước ngày 05 của tháng sau)",
        "month",
        5,
    )
    assert first_occurrence(found, date(2023, 11, 2)) == date(2023, 12, 5)
    # without a first period, the first due date after the letter
    found = recurrence("Báo cáo hằng tháng, trước ngày 05 của tháng sau.")
    assert found is not None and first_occurrence(found, date(2023, 11, 2)) == date(2023, 11, 5)


def test_the_end_of_a_span_the_work_covers_is_no_deadline():
    line = (
        "Tổng hợp số lượt truy cập từ ngày 01/01/2023 đến hết ngày 30/9/2023; gửi về Sở Nội vụ, "
        "hạn cuối ngày 15/10/2023."
    )
    assert [f.due for f in deadlines(line, 2023)] == [date(2023, 10, 15)]
    # the span the work is done in ends when it must be done
    (found,) = deadlines("Thực hiện kiểm tra từ ngày 01/6/2023 đến hết ngày 30/6/2023.", 2023)
    assert found.due == date(2023, 6, 30)


def test_a_deadline_counted_from_receipt_has_no_date_and_says_why():
    (found,) = deadlines(
        "báo cáo về Sở Y tế trong vòng 07 ngày làm việc kể từ ngày nhận được văn bản này.", 2024
    )
    assert found.due is None
    assert found.text == "trong vòng 07 ngày làm việc kể từ ngày nhận được văn bản này"
    assert "7 ngày làm việc" in found.error and "nhận văn bản" in found.error
    (signed,) = deadlines("gửi hồ sơ không quá 10 ngày kể từ ngày ký.", 2024)
    assert signed.due is None and signed.error
    (after,) = deadlines("báo cáo trong vòng 03 ngày sau khi nhận được văn bản.", 2024)
    assert after.due is None and "nhận văn bản" in after.error


def test_a_span_of_days_without_a_start_is_no_deadline():
    assert deadlines("Thời gian thẩm định trong 05 ngày làm việc.", 2024) == []


def test_every_year_said_of_something_else_makes_no_date_recur():
    line = "Đưa kết quả vào chỉ số cải cách hành chính hằng năm; báo cáo trước ngày 25/3."
    assert recurrence(line) is None
    assert [f.due for f in deadlines(line, 2024)] == [date(2024, 3, 25)]


@pytest.mark.parametrize(
    ("line", "first"),
    [
        # the first month of a quarter: October after an August letter, never September
        ("Hằng quý, trước ngày 10 của tháng đầu quý, các đơn vị gửi báo cáo.", date(2021, 10, 10)),
        ("hang quy, ngay 10 thang dau quy", date(2021, 10, 10)),
        ("Báo cáo trước ngày 05 tháng đầu mỗi quý.", date(2021, 10, 5)),
        # the last month stays the last month
        ("Hằng quý, trước ngày 10 của tháng cuối quý.", date(2021, 9, 10)),
    ],
)
def test_the_first_or_last_month_of_a_quarter(line, first):
    found = recurrence(line)
    assert found is not None and found.every == "quarter"
    assert first_occurrence(found, date(2021, 8, 2)) == first


def test_a_report_due_after_the_period_its_figures_cover_is_dated():
    line = (
        "2. Báo cáo 9 tháng: số liệu tính từ ngày 01/01/2024 đến ngày 15/9/2024, lập theo "
        "Biểu 03, gửi Sở Nội vụ chậm nhất ngày 25/9/2024."
    )
    assert [f.due for f in deadlines(line, 2024)] == [date(2024, 9, 25)]
    closed = "Số liệu tính đến ngày 30/6/2024 gửi về Sở Tài chính trước ngày 10/7/2024."
    assert [f.due for f in deadlines(closed, 2024)] == [date(2024, 7, 10)]


@pytest.mark.parametrize(
    ("line", "first"),
    [
        # the start is a first month of a quarter: the first report falls in it
        ("Báo cáo trước ngày 5 của tháng đầu quý, bắt đầu từ tháng 1/2025.", date(2025, 1, 5)),
        # a start in mid-quarter: the next quarter's first month
        ("Báo cáo trước ngày 5 của tháng đầu quý, kể từ tháng 2/2025.", date(2025, 4, 5)),
        ("Gửi trước ngày 12 tháng cuối quý, kể từ tháng 10/2024.", date(2024, 12, 12)),
    ],
)
def test_a_quarter_started_from_a_named_month(line, first):
    found = recurrence(line)
    assert found is not None and found.every == "quarter"
    assert first_occurrence(found, date(2024, 9, 1)) == first


def test_a_weekday_before_the_date_and_a_pilot_period():
    (found,) = deadlines("Gửi danh sách trước thứ Sáu, ngày 26/8/2022.", 2022)
    assert found.due == date(2022, 8, 26)
    pilot = "Thí điểm triển khai tại huyện Hàm Yên, thời gian thí điểm từ ngày 15/7/2024 đến hết"
    assert deadlines(pilot + " ngày 31/12/2024.", 2024) == []
    # the work itself done in the span: its end is a date
    work = "Các đơn vị thực hiện rà soát từ ngày 01/8/2024 đến hết ngày 15/8/2024."
    assert [f.due for f in deadlines(work, 2024)] == [date(2024, 8, 15)]


def _cc_letter(line: str) -> str:
    return (
        "UBND TỈNH TUYÊN QUANG\nSỞ NỘI VỤ\nSố: 15/SNV-CCHC\nV/v báo cáo cải cách hành chính\n"
        "Tuyên Quang, ngày 10 tháng 01 năm 2023\n\nKính gửi: Các sở, ban, ngành.\n\n"
        f"{line}\nTrân trọng./.\n"
    )


def test_one_day_of_two_months_six_apart_is_one_half_yearly_recurrence(catalogue):
    from knowledge.letters.extract import read_letter

    tq = catalogue.province("tuyen-quang")
    for line in (
        "Sở Nội vụ đề nghị các cơ quan, đơn vị báo cáo công tác cải cách hành chính định kỳ 06 "
        "tháng, trước ngày 15/6 và 15/12 hằng năm, gửi về Sở Nội vụ.",
        "Các cơ quan, đơn vị báo cáo công tác cải cách hành chính gửi về Sở Nội vụ trước ngày 15 "
        "tháng 6 và ngày 15 tháng 12 hằng năm.",
    ):
        (task,) = read_letter(_cc_letter(line), catalogue, tq, "cc.txt").tasks
        assert task.recurrence is not None and task.deadline is None
        r = task.recurrence
        assert (r.every, r.day, r.first) == ("half-year", 15, date(2023, 6, 15))
        assert "15" in task.deadline_text and "hằng năm" in task.deadline_text


def test_two_days_of_the_year_not_six_months_apart_are_two_yearly_recurrences(catalogue):
    from knowledge.letters.extract import read_letter

    line = (
        "Sở Nội vụ đề nghị các cơ quan, đơn vị báo cáo công tác cải cách hành chính trước ngày "
        "15/6 và 15/11 hằng năm, gửi về Sở Nội vụ."
    )
    draft = read_letter(_cc_letter(line), catalogue, catalogue.province("tuyen-quang"), "cc.txt")
    again = [t.recurrence for t in draft.tasks]
    assert [(r.every, r.day, r.first) for r in again if r] == [
        ("year", 15, date(2023, 6, 15)),
        ("year", 15, date(2023, 11, 15)),
    ]
