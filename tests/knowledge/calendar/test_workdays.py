"""Working days: the `holidays` package for every year, the override file for the swapped days it
lacks, and reminders moved to the working day before.
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date, timedelta

import holidays
import pytest

from knowledge.calendar.workdays import WorkCalendar, package_holidays
from knowledge.catalogue.loader import DATA_DIR, CatalogueError, load_calendar, load_catalogue
from knowledge.rules.reminders import plan_range

OVERRIDES = "holiday_overrides.tsv"


def test_tet_2027_is_off_though_no_table_lists_it(catalogue):
    cal = catalogue.calendar
    # Tết Đinh Mùi: mùng 1 is Saturday 6/2/2027. From 29 Tết (Thursday 4/2) to the day in lieu
    # for mùng 2 (Wednesday 10/2) no day is a working day.
    off = [date(2027, 2, 4) + timedelta(days=i) for i in range(7)]
    assert [d for d in off if cal.is_working(d)] == []
    assert cal.is_holiday(date(2027, 2, 5)) and cal.is_holiday(date(2027, 2, 8))
    assert cal.is_working(date(2027, 2, 3)) and cal.is_working(date(2027, 2, 11))
    assert not cal.is_working(date(2027, 4, 16))  # Giỗ Tổ Hùng Vương, 10/3 âm lịch


def test_2026_days_the_old_table_lacked(catalogue):
    cal = catalogue.calendar
    assert cal.is_holiday(date(2026, 8, 31))  # Monday, swapped with Saturday 22/8
    assert cal.is_holiday(date(2026, 11, 24))  # Ngày Văn hóa Việt Nam
    assert cal.is_working(date(2026, 9, 3)) and cal.is_working(date(2026, 11, 25))


def test_a_day_off_moves_to_the_working_day_before():
    cal = WorkCalendar(frozenset({date(2021, 4, 29)}))
    # 3/5/2021 in lieu of Saturday 1/5, 30/4, the extra 29/4: back to Wednesday 28/4
    assert cal.on_or_before(date(2021, 5, 3)) == date(2021, 4, 28)
    assert cal.on_or_before(date(2021, 4, 28)) == date(2021, 4, 28)
    assert not cal.is_working(date(2030, 9, 2)) and cal.is_working(date(2030, 9, 5))


def test_the_override_file_applies(catalogue):
    # 2/1/2026 was given off by a notice; the package does not have it, the override does.
    assert date(2026, 1, 2) not in package_holidays(2026)
    assert catalogue.calendar.is_holiday(date(2026, 1, 2))
    assert catalogue.calendar.on_or_before(date(2026, 1, 4)) == date(2025, 12, 31)
    assert not WorkCalendar().is_holiday(date(2026, 1, 2))


def test_every_override_is_a_weekday_the_package_still_lacks(catalogue):
    for day in sorted(catalogue.calendar.extra_days_off):
        assert day.weekday() < 5
        # When this fails the package has learnt the day: remove its line from the override file.
        assert day not in package_holidays(day.year), f"{day} is in the package now"


def _task_due(catalogue, due):
    """Tuyên Quang with one task only, due on `due`, for Sở Xây dựng."""
    tq = catalogue.province("tuyen-quang")
    task = replace(next(t for t in tq.tasks if t.id == "tq-2021-04-20"), due=due)
    assert "Sở Xây dựng" in task.addressees
    return replace(tq, assignments={}, tasks=[task])


def _days(catalogue, province, start, end):
    plan = plan_range(catalogue, province, {}, start, end)
    return [(day, r.offset) for day, r in plan if r.agency == "Sở Xây dựng"]


def test_a_reminder_on_tet_2027_moves_to_the_working_day_before(catalogue):
    province = _task_due(catalogue, date(2027, 2, 8))  # mùng 3 Tết, a Monday
    # the day itself falls in Tết: its reminder comes on Wednesday 3/2, the last working day
    # before it, and the working days before are counted back from there (7: Monday 25/1)
    assert _days(catalogue, province, date(2027, 1, 20), date(2027, 2, 10)) == [
        (date(2027, 1, 25), 7),
        (date(2027, 1, 29), 3),
        (date(2027, 2, 2), 1),
        (date(2027, 2, 3), 0),
    ]


@pytest.mark.parametrize(
    "due, day_of",
    [
        (date(2026, 9, 2), date(2026, 8, 28)),  # 1/9 Quốc khánh, 31/8 swapped, then a weekend
        (date(2026, 11, 24), date(2026, 11, 23)),  # Ngày Văn hóa Việt Nam
        (date(2026, 1, 2), date(2025, 12, 31)),  # the override's day, then 1/1
    ],
)
def test_a_reminder_on_a_2026_day_off_moves_before_it(catalogue, due, day_of):
    province = _task_due(catalogue, due)
    days = _days(catalogue, province, due - timedelta(days=10), due)
    assert days[-1] == (day_of, 0)


def test_a_year_is_asked_of_the_package_once(monkeypatch):
    calls = []
    real = holidays.country_holidays

    def counting(*args, **kwargs):
        calls.append(kwargs.get("years"))
        return real(*args, **kwargs)

    package_holidays.cache_clear()
    monkeypatch.setattr(holidays, "country_holidays", counting)
    try:
        cal = WorkCalendar()
        for _ in range(3):  # the planner walks a two-month plan many times
            day = date(2026, 12, 1)
            while day < date(2027, 2, 1):
                cal.is_working(day)
                day += timedelta(days=1)
        assert sorted(calls) == [2026, 2027]
    finally:
        package_holidays.cache_clear()


def _data_with_overrides(tmp_path, lines: list[str]):
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    path = data / OVERRIDES
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "".join(line + "\n" for line in lines), encoding="utf-8")
    return data, len(text.splitlines())


def test_a_line_added_to_the_override_file_is_a_day_off(tmp_path):
    data, _ = _data_with_overrides(tmp_path, ["2030-03-05\tThông báo thử nghiệm"])
    cal = load_catalogue(data).calendar
    assert cal.is_holiday(date(2030, 3, 5)) and not cal.is_working(date(2030, 3, 5))
    assert cal.on_or_before(date(2030, 3, 5)) == date(2030, 3, 4)


@pytest.mark.parametrize(
    "line, message",
    [
        ("2026-02-30\tThông báo", "'2026-02-30' is not a date"),
        ("2/1/2026\tThông báo", "'2/1/2026' is not a date"),
        ("2026-01-10\tThông báo", "2026-01-10 is a Saturday"),
        ("2026-01-02\tThông báo khác", "2026-01-02 is listed twice"),
        ("2030-03-05\t", "has no source"),
        ("2030-03-05", "1 cells, expected 2"),
    ],
)
def test_a_malformed_override_is_refused_with_its_line(tmp_path, line, message):
    data, last = _data_with_overrides(tmp_path, [line])
    with pytest.raises(CatalogueError) as err:
        load_catalogue(data)
    assert str(err.value).startswith(f"{OVERRIDES}:{last + 1}: ")
    assert message in str(err.value)


def test_the_override_file_needs_its_header(tmp_path):
    path = tmp_path / OVERRIDES
    path.write_text("# comment only\n2026-01-02\tCông văn\n", encoding="utf-8")
    with pytest.raises(CatalogueError, match=f"{OVERRIDES}:2: header"):
        load_calendar(path)
