"""Deadlines counted in days from an event, and periods read as their last day: the reader
dates them and says how, on the task, instead of refusing the letter."""

from __future__ import annotations

from datetime import date

from knowledge.calendar.workdays import WorkCalendar
from knowledge.letters.counting import count_from
from knowledge.letters.dates import Count, deadlines
from knowledge.letters.extract import read_letter
from knowledge.letters.model import DOUBT


def _letter(day: str, body: str) -> str:
    return (
        "UBND TỈNH TUYÊN QUANG\nSỞ Y TẾ\nSố: 88/SYT-KHTC\nV/v rà soát trang thiết bị y tế\n"
        f"Tuyên Quang, ngày {day}\n\nKính gửi: UBND các huyện, thành phố.\n\n{body}\n"
        "Trân trọng./.\n"
    )


def test_working_days_skip_weekends_and_holidays():
    calendar = WorkCalendar()
    # Thursday 27/4/2023, then 28/4 (Fri), the 29/4–3/5 holidays and weekend: 4/5, 5/5 ...
    assert count_from(date(2023, 4, 27), Count(3, True, ""), calendar) == date(2023, 5, 5)
    # calendar days count every day; day 1 is the day after
    assert count_from(date(2023, 4, 27), Count(3, False, ""), calendar) == date(2023, 4, 30)


def test_a_deadline_counted_from_the_letter_is_dated_and_said_not_refused(catalogue):
    body = (
        "Đề nghị UBND các huyện, thành phố rà soát trang thiết bị y tế tuyến xã, báo cáo về Sở Y "
        "tế trong vòng 04 ngày làm việc kể từ ngày nhận được công văn này."
    )
    tq = catalogue.province("tuyen-quang")
    draft = read_letter(_letter("08 tháng 6 năm 2023", body), catalogue, tq, "yt.txt")
    (task,) = draft.tasks
    # Thursday 8/6/2023 + 4 working days: 9 (Fri), 12, 13, 14 → Wednesday 14/6
    assert task.deadline == date(2023, 6, 14)
    assert task.deadline_text.startswith("trong vòng 04 ngày làm việc")
    (doubt,) = draft.problems
    assert doubt.doubt and DOUBT in str(doubt) and "14/6/2023" in str(doubt)
    assert draft.unread == () and not draft.publishable  # checked by the coordinator first


def test_a_deadline_counted_from_an_event_the_letter_dates(catalogue):
    body = (
        "Sở Y tế tổ chức hội nghị tập huấn vào 14 giờ 00 ngày 20/9/2023 tại Hội trường Sở.\n"
        "Trong thời hạn 05 ngày kể từ ngày tập huấn, UBND các huyện, thành phố gửi danh sách "
        "cán bộ phụ trách về Sở Y tế."
    )
    tq = catalogue.province("tuyen-quang")
    draft = read_letter(_letter("05 tháng 9 năm 2023", body), catalogue, tq, "yt.txt")
    (task,) = draft.tasks
    assert task.deadline == date(2023, 9, 25)
    assert all(p.doubt for p in draft.problems) and draft.problems


def test_an_event_the_letter_does_not_date_stays_unread(catalogue):
    body = (
        "Trong vòng 05 ngày kể từ ngày kết thúc đợt kiểm tra, UBND các huyện, thành phố gửi báo "
        "cáo về Sở Y tế."
    )
    tq = catalogue.province("tuyen-quang")
    draft = read_letter(_letter("05 tháng 9 năm 2023", body), catalogue, tq, "yt.txt")
    assert draft.unread  # no day to count from: said, not guessed


def test_periods_read_as_their_last_day():
    (half,) = deadlines("Hoàn thành việc cấp đổi trong 6 tháng đầu năm 2025.", 2025)
    assert (half.due, half.text) == (date(2025, 6, 30), "trong 6 tháng đầu năm 2025")
    (year,) = deadlines("Các huyện hoàn thành trong năm 2025.", 2025)
    assert year.due == date(2025, 12, 31)
    # a plan's horizon is no deadline
    assert deadlines("Nhu cầu dự kiến thực hiện trong năm 2025.", 2025) == []


def test_before_a_quarter_is_the_end_of_the_quarter_before_and_said():
    (found,) = deadlines("Hoàn thành cài đặt trước quý II/2025.", 2025)
    assert found.due == date(2025, 3, 31)
    assert found.doubt.startswith(DOUBT) and "31/3/2025" in found.doubt
    (first,) = deadlines("Hoàn thành cài đặt trước quý I/2026.", 2025)
    assert first.due == date(2025, 12, 31)


def test_a_count_of_days_on_its_own_timing_line_dates_the_item_above(catalogue):
    body = (
        "1. Rà soát trang thiết bị\n"
        "Đề nghị UBND các huyện, thành phố thực hiện:\n"
        "- Bước 1: Kiểm kê trang thiết bị tại trạm y tế xã;\n"
        "- Bước 2: Gửi danh sách về Sở Y tế (theo Mẫu số 01).\n"
        "Thời hạn hoàn thành: trong 03 ngày làm việc kể từ ngày nhận được văn bản này."
    )
    tq = catalogue.province("tuyen-quang")
    draft = read_letter(_letter("08 tháng 6 năm 2023", body), catalogue, tq, "yt.txt")
    (task,) = draft.tasks
    # Thursday 8/6/2023 + 3 working days: 9 (Fri), 12, 13 → Tuesday 13/6
    assert task.deadline == date(2023, 6, 13)
    assert len(task.units) == 7 and len(task.steps) == 2 and task.forms == ("Mẫu số 01",)
    assert all(p.doubt for p in draft.problems)


