"""Letters of our own in the genre, and bad ones: what is read, and what is said unread."""

from __future__ import annotations

from datetime import date

from knowledge.letters.extract import read_letter

HEAD = """UBND TỈNH TUYÊN QUANG
SỞ Y TẾ

Số: 77/SYT-KHTC
V/v báo cáo tình hình triển khai dịch vụ công trực tuyến

Tuyên Quang, ngày {day} tháng {month} năm 2021

Kính gửi:
- UBND các huyện, thành phố;
- Sở Thông tin và Truyền thông.

Sở Y tế đề nghị các cơ quan, đơn vị thực hiện các nội dung sau:
"""
MONTHLY = (
    HEAD
    + """
1. UBND các huyện, thành phố
Định kỳ hằng tháng, trước ngày 25, báo cáo số hồ sơ trực tuyến (theo Mẫu số 01) gửi về Sở Y tế,
kể từ tháng 8/2021.
Báo cáo sơ kết gửi về Sở Y tế chậm nhất ngày 30 tháng 9 năm 2021.
2. Sở Thông tin và Truyền thông
Hỗ trợ kỹ thuật các đơn vị thực hiện nội dung tại mục 1.
Trân trọng./.
Nơi nhận:
- Như trên;
"""
)


def _read(catalogue, text):
    return read_letter(text, catalogue, catalogue.province("tuyen-quang"), "syt.txt")


def test_a_monthly_and_a_one_off_task(catalogue):
    draft = _read(catalogue, MONTHLY.format(day="20", month="7"))
    assert not draft.problems
    letter = draft.letter
    assert (letter.number, letter.date, letter.sender) == (
        "77/SYT-KHTC",
        date(2021, 7, 20),
        "Sở Y tế",
    )
    monthly, report = draft.tasks
    assert monthly.recurrence is not None and monthly.deadline is None
    assert (monthly.recurrence.every, monthly.recurrence.day) == ("month", 25)
    assert monthly.recurrence.first == date(2021, 8, 25)
    assert len(monthly.units) == 7 and monthly.forms == ("Mẫu số 01",)
    assert monthly.recipient == "Sở Y tế"
    assert monthly.supporting == ("Sở Thông tin và Truyền thông",)  # §2 supports
    assert report.deadline == date(2021, 9, 30)
    assert report.deadline_text == "chậm nhất ngày 30 tháng 9 năm 2021"


def test_a_date_that_does_not_exist_is_said_not_guessed(catalogue):
    draft = _read(catalogue, MONTHLY.format(day="31", month="4"))
    assert draft.letter.date is None
    assert any("31/4/2021 không có thật" in str(p) for p in draft.problems)


def test_a_deadline_before_the_letter(catalogue):
    draft = _read(catalogue, MONTHLY.format(day="20", month="10"))
    assert any("trước ngày của công văn" in str(p) for p in draft.problems)


def test_an_unknown_unit_and_a_note_that_is_no_letter(catalogue):
    text = (
        HEAD.format(day="20", month="7").replace(
            "- Sở Thông tin và Truyền thông.", "- Sở Du lịch và Vũ trụ."
        )
        + "\nCác đơn vị gửi báo cáo trước ngày 15/8/2021.\nNơi nhận:\n"
    )
    draft = _read(catalogue, text)
    assert any("Sở Du lịch và Vũ trụ" in str(p) for p in draft.problems)
    note = _read(catalogue, "Ghi chú cuộc họp\nAnh Nam nhắc mọi người uống nước.\n")
    assert note.tasks == () and note.problems and not note.publishable


def test_a_blank_day_keeps_the_month_a_past_period_is_measured_against(catalogue):
    text = (
        HEAD.format(day="   ", month="10")
        + "Qua rà soát trong quý III/2021 các đơn vị còn chậm cập nhật hồ sơ.\n"
        + "1. Các đơn vị gửi báo cáo giải trình về Sở Y tế trước ngày 15/11/2021.\n"
        + "Nơi nhận:\n"
    )
    draft = _read(catalogue, text)
    assert draft.letter.date is None and not draft.problems  # a draft left blank is no bad letter
    (task,) = draft.tasks  # the quarter already over describes, it sets nothing
    assert task.deadline == date(2021, 11, 15)


def test_a_deadline_counted_from_receipt_is_a_task_flagged_for_review(catalogue):
    text = (
        HEAD.format(day="4", month="3")
        + "1. UBND các huyện, thành phố báo cáo số hồ sơ tồn về Sở Y tế trong vòng 05 ngày làm "
        "việc kể từ ngày nhận được văn bản này.\nNơi nhận:\n"
    )
    draft = _read(catalogue, text)
    (task,) = draft.tasks
    # counted from the letter's date (Thursday 4/3/2021), the day each unit receives it being
    # printed nowhere: five working days → Thursday 11/3/2021, said as a doubt on the task
    assert task.deadline == date(2021, 3, 11) and task.recurrence is None
    assert task.deadline_text.startswith("trong vòng 05 ngày làm việc")
    assert len(task.units) == 7
    (doubt,) = draft.problems
    assert doubt.doubt and "11/3/2021" in str(doubt) and "nhận" in str(doubt)
    assert not draft.publishable and not draft.unread


def test_a_unit_the_register_lacks_is_said_once(catalogue):
    text = (
        HEAD.format(day="20", month="7").replace(
            "- Sở Thông tin và Truyền thông.", "- Sở Du lịch và Vũ trụ."
        )
        + "\n1. Sở Du lịch và Vũ trụ\nGửi báo cáo về Sở Y tế trước ngày 15/8/2021.\nNơi nhận:\n"
    )
    problems = [str(p) for p in _read(catalogue, text).problems]
    assert len([p for p in problems if "Sở Du lịch và Vũ trụ" in p]) == 1
    assert problems[0].startswith("dòng 11:")  # where Kính gửi names it


def test_a_weekday_that_is_not_the_dates_is_said_not_guessed(catalogue):
    text = """SỞ Y TẾ
Số: 12/SYT-VP
V/v báo cáo
Tuyên Quang, ngày 1 tháng 6 năm 2023
Kính gửi: Các sở, ban, ngành.
Đề nghị các cơ quan gửi báo cáo về Sở Y tế trước thứ Hai, ngày 09/6/2023.
Nơi nhận:
- Như trên;
"""
    draft = read_letter(text, catalogue, catalogue.province("tuyen-quang"), "syt.txt")
    assert not draft.publishable
    assert any("là thứ Sáu, không phải thứ Hai" in str(p) for p in draft.problems)
