"""Dates a letter prints that set no deadline (validity, expectations, estimates), and the
weekdays and months printed beside a date."""

from __future__ import annotations

from datetime import date

from knowledge.letters.dates import deadlines
from knowledge.letters.recurring import first_occurrence, recurrence


def test_the_day_a_thing_stops_being_valid_is_no_deadline():
    line = "Chỉ gia hạn đối với thẻ có thời hạn sử dụng hết trước ngày 30/9/2023."
    assert deadlines(line, 2023) == []
    assert deadlines("Giấy phép hết hạn trước ngày 5/6/2023 được cấp lại.", 2023) == []
    (found,) = deadlines("Danh sách thẻ sắp hết hạn gửi về Sở trước ngày 5/6/2023.", 2023)
    assert found.due == date(2023, 6, 5)


def test_a_month_or_a_quarter_after_a_label_is_its_date_printed_alone():
    (month,) = deadlines("Thời hạn: Tháng 8/2023", 2023)
    assert (month.text, month.due) == ("Tháng 8/2023", date(2023, 8, 31))
    (quarter,) = deadlines("Thời gian hoàn thành: Quý IV/2023", 2023)
    assert (quarter.text, quarter.due) == ("Quý IV/2023", date(2023, 12, 31))


def test_mung_before_a_day_and_chậm_nhất_trong_ngày():
    (found,) = deadlines("gửi Sở chậm nhất trong ngày mùng 4/8/2023.", 2023)
    assert (found.text, found.due) == ("chậm nhất trong ngày mùng 4/8/2023", date(2023, 8, 4))
    again = recurrence("Hằng tháng, trước ngày mùng 3, các đơn vị gửi báo cáo.")
    assert again is not None and (again.every, again.day) == ("month", 3)


def test_a_day_of_listed_months_one_in_every_quarter_is_quarterly():
    again = recurrence("Báo cáo trước ngày 18 các tháng 3, 6, 9 và 12, kể từ quý II/2023.")
    assert again is not None and (again.every, again.day, again.phase) == ("quarter", 18, 0)
    assert "các tháng 3, 6, 9 và 12" in again.text
    assert first_occurrence(again, date(2023, 2, 1)) == date(2023, 6, 18)
    after = recurrence("gửi trước ngày 5 các tháng 1, 4, 7 và 10")
    assert after is not None and (after.every, after.phase) == ("quarter", 1)
    assert first_occurrence(after, date(2023, 2, 1)) == date(2023, 4, 5)
    assert recurrence("gửi trước ngày 5 các tháng 6 và 12") is None  # twice a year: not read


def test_the_day_of_the_week_printed_with_a_date_is_checked():
    (right,) = deadlines("chậm nhất vào ngày thứ Sáu, 9/6/2023", 2023)
    assert (right.due, right.error) == (date(2023, 6, 9), "")
    (wrong,) = deadlines("trước 17 giờ 00, thứ Hai, ngày 09 tháng 6 năm 2023", 2023)
    assert wrong.error == "ngày 9/6/2023 là thứ Sáu, không phải thứ Hai"


def test_how_long_a_warranty_lasts_is_no_deadline():
    text = "(Phần mềm được bảo hành, hỗ trợ kỹ thuật đến hết ngày 31/12/2024)"
    assert deadlines(text, 2024) == []
    assert [f.due for f in deadlines("hoàn thành đến hết ngày 31/12/2024", 2024)] == [
        date(2024, 12, 31)
    ]


def test_what_someone_expects_is_no_deadline():
    assert deadlines("phần mềm dự kiến hoàn thành trước ngày 30/6/2023", 2023) == []
    assert deadlines("kỳ họp dự kiến ngày 05/12/2024", 2024) == []
    assert [f.due for f in deadlines("đề nghị hoàn thành trước ngày 30/6/2023", 2023)] == [
        date(2023, 6, 30)
    ]


def test_figures_estimated_to_a_date_are_no_deadline():
    text = (
        "báo cáo giải ngân (số liệu giải ngân ước đến hết ngày 31/12/2024), gửi trước 15/11/2024"
    )
    assert [f.due for f in deadlines(text, 2024)] == [date(2024, 11, 15)]


