"""The coordinator's corrections to a draft (knowledge/letters/edits.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from knowledge.letters.edits import marked, read_deadline
from knowledge.letters.model import Task

LETTER_DAY = date(2023, 8, 21)
TASK = Task(
    title="Báo cáo rà soát",
    deadline=date(2023, 9, 8),
    deadline_text="trước ngày 08/9/2023",
    recurrence=None,
    units=("Sở Y tế",),
    supporting=(),
    forms=("Mẫu số 01",),
    recipient="Sở Thông tin và Truyền thông",
    steps=(),
    contents=(),
    source="cv1586.docx#mục 1",
)
EXACT = "trước 17 giờ 00 ngày 11/9/2023"


@pytest.mark.parametrize(
    ("typed", "printed", "due", "every"),
    [
        # typed without marks on a phone: quoted as the letter would print it
        ("truoc ngay 11/9/2023", "trước ngày 11/9/2023", date(2023, 9, 11), None),
        ("han 11/9/2023", "trước ngày 11/9/2023", date(2023, 9, 11), None),
        ("hang thang, truoc ngay 20", "hằng tháng, trước ngày 20", None, "month"),
        ("ngay 15 thang cuoi quy", "trước ngày 15 tháng cuối quý", None, "quarter"),
        ("hang nam, ngay 31/12", "hằng năm, trước ngày 31/12", None, "year"),
        # typed with marks, or digits alone: kept as typed
        (EXACT, EXACT, date(2023, 9, 11), None),
        ("11/9/2023", "11/9/2023", date(2023, 9, 11), None),
        ("hằng tháng, trước ngày 20", "hằng tháng, trước ngày 20", None, "month"),
    ],
)
def test_a_deadline_typed_without_marks_is_quoted_with_them(typed, printed, due, every):
    """ "truoc ngay 11/9/2023" was kept as typed and quoted so in /congvan, the reminders and
    the answers (“truoc ngay 11/9/2023”), among texts printed with their marks."""
    task = read_deadline(TASK, typed, LETTER_DAY, LETTER_DAY)
    assert isinstance(task, Task), task
    assert task.deadline_text == printed
    assert task.deadline == due
    assert (task.recurrence.every if task.recurrence else None) == every


@pytest.mark.parametrize(
    "typed",
    [
        "6 thang mot lan, ngay 15/6 va 15/12",
        "hằng năm, ngày 15/12 và 15/6",
        "hang nam, ngay 15/6 va 15/12",
    ],
)
def test_two_days_of_the_year_six_months_apart_typed_are_every_half_year(typed):
    task = read_deadline(TASK, typed, LETTER_DAY, LETTER_DAY)
    assert isinstance(task, Task), task
    assert task.recurrence is not None and task.deadline is None
    # the letter is of 21/8/2023: the first of the two days after it is 15/12/2023
    assert (task.recurrence.every, task.recurrence.day) == ("half-year", 15)
    assert task.recurrence.first == date(2023, 12, 15)


def test_a_new_date_without_its_year_is_read_beside_the_tasks_date():
    # ux24 #5: one rule for a day typed without its year; a December task put off to January
    december = replace(TASK, deadline=date(2023, 12, 20), deadline_text="trước ngày 20/12/2023")
    task = read_deadline(december, "5/1", LETTER_DAY, LETTER_DAY)
    assert isinstance(task, Task) and task.deadline == date(2024, 1, 5), task
    task = read_deadline(TASK, "25/9", LETTER_DAY, LETTER_DAY)
    assert isinstance(task, Task) and task.deadline == date(2023, 9, 25), task


def _corrected(task: Task, typed: str) -> Task:
    read = read_deadline(task, typed, LETTER_DAY, LETTER_DAY)
    assert isinstance(read, Task)
    return marked(task, read)


def test_a_bare_date_typed_keeps_the_letters_wording_with_the_correction_beside_it():
    once = _corrected(TASK, "15/9/2023")
    assert (once.deadline, once.deadline_text) == (
        date(2023, 9, 15),
        "trước ngày 08/9/2023 (đã sửa: 15/9/2023)",
    )
    # corrected again: still the letter's wording, the last correction beside it
    twice = _corrected(once, "20/9")
    assert twice.deadline_text == "trước ngày 08/9/2023 (đã sửa: 20/9/2023)"
    # the letter's wording typed back is no correction
    assert _corrected(twice, "trước ngày 08/9/2023").deadline_text == "trước ngày 08/9/2023"
    # a task with no printed wording (added by the coordinator) only says it was corrected
    added = replace(TASK, deadline_text="")
    assert _corrected(added, "15/9/2023").deadline_text == "15/9/2023 (đã sửa)"
