"""A task a letter sets every quarter or every year: each occurrence falls in the months of its
first one, is done on its own, and is reminded on its own; one that cannot be placed is refused."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from datetime import date

import pytest

from knowledge.catalogue.loader import DATA_DIR, CatalogueError, load_catalogue
from knowledge.rules.progress import standing_of
from knowledge.rules.reminders import Mark, plan_range
from knowledge.rules.standing import State

BAN = "Ban Điều hành Đề án thành lập Trung tâm Dịch vụ hành chính công trực tuyến tỉnh"
KEY = "kh-monthly-sync"


def _every(catalogue, every: str, day: int, first: date):
    """Khánh Hòa's monthly sync made to recur every quarter or year from `first`."""
    kh = catalogue.province("khanh-hoa")
    task = next(t for t in kh.tasks if t.id == KEY)
    task = replace(task, every=every, day=day, starts=first)
    return task, replace(kh, assignments={}, tasks=[task])


def test_a_quarterly_task_falls_due_every_three_months_from_its_first(catalogue):
    task, _ = _every(catalogue, "quarter", 25, date(2023, 6, 25))
    assert task.occurrences(date(2023, 1, 1), date(2024, 4, 1)) == [
        date(2023, 6, 25),
        date(2023, 9, 25),
        date(2023, 12, 25),
        date(2024, 3, 25),
    ]
    assert task.next_due(date(2023, 6, 26)) == date(2023, 9, 25)


def test_a_yearly_task_falls_due_once_a_year_on_its_first_date(catalogue):
    task, _ = _every(catalogue, "year", 15, date(2023, 12, 15))
    assert task.occurrences(date(2023, 1, 1), date(2025, 12, 31)) == [
        date(2023, 12, 15),
        date(2024, 12, 15),
        date(2025, 12, 15),
    ]
    assert task.next_due(date(2023, 3, 1)) == date(2023, 12, 15)
    assert task.next_due(date(2023, 12, 16)) == date(2024, 12, 15)


def test_a_yearly_report_is_done_per_year(catalogue):
    _, province = _every(catalogue, "year", 15, date(2023, 12, 15))

    def s(day, mark=None):
        marks = {(KEY, BAN): mark} if mark else {}
        found = standing_of(catalogue, province, KEY, BAN, marks, day)
        assert found is not None
        return found

    late = s(date(2023, 12, 18))
    assert (late.state, late.due) == (State.LATE, date(2023, 12, 15))
    sent = Mark("hoan_thanh", date(2023, 12, 20))  # a few days late: 2023's report
    after = s(date(2024, 1, 10), sent)
    assert (after.state, after.due) == (State.OPEN, date(2024, 12, 15))
    # 2024's is owed again: late from Tuesday 17/12, Sunday 15/12 running to the end of Monday
    assert s(date(2024, 12, 16), sent).state is State.OPEN
    assert s(date(2024, 12, 17), sent).state is State.LATE


def test_a_quarterly_task_is_reminded_in_its_quarters_only(catalogue):
    _, province = _every(catalogue, "quarter", 25, date(2023, 6, 25))
    plan = plan_range(catalogue, province, {}, date(2023, 6, 1), date(2023, 12, 31))
    due = sorted({r.due for _, r in plan if r.agency == BAN})
    assert due == [date(2023, 6, 25), date(2023, 9, 25), date(2023, 12, 25)]


def _with_recurrence(tmp_path, recurrence: dict):
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    path = data / "letters" / "001_6a77b38c25cc86d4.draft.json"
    draft = json.loads(path.read_text(encoding="utf-8"))
    (task,) = [t for t in draft["tasks"] if t["recurrence"]]
    task["recurrence"] = recurrence
    path.write_text(json.dumps(draft, ensure_ascii=False), encoding="utf-8")
    return data


def test_a_letters_yearly_recurrence_is_loaded_as_a_yearly_task(tmp_path):
    data = _with_recurrence(tmp_path, {"every": "year", "day": 1, "first": "2020-05-01"})
    kh = load_catalogue(data).province("khanh-hoa")
    task = next(t for t in kh.tasks if t.id == KEY)
    assert (task.every, task.day, task.starts) == ("year", 1, date(2020, 5, 1))
    assert task.occurrences(date(2020, 1, 1), date(2021, 12, 31)) == [
        date(2020, 5, 1),
        date(2021, 5, 1),
    ]


@pytest.mark.parametrize("every", ["quarter", "year"])
def test_a_quarter_or_a_year_without_its_first_date_is_refused(tmp_path, every):
    data = _with_recurrence(tmp_path, {"every": every, "day": 1, "first": None})
    with pytest.raises(CatalogueError, match=f"every {every} needs its first date"):
        load_catalogue(data)