def test_an_expected_date_anywhere_in_its_clause_is_no_deadline():
    # another body's planned completion, a meeting's expected day: what someone expects
    assert (
        deadlines(
            "Cục Bưu điện dự kiến hoàn thành nâng cấp hệ thống tra cứu, định vị bưu gửi cho các "
            "tỉnh trong quý II/2024.",
            2024,
        )
        == []
    )
    assert deadlines("Hội thảo chuyên đề dự kiến tổ chức tại tỉnh vào ngày 18/5/2024.", 2024) == []
    # a request after the forecast in the same sentence sets its own date
    (found,) = deadlines(
        "Sở dự kiến tổ chức hội thảo vào ngày 18/5/2024, đề nghị các đơn vị đăng ký tham dự "
        "trước ngày 10/5/2024.",
        2024,
    )
    assert found.due == date(2024, 5, 10)
    # a duty's date marked tentative, and a budget's figure, leave the date a deadline
    (found,) = deadlines("Gửi bài tham luận trước ngày 06/5/2024 (dự kiến).", 2024)
    assert found.due == date(2024, 5, 6)
    (found,) = deadlines(
        "Lắp đặt camera (kinh phí dự kiến 300 triệu đồng) hoàn thành trước ngày 30/6/2024.", 2024
    )
    assert found.due == date(2024, 6, 30)


def test_a_span_from_now_ends_on_its_deadline():
    (found,) = deadlines("Khắc phục lỗi phần mềm từ nay đến ngày 20/11/2024.", 2024)
    assert (found.due, found.text) == (date(2024, 11, 20), "từ nay đến ngày 20/11/2024")


def test_the_day_of_the_week_in_brackets_after_the_date_is_read_and_checked():
    # "hạn chót ngày 08/12/2021 (thứ Tư)": the weekday is part of the phrase as printed
    (right,) = deadlines("Danh sách gửi về Sở, hạn chót ngày 07/3/2024 (thứ Năm).", 2024)
    assert (right.due, right.text, right.error) == (
        date(2024, 3, 7),
        "hạn chót ngày 07/3/2024 (thứ Năm)",
        "",
    )
    (wrong,) = deadlines("chậm nhất ngày 07/3/2024 (Chủ nhật)", 2024)
    assert wrong.error == "ngày 7/3/2024 là thứ Năm, không phải Chủ nhật"
    # a bracket that is no weekday stays out of the phrase
    (other,) = deadlines("trước ngày 07/3/2024 (bản điện tử)", 2024)
    assert other.text == "trước ngày 07/3/2024"


def test_a_weekday_by_its_number_and_minutes_with_a_typographic_mark():
    # "(thứ 4)" is Wednesday (Monday is "thứ 2"); "16h30’" is half past four
    (numbered,) = deadlines("hạn chót ngày 07/3/2024 (thứ 5)", 2024)
    assert (numbered.due, numbered.error) == (date(2024, 3, 7), "")
    (wrong,) = deadlines("trước thứ 2, ngày 07/3/2024", 2024)
    assert wrong.error == "ngày 7/3/2024 là thứ Năm, không phải thứ Hai"
    (hour,) = deadlines("gửi trước 16h30’ ngày 07/3/2024", 2024)
    assert (hour.due, hour.text) == (date(2024, 3, 7), "trước 16h30’ ngày 07/3/2024")


def test_the_first_month_of_the_next_quarter_however_it_is_said():
    for text in (
        "trước ngày 10 tháng đầu quý sau",
        "trước ngày 10 của tháng đầu tiên của quý tiếp theo",
        "trước ngày 10 tháng đầu tiên quý kế tiếp",
    ):
        found = recurrence(text)
        assert found is not None and (found.every, found.day, found.phase) == ("quarter", 10, 1)
        assert first_occurrence(found, date(2024, 3, 4)) == date(2024, 4, 10), text


def test_the_extension_another_unit_proposed_heading_an_answer_sets_no_day():
    # an answering letter's topic names the day the other unit asked for; a time extended by the
    # letter itself is the day it sets
    assert deadlines("2. Về đề xuất gia hạn thời gian nộp hồ sơ đến ngày 15/8/2024", 2024) == []
    (found,) = deadlines("Sở Tư pháp gia hạn thời gian nộp hồ sơ đến ngày 15/8/2024.", 2024)
    assert found.due == date(2024, 8, 15)


def test_a_month_printed_without_its_year_is_the_letters_year():
    (found,) = deadlines("Sở Y tế hoàn thành kết nối trong tháng 11.", 2022)
    assert (found.due, found.text) == (date(2022, 11, 30), "trong tháng 11")
    # … none where the letter's year is unknown, and "tháng 11/2023" keeps its own
    assert deadlines("Sở Y tế hoàn thành kết nối trong tháng 11.", None) == []
    assert [f.due for f in deadlines("hoàn thành trong tháng 11/2023", 2022)] == [
        date(2023, 11, 30)
    ]
