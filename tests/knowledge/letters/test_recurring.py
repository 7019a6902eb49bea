"""Recurring dates read from a line, and the first occurrence a letter names."""

from __future__ import annotations

from datetime import date

from knowledge.letters.extract import read_letter
from knowledge.letters.recurring import recurrence

HALF = """UBND TỈNH TUYÊN QUANG
SỞ CÔNG THƯƠNG

Số: 88/SCT-QLTM
V/v báo cáo thương mại điện tử

Tuyên Quang, ngày 05 tháng 7 năm 2023

Kính gửi: UBND các huyện, thành phố.

1. UBND các huyện, thành phố
Định kỳ 06 tháng một lần, chậm nhất vào ngày 20 tháng 6 và ngày 20 tháng 12, báo cáo tình hình \
thương mại điện tử theo Biểu 01 kèm theo, gửi Sở Công Thương; kỳ báo cáo đầu tiên là kỳ tháng \
12/2023.
Trân trọng./.
Nơi nhận:
- Như trên;
"""


def test_every_six_months_on_two_days_is_one_half_yearly_task(catalogue):
    draft = read_letter(HALF, catalogue, catalogue.province("tuyen-quang"), "sct.txt")
    assert not draft.unread
    (task,) = draft.tasks
    assert task.deadline is None and task.recurrence is not None
    assert (task.recurrence.every, task.recurrence.day) == ("half-year", 20)
    assert task.recurrence.first == date(2023, 12, 20)
    assert len(task.units) == 7 and task.recipient == "Sở Công Thương"


def test_a_report_of_the_first_six_months_is_no_recurrence(catalogue):
    # "6 tháng đầu năm" names a period reported on, not how often
    text = HALF.replace(
        "Định kỳ 06 tháng một lần, chậm nhất vào ngày 20 tháng 6 và ngày 20 tháng 12,",
        "Chậm nhất ngày 20/12/2023, báo cáo 6 tháng đầu năm,",
    )
    draft = read_letter(text, catalogue, catalogue.province("tuyen-quang"), "sct.txt")
    (task,) = draft.tasks
    assert task.recurrence is None and task.deadline == date(2023, 12, 20)


def test_a_yearly_reports_first_date_printed_again_is_no_task_of_its_own(catalogue):
    text = HALF.replace(
        "Định kỳ 06 tháng một lần, chậm nhất vào ngày 20 tháng 6 và ngày 20 tháng 12,",
        "Định kỳ hằng năm, chậm nhất ngày 10 tháng 12,",
    ).replace(
        "kỳ báo cáo đầu tiên là kỳ tháng 12/2023.",
        "số liệu tính đến ngày 30/11. Báo cáo năm 2023 gửi chậm nhất ngày 10/12/2023.",
    )
    draft = read_letter(text, catalogue, catalogue.province("tuyen-quang"), "sct.txt")
    (task,) = draft.tasks
    assert task.recurrence is not None and task.deadline is None
    assert (task.recurrence.every, task.recurrence.first) == ("year", date(2023, 12, 10))


def test_a_six_monthly_and_a_yearly_report_on_the_same_day_are_one_half_yearly_task(catalogue):
    text = HALF.replace(
        "Định kỳ 06 tháng một lần, chậm nhất vào ngày 20 tháng 6 và ngày 20 tháng 12, báo cáo "
        "tình hình thương mại điện tử theo Biểu 01 kèm theo, gửi Sở Công Thương; kỳ báo cáo đầu "
        "tiên là kỳ tháng 12/2023.",
        "Báo cáo tình hình thương mại điện tử gửi Sở Công Thương định kỳ 6 tháng và năm: báo "
        "cáo 6 tháng gửi trước ngày 18/6, báo cáo năm gửi trước ngày 18/12.",
    )
    draft = read_letter(text, catalogue, catalogue.province("tuyen-quang"), "sct.txt")
    (task,) = draft.tasks
    assert task.recurrence is not None
    assert (task.recurrence.every, task.recurrence.day) == ("half-year", 18)
    assert task.recurrence.first == date(2023, 12, 18)  # the first after the letter (5/7)


def test_six_monthly_reports_of_one_named_year_are_two_dates(catalogue):
    text = HALF.replace(
        "Định kỳ 06 tháng một lần, chậm nhất vào ngày 20 tháng 6 và ngày 20 tháng 12,",
        "Định kỳ 6 tháng (trước ngày 20/9 và 20/12) năm 2023,",
    ).replace("; kỳ báo cáo đầu tiên là kỳ tháng 12/2023.", ".")
    draft = read_letter(text, catalogue, catalogue.province("tuyen-quang"), "sct.txt")
    assert [t.deadline for t in draft.tasks] == [date(2023, 9, 20), date(2023, 12, 20)]


