"""What a file prints of itself (ux30 #1, #2): the month its title reports, the form it prints,
the unit its unit line names; and which task (or occurrence) that contradicts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from knowledge.catalogue.model import Task
from knowledge.deliverables.file_claims import claimed_occurrences, clash, read_claims


def _task(form: str, lag: int = 0, starts: date | None = date(2021, 8, 25)) -> Task:
    return Task(
        id="tq-2021-08-25" if lag == 0 else "tq-2021-09-05",
        province="tuyen-quang",
        title="Báo cáo định kỳ hằng tháng",
        deadline_text="trước ngày 25 hằng tháng",
        due=None,
        day=25 if lag == 0 else 5,
        starts=starts if lag == 0 else date(2021, 9, 5),
        addressees=("UBND huyện Hàm Yên",),
        form=form,
        steps=(),
        contents=(),
        source="",
        lag=lag,
    )


MONTHLY = _task("Mẫu số 01")
PLAN = replace(MONTHLY, id="tq-2021-09-15", form="Mẫu số 02")
HEAD = "Mau 01\nMẫu số 01\nBÁO CÁO KẾT QUẢ … THÁNG 8/2021\nĐơn vị: UBND huyện Yên Sơn\nSTT Mức độ"


def test_the_head_says_its_form_month_and_unit_as_printed():
    claims = read_claims("BC thang8 YenSon", HEAD)
    assert claims.month == (8, 2021) and claims.period_text == "THÁNG 8/2021"
    assert (claims.form, claims.form_text) == ("mau 1", "Mẫu số 01")
    assert claims.unit_text == "UBND huyện Yên Sơn"


@pytest.mark.parametrize(
    ("name", "head", "month"),
    [
        ("BC thang8 HamYen", "", (8, None)),  # the name, when the head says nothing
        ("bc", "Báo cáo tháng 9/2021", (9, 2021)),
        # the day it was signed is not its period
        ("bc", "Hàm Yên, ngày 27 tháng 8 năm 2021\nBÁO CÁO THÁNG 7/2021", (7, 2021)),
        ("bc", "Hàm Yên, ngày …… tháng 8 năm 2021\nBÁO CÁO THÁNG 7/2021", (7, 2021)),
        ("bc", "Hàm Yên, ngày    tháng 8 năm 2021", None),
        ("bc", "BÁO CÁO THÁNG 7/2021 và THÁNG 8/2021", None),  # two months: no claim
        ("scan", "Kế hoạch số hóa hồ sơ năm 2021", None),
    ],
)
def test_the_month_a_file_reports(name, head, month):
    assert read_claims(name, head).month == month


def test_a_task_on_another_form_or_an_occurrence_of_another_month_is_contradicted():
    claims = read_claims("bc", HEAD)
    assert clash(claims, PLAN, None) == "Mẫu số 01"
    assert clash(claims, MONTHLY, date(2021, 9, 25)) == "THÁNG 8/2021"
    assert clash(claims, MONTHLY, date(2021, 8, 25)) == ""
    # a dossier of one of the bot's forms holds other documents: no form contradicts it
    assert clash(claims, PLAN, None, dossier=True) == ""
    # a task printing no form is contradicted by no form
    assert clash(claims, replace(PLAN, form=""), None) == ""


def test_a_months_report_is_no_document_of_a_one_off_dossier_on_another_form():
    dossier = replace(MONTHLY, id="tq-2021-04-20", form="Biểu 02", day=None, due=date(2021, 4, 20))
    annexes = replace(dossier, id="tq-2021-05-20", form="Phụ lục I–IV", due=date(2021, 5, 20))
    monthly_02 = read_claims("mau02_thang8", "Mẫu số 02\nBÁO CÁO THÁNG 8/2021")
    assert clash(monthly_02, dossier, None, dossier=True) == "Mẫu số 02"
    assert clash(monthly_02, annexes, None, dossier=True) == "Mẫu số 02"
    # a letter beside the form, printing no month, is still one of its documents
    cover = read_claims("cv", "Công văn gửi kèm Mẫu số 02")
    assert clash(cover, dossier, None, dossier=True) == ""
    # a period years from its date is another year's report, printed form or none
    assert clash(read_claims("bc", "BÁO CÁO THÁNG 4/2023"), dossier, None) == "THÁNG 4/2023"
    assert clash(read_claims("bc", "BÁO CÁO THÁNG 3/2021"), dossier, None) == ""


def test_a_title_line_is_read_in_its_parts_above_its_recipients():
    claims = read_claims("bc", "BÁO CÁO THÁNG 8/2021 - Mẫu số 01 - UBND huyện Hàm Yên")
    assert claims.unit_text == ""
    assert claims.heading_parts == ("BÁO CÁO THÁNG 8/2021", "Mẫu số 01", "UBND huyện Hàm Yên")
    head = "SỞ Y TẾ\nBÁO CÁO\nKính gửi: Sở Thông tin và Truyền thông"
    assert read_claims("bc", head).heading_parts == ("SỞ Y TẾ", "BÁO CÁO")
    # a unit line says it already: the parts are not read
    assert read_claims("bc", HEAD).heading_parts == ()


def test_a_report_due_the_month_after_is_that_months():
    trailing = _task("Mẫu số 01", lag=1)
    claims = read_claims("bc", "Mẫu số 01 BÁO CÁO THÁNG 9/2021")
    assert clash(claims, trailing, date(2021, 10, 5)) == ""
    assert clash(claims, trailing, date(2021, 11, 5)) == "THÁNG 9/2021"


def test_the_occurrence_the_file_reports_is_found_even_among_those_sent():
    claims = read_claims("bc", HEAD)
    # by the 25th most of the month is gone: the report is that month's alone
    assert claimed_occurrences(claims, [PLAN, MONTHLY], date(2021, 8, 27)) == (
        "tq-2021-08-25@2021-08-25",
    )
    july = read_claims("bc", "Mẫu số 01 BÁO CÁO THÁNG 7/2021")
    assert claimed_occurrences(july, [PLAN, MONTHLY], date(2021, 9, 20)) == ()  # before the first
    other_form = read_claims("bc", "Mẫu số 03 BÁO CÁO THÁNG 8/2021")
    assert claimed_occurrences(other_form, [PLAN, MONTHLY], date(2021, 8, 27)) == ()


# "báo cáo … trước ngày 10 hằng tháng" (ux37 #1): the letter leaves open whether the report due
# 10/10 is October's (as the bot names it) or on September's figures (as officers title it)
EARLY = replace(
    MONTHLY, day=10, starts=date(2021, 9, 10), deadline_text="trước ngày 10 hằng tháng"
)
SEPTEMBER = read_claims("bc", "Mẫu số 01\nBÁO CÁO … THÁNG 9/2021")


def test_a_report_due_early_in_the_month_may_be_the_month_before_s_figures():
    assert claimed_occurrences(SEPTEMBER, [EARLY], date(2021, 10, 12)) == (
        "tq-2021-08-25@2021-09-10",
        "tq-2021-08-25@2021-10-10",
    )
    assert clash(SEPTEMBER, EARLY, date(2021, 10, 10)) == ""  # September's figures
    assert clash(SEPTEMBER, EARLY, date(2021, 9, 10)) == ""  # September, as the bot names it
    assert clash(SEPTEMBER, EARLY, date(2021, 11, 10)) == "THÁNG 9/2021"


@pytest.mark.parametrize(
    "task",
    [
        replace(EARLY, title="Rà soát danh sách cán bộ đầu mối"),  # a list reports no month
        replace(EARLY, lag=1, deadline_text="trước ngày 10 của tháng sau"),  # the letter says
    ],
)
def test_one_reading_where_the_letter_settles_it_or_nothing_reports_a_month(task):
    assert len(claimed_occurrences(SEPTEMBER, [task], date(2021, 10, 12))) == 1
    assert clash(SEPTEMBER, task, date(2021, 11, 10) if task.lag else date(2021, 10, 10))
