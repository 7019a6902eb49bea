"""A monthly task on the 29th–31st: a month without that day has it on its last day."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date

import pytest

from knowledge.catalogue.loader import DATA_DIR, CatalogueError, load_catalogue
from knowledge.rules.reminders import Mark, plan_range

SYNC_AGENCY = "Ban Điều hành Đề án thành lập Trung tâm Dịch vụ hành chính công trực tuyến tỉnh"


def _monthly(catalogue, day: int):
    """Khánh Hòa's monthly sync, moved to `day` of every month and without a start."""
    kh = catalogue.province("khanh-hoa")
    task = next(t for t in kh.tasks if t.id == "kh-monthly-sync")
    task = replace(task, day=day, starts=None, deadline_text=f"Ngày {day} hàng tháng")
    return task, replace(kh, assignments={}, tasks=[task])


def test_the_31st_falls_on_each_month_s_last_day(catalogue):
    task, _ = _monthly(catalogue, 31)
    assert task.occurrences(date(2021, 1, 1), date(2021, 12, 31)) == [
        date(2021, 1, 31),
        date(2021, 2, 28),
        date(2021, 3, 31),
        date(2021, 4, 30),
        date(2021, 5, 31),
        date(2021, 6, 30),
        date(2021, 7, 31),
        date(2021, 8, 31),
        date(2021, 9, 30),
        date(2021, 10, 31),
        date(2021, 11, 30),
        date(2021, 12, 31),
    ]
    assert task.occurrences(date(2024, 2, 1), date(2024, 3, 1)) == [date(2024, 2, 29)]
    assert task.next_due(date(2021, 2, 1)) == date(2021, 2, 28)


@pytest.mark.parametrize(
    "day, february_2021, february_2024",
    [
        (29, date(2021, 2, 28), date(2024, 2, 29)),
        (30, date(2021, 2, 28), date(2024, 2, 29)),
        (28, date(2021, 2, 28), date(2024, 2, 28)),
    ],
)
def test_29_and_30_in_february(catalogue, day, february_2021, february_2024):
    task, _ = _monthly(catalogue, day)
    assert task.occurrences(date(2021, 2, 1), date(2021, 2, 28)) == [february_2021]
    assert task.occurrences(date(2024, 2, 1), date(2024, 2, 29)) == [february_2024]
    # the window cuts a month's date off when it ends before it
    assert task.occurrences(date(2021, 2, 1), date(2021, 2, 27)) == []


def _day_of(plan):
    return [day for day, r in plan if r.agency == SYNC_AGENCY and r.offset == 0]


def test_reminders_of_the_31st_in_february_and_30_day_months(catalogue):
    _, province = _monthly(catalogue, 31)
    plan = plan_range(catalogue, province, {}, date(2021, 1, 20), date(2021, 7, 5))
    # 31/1/2021 and 28/2/2021 are Sundays, 30/4 a holiday (29/4 is the day before), 30/6 a
    # Wednesday.
    assert _day_of(plan) == [
        date(2021, 1, 29),
        date(2021, 2, 26),
        date(2021, 3, 31),
        date(2021, 4, 29),
        date(2021, 5, 31),
        date(2021, 6, 30),
    ]
    leap = plan_range(catalogue, province, {}, date(2024, 2, 1), date(2024, 3, 1))
    assert _day_of(leap) == [date(2024, 2, 29)]  # a Thursday


def test_a_sync_done_on_the_1st_closes_the_month_before_not_the_next(catalogue):
    _, province = _monthly(catalogue, 31)
    done = {("kh-monthly-sync", SYNC_AGENCY): Mark("hoan_thanh", date(2021, 4, 1))}
    plan = plan_range(catalogue, province, done, date(2021, 3, 20), date(2021, 4, 30))
    assert {r.due for _, r in plan if r.agency == SYNC_AGENCY} == {date(2021, 4, 30)}


@pytest.mark.parametrize("bad", ["0", "32", '"31"'])
def test_a_monthly_day_outside_1_to_31_is_refused(tmp_path, bad):
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    # the monthly day is the seed letter's, in its reviewed draft
    path = data / "letters" / "001_6a77b38c25cc86d4.draft.json"
    text = path.read_text(encoding="utf-8")
    assert '"day": 1,' in text
    path.write_text(text.replace('"day": 1,', f'"day": {bad},'), encoding="utf-8")
    with pytest.raises(CatalogueError, match=r"001_6a77b38c25cc86d4.*day .* is not 1–31"):
        load_catalogue(data)