def test_a_deadline_counted_from_a_day_the_line_prints_is_dated_from_it(catalogue):
    body = (
        "Đề nghị UBND các huyện, thành phố hoàn thành kiểm kê trang thiết bị trong thời hạn 05 "
        "ngày làm việc kể từ ngày 12/6/2023 và báo cáo kết quả về Sở Y tế."
    )
    tq = catalogue.province("tuyen-quang")
    draft = read_letter(_letter("08 tháng 6 năm 2023", body), catalogue, tq, "yt.txt")
    (task,) = draft.tasks
    # Monday 12/6/2023 + 5 working days: 13, 14, 15, 16, 19 → Monday 19/6; the phrase ends on
    # the day it counts from, and the draft says how it was counted
    assert task.deadline == date(2023, 6, 19)
    assert task.deadline_text == "trong thời hạn 05 ngày làm việc kể từ ngày 12/6/2023"
    assert not draft.unread and any(DOUBT in p.message for p in draft.problems)


def test_a_counted_deadline_with_its_day_in_a_bracket_is_that_day(catalogue):
    body = (
        "Đề nghị UBND các huyện, thành phố rà soát trang thiết bị y tế tuyến xã; báo cáo kết quả "
        "về Sở Y tế trong thời hạn 05 ngày làm việc kể từ ngày ban hành văn bản này (chậm nhất "
        "ngày 15/6/2023).\n\nĐề nghị Viễn thông Tuyên Quang hỗ trợ kỹ thuật các đơn vị trong "
        "quá trình rà soát trang thiết bị.\n\nRiêng UBND huyện Hàm Yên: gửi danh sách trạm y tế "
        "xã về Sở Y tế trước ngày 20/6/2023."
    )
    tq = catalogue.province("tuyen-quang")
    draft = read_letter(_letter("08 tháng 6 năm 2023", body), catalogue, tq, "yt.txt")
    review, listing = draft.tasks
    # one task, dated as printed, nothing to check; the count is no part of its title
    assert (review.deadline, review.deadline_text) == (
        date(2023, 6, 15),
        "chậm nhất ngày 15/6/2023",
    )
    assert not draft.problems
    assert review.title.startswith("Rà soát trang thiết bị y tế tuyến xã; báo cáo kết quả")
    assert "05 ngày" not in review.title
    # the support clause shares the review's words, not the list's
    assert review.supporting == ("Viễn thông Tuyên Quang",) and listing.supporting == ()
    # "Riêng UBND huyện Hàm Yên:" sets who apart; the title is the duty
    assert listing.title.startswith("Gửi danh sách trạm y tế xã")


def test_days_from_the_signing_named_alone_count_from_the_letter(catalogue):
    # "kể từ ngày ký": this letter's signing (not "ký hợp đồng", which the letter does not date)
    tq = catalogue.province("tuyen-quang")
    body = "UBND các huyện, thành phố báo cáo về Sở Y tế chậm nhất 10 ngày kể từ ngày ký."
    draft = read_letter(_letter("08 tháng 6 năm 2023", body), catalogue, tq, "yt.txt")
    (task,) = draft.tasks
    assert task.deadline == date(2023, 6, 18)  # calendar days: 9/6 is day 1
    assert all(p.doubt for p in draft.problems) and draft.problems
    other = body.replace("ngày ký.", "ngày ký hợp đồng.")
    assert read_letter(_letter("08 tháng 6 năm 2023", other), catalogue, tq, "yt.txt").unread


def test_a_months_last_working_day_is_its_end_moved_back_over_days_off(catalogue):
    body = (
        "Đề nghị UBND các huyện, thành phố báo cáo kết quả rà soát trang thiết bị y tế về Sở Y tế "
        "chậm nhất vào ngày làm việc cuối cùng của tháng 4/2023."
    )
    tq = catalogue.province("tuyen-quang")
    draft = read_letter(_letter("08 tháng 3 năm 2023", body), catalogue, tq, "yt.txt")
    (task,) = draft.tasks
    # 30/4/2023 is a Sunday and a holiday, 29/4 a Saturday: Friday 28/4 is the last working day
    assert task.deadline == date(2023, 4, 28)
    assert task.deadline_text == "chậm nhất vào ngày làm việc cuối cùng của tháng 4/2023"
    assert not draft.problems


def test_days_after_an_event_ends_count_from_the_end_of_its_printed_span(catalogue):
    body = (
        "1. Thời gian: đợt kiểm tra thiết bị kéo dài 02 tuần, từ ngày 04/9/2023 đến hết ngày "
        "15/9/2023.\n"
        "2. UBND các huyện, thành phố đăng ký lịch kiểm tra trong đợt kiểm tra, gửi Sở Y tế "
        "trước ngày 30/8/2023.\n"
        "3. Trong vòng 05 ngày sau khi kết thúc đợt kiểm tra, UBND các huyện, thành phố gửi báo "
        "cáo kết quả về Sở Y tế."
    )
    tq = catalogue.province("tuyen-quang")
    draft = read_letter(_letter("25 tháng 8 năm 2023", body), catalogue, tq, "yt.txt")
    registered, report = draft.tasks
    assert registered.deadline == date(2023, 8, 30)
    # 15/9 (Friday) + 5 calendar days: 20/9; the span's start and the other duty's date are not
    # the event's day
    assert report.deadline == date(2023, 9, 20)
    assert draft.unread == () and any("20/9/2023" in str(p) for p in draft.problems)