def test_a_table_of_a_half_yearly_report_s_periods_sets_no_task_of_its_own(catalogue):
    from knowledge.letters.extract import read_letter

    text = (
        "UBND TỈNH TUYÊN QUANG\nSỞ Y TẾ\nSố: 93/SYT-KHTC\nV/v báo cáo định kỳ 6 tháng\n"
        "Tuyên Quang, ngày 3 tháng 3 năm 2023\n\nKính gửi: UBND các huyện, thành phố.\n\n"
        "1. Báo cáo định kỳ\nCác đơn vị báo cáo tình hình khám bệnh từ xa, gửi Sở Y tế trước "
        "ngày 15/6 và 15/12 hằng năm. Thời hạn như sau:\n"
        "Kỳ báo cáo | Thời gian chốt số liệu | Thời hạn gửi báo cáo\n"
        "Báo cáo 6 tháng | Từ ngày 15/12 năm trước đến ngày 14/6 | Trước ngày 15/6\n"
        "Báo cáo năm | Từ ngày 15/12 năm trước đến ngày 14/12 | Trước ngày 15/12\n"
        "Trân trọng./.\nNơi nhận:\n- Như trên;\n"
    )
    (task,) = read_letter(text, catalogue, catalogue.province("tuyen-quang"), "yt.txt").tasks
    assert task.recurrence is not None and task.recurrence.every == "half-year"


QUARTERLY = """UBND TỈNH TUYÊN QUANG
SỞ TƯ PHÁP

Số: 512/STP-HCTP
V/v báo cáo công tác chứng thực điện tử

Tuyên Quang, ngày 15 tháng 11 năm 2023

Kính gửi: UBND các huyện, thành phố.

Đề nghị UBND các huyện, thành phố báo cáo số hồ sơ chứng thực điện tử đã tiếp nhận trong quý \
(theo Biểu 01 kèm theo), gửi Sở Tư pháp trước ngày 15 của tháng đầu quý sau. \
Báo cáo quý I/2024 gửi trước ngày 15/4/2024.
Trân trọng./.
Nơi nhận:
- Như trên;
"""


def test_the_report_of_a_named_period_is_the_series_first_occurrence(catalogue):
    # the computed first (15/1/2024, the last quarter of 2023's) gives way to the one printed
    draft = read_letter(QUARTERLY, catalogue, catalogue.province("tuyen-quang"), "stp.txt")
    (task,) = draft.tasks
    assert task.deadline is None and task.recurrence is not None
    assert (task.recurrence.every, task.recurrence.day) == ("quarter", 15)
    assert task.recurrence.first == date(2024, 4, 15)


def _starting_next(period_words: str, every: str, day: int) -> date | None:
    from knowledge.letters.recurring import first_occurrence, recurrence

    found = recurrence(f"gửi báo cáo trước ngày {day} {every}, kể từ {period_words}.")
    assert found is not None
    return first_occurrence(found, date(2023, 5, 17))


def test_a_start_counted_from_the_letter_is_the_next_period_of_its_date():
    # "kể từ tháng sau" in a letter of 17/5: June's report first, not May's
    assert _starting_next("tháng sau", "hằng tháng", 10) == date(2023, 6, 10)
    assert _starting_next("tháng tới", "hằng tháng", 25) == date(2023, 6, 25)
    # the quarter after the letter's: its last month
    assert _starting_next("quý sau", "của tháng cuối quý", 15) == date(2023, 9, 15)
    assert _starting_next("năm sau", "của tháng cuối quý", 15) == date(2024, 3, 15)


def test_the_month_after_a_report_s_month_is_still_its_lag():
    found = recurrence("hằng tháng, trước ngày 05 của tháng sau")
    assert found is not None and found.phase == 1 and not found.since_next


def test_the_span_a_quarterly_report_counts_sets_no_recurrence_of_its_own():
    found = recurrence(
        "Số liệu tính từ ngày 20 của tháng cuối quý trước đến hết ngày 19 của tháng cuối quý."
    )
    assert found is None
    due = recurrence(
        "Hằng quý, gửi báo cáo trước ngày 22 của tháng cuối quý; số liệu tính từ ngày 20 của "
        "tháng cuối quý trước đến hết ngày 19 của tháng cuối quý."
    )
    assert due is not None and (due.every, due.day) == ("quarter", 22)


def test_a_recipient_printed_before_the_day_leaves_the_monthly_deadline_whole():
    """ "… gửi về Sở Kế hoạch và Đầu tư trước ngày 25 hằng tháng": "Đầu tư" reads "tu", which
    is no span "từ ngày …" before a day said with its "trước" (the monthly task was lost)."""
    found = recurrence(
        "Kể từ tháng 11/2021, các huyện báo cáo kết quả gửi về Sở Kế hoạch và Đầu tư trước "
        "ngày 25 hằng tháng."
    )
    assert found is not None and (found.every, found.day) == ("month", 25)
    assert found.since == date(2021, 11, 1)
    # a span of figures stays none
    assert recurrence("Số liệu tính từ ngày 15 đến hết ngày 14 hằng tháng.") is None
