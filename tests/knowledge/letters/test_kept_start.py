"""A typed correction of a recurring task's schedule keeps the letter's start unless it names a
new one (knowledge/letters/kept_start.py; UX report 14b, item 1)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from knowledge.letters.edits import read_deadline
from knowledge.letters.model import Recurrence, Task
from knowledge.render.letter_text import edit_quote

LETTER_DAY = date(2021, 9, 15)
QUARTERLY = Task(
    title="Báo cáo kết quả số hóa hồ sơ",
    deadline=None,
    deadline_text="Định kỳ hằng quý, trước ngày 18 tháng cuối quý",
    recurrence=Recurrence("quarter", 18, date(2021, 12, 18)),  # "bắt đầu từ quý IV/2021"
    units=("UBND huyện Hàm Yên",),
    supporting=(),
    forms=(),
    recipient="Sở Thông tin và Truyền thông",
    steps=(),
    contents=(),
    source="cv.txt#mục 3",
)


@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("hằng quý, ngày 18 tháng cuối quý", date(2021, 12, 18)),
        ("ngay 20 thang cuoi quy", date(2021, 12, 20)),
        ("hằng tháng, trước ngày 10", date(2021, 10, 10)),  # from the quarter the letter named
        ("ngày 18 tháng cuối quý, từ 18/12/2021", date(2021, 12, 18)),
        ("ngày 18 tháng cuối quý, từ 18/3/2022", date(2022, 3, 18)),  # a new start typed
        ("hang thang, truoc ngay 5, tu ngay 1/11/2021", date(2021, 11, 5)),
        ("hằng năm, ngày 31/12", date(2021, 12, 31)),
    ],
)
def test_the_letters_start_stays_unless_a_new_one_is_typed(typed, first):
    task = read_deadline(QUARTERLY, typed, LETTER_DAY, LETTER_DAY)
    assert isinstance(task, Task), task
    assert task.recurrence is not None and task.recurrence.first == first


def test_a_task_without_a_start_counts_from_the_letter():
    """No start in the letter: the first occurrence after its date, as before."""
    plain_task = replace(QUARTERLY, recurrence=Recurrence("quarter", 18, date(2021, 9, 18)))
    task = read_deadline(plain_task, "hằng tháng, trước ngày 10", LETTER_DAY, LETTER_DAY)
    assert isinstance(task, Task) and task.recurrence is not None
    assert task.recurrence.first == date(2021, 10, 10)  # not 10/9, before the letter


def test_a_start_that_does_not_exist_is_one_line():
    out = read_deadline(QUARTERLY, "ngày 18 tháng cuối quý, từ 31/9/2021", LETTER_DAY, LETTER_DAY)
    assert out == "ngày 31/9/2021 không có thật"


def test_the_quote_shows_the_first_occurrence_when_it_moves():
    same = read_deadline(QUARTERLY, "hằng quý, ngày 18 tháng cuối quý", LETTER_DAY, LETTER_DAY)
    assert isinstance(same, Task)
    assert "lần đầu" not in edit_quote(3, "deadline", QUARTERLY, same)
    moved = read_deadline(
        QUARTERLY, "ngày 18 tháng cuối quý, từ 18/3/2022", LETTER_DAY, LETTER_DAY
    )
    assert isinstance(moved, Task)
    assert edit_quote(3, "deadline", QUARTERLY, moved) == (
        "Đã sửa nhiệm vụ 3: hạn hằng quý (tháng cuối quý), ngày 18, lần đầu 18/12/2021 → "
        "hằng quý (tháng cuối quý), ngày 18, lần đầu 18/3/2022."
    )


def test_a_day_typed_without_its_year_is_printed_with_it():
    """ "8/10" was kept as typed and quoted so in every view (ux14b item 8)."""
    one_off = replace(QUARTERLY, recurrence=None, deadline=date(2021, 10, 5))
    for typed, printed in (
        ("8/10", "8/10/2021"),
        ("truoc ngay 8/10", "trước ngày 8/10/2021"),
        ("trước 17 giờ 00 ngày 8/10", "trước 17 giờ 00 ngày 8/10/2021"),
        ("8/10/2021", "8/10/2021"),
    ):
        task = read_deadline(one_off, typed, LETTER_DAY, LETTER_DAY)
        assert isinstance(task, Task) and task.deadline == date(2021, 10, 8), typed
        assert task.deadline_text == printed


def test_the_same_day_with_an_hour_quotes_the_wording_that_changed():
    """ "hạn 20/8/2021 → 20/8/2021" read as nothing changed when the hour was added."""
    one_off = replace(QUARTERLY, recurrence=None, deadline=date(2021, 10, 5))
    timed = read_deadline(one_off, "trước 17 giờ 00 ngày 5/10/2021", LETTER_DAY, LETTER_DAY)
    assert isinstance(timed, Task)
    assert edit_quote(1, "deadline", one_off, timed) == (
        "Đã sửa nhiệm vụ 1: hạn 5/10/2021 → 5/10/2021 (“trước 17 giờ 00 ngày 5/10/2021”)."
    )
    # the same deadline typed again is no change (ux36 #8: "hạn 30/9/2021 → 30/9/2021")
    again = read_deadline(timed, "trước 17 giờ 00 ngày 5/10/2021", LETTER_DAY, LETTER_DAY)
    assert isinstance(again, Task)
    assert edit_quote(1, "deadline", timed, again) == "Nhiệm vụ 1: hạn 5/10/2021 không đổi."
