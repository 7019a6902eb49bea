"""Which problems of a draft a correction settles: those about the corrected task's deadline,
and only when its deadline was corrected or the task dropped (knowledge/letters/settling.py)."""

from __future__ import annotations

from datetime import date

from knowledge.letters.model import Draft, Letter, Problem, Task
from knowledge.letters.settling import about, about_task, corrected

COUNTED = "trong vòng 05 ngày làm việc kể từ ngày nhận được văn bản này"


def _task(text: str, due: date | None) -> Task:
    return Task("Báo cáo", due, text, None, ("Sở Y tế",), (), (), None, (), (), "cv#mục 1")


REPORT = _task("trước 17 giờ 00 ngày 28/5/2021", date(2021, 5, 28))
CONTACTS = _task(COUNTED, date(2021, 5, 17))
DOUBT = Problem(22, f"cần kiểm tra: hạn “{COUNTED}” tính là 17/5/2021: 5 ngày làm việc …")
UNIT = Problem(8, "không có “Sở Du lịch và Vũ trụ” trong danh sách đơn vị của tỉnh Tuyên Quang")
LETTER = Letter("245/STTTT", date(2021, 5, 10), None, None)
DRAFT = Draft(LETTER, (REPORT, CONTACTS), (DOUBT, UNIT))


def test_a_problem_is_about_the_task_whose_deadline_it_quotes_or_dates():
    assert about(DOUBT, CONTACTS) and not about(DOUBT, REPORT)
    assert not about(UNIT, REPORT) and not about(UNIT, CONTACTS)
    past = Problem(11, "hạn 15/8/2022 trước ngày của công văn")
    assert about(past, _task("trước ngày 15/08/2022", date(2022, 8, 15)))
    # a doubt is found by its quote only: the letter's own date it names is no task's
    set_aside = Problem(18, "cần kiểm tra: hạn 30/9/2021 trước ngày của công văn (20/10/2021)")
    assert not about(set_aside, _task("trước ngày 30/9/2021", date(2021, 9, 30)))
    assert about_task(DOUBT, DRAFT.tasks).startswith("nhiệm vụ 2, dòng 22: cần kiểm tra")
    assert about_task(UNIT, DRAFT.tasks) == str(UNIT)


def test_a_correction_keeps_every_problem_but_those_of_its_own_deadline():
    other = corrected(DRAFT, 0, _task("31/5/2021", date(2021, 5, 31)), deadline=True)
    assert other.problems == (DOUBT, UNIT) and other.tasks[0].deadline == date(2021, 5, 31)
    units = corrected(DRAFT, 1, CONTACTS, deadline=False)  # units or forms: not the date
    assert units.problems == (DOUBT, UNIT)
    fixed = corrected(DRAFT, 1, _task("20/5/2021", date(2021, 5, 20)), deadline=True)
    assert fixed.problems == (UNIT,)
    dropped = corrected(DRAFT, 1, None, deadline=False)
    assert dropped.problems == (UNIT,) and dropped.tasks == (REPORT,)


def test_a_problem_two_tasks_fit_stays_until_neither_does():
    twice = Draft(DRAFT.letter, (CONTACTS, CONTACTS), (DOUBT,))
    first = corrected(twice, 0, _task("20/5/2021", date(2021, 5, 20)), deadline=True)
    assert first.problems == (DOUBT,)
    second = corrected(first, 1, _task("21/5/2021", date(2021, 5, 21)), deadline=True)
    assert second.problems == ()
