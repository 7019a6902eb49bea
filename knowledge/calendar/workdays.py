"""Working days: weekends and Vietnamese public holidays are days off; a reminder moves to the
working day before.

The holidays come from the maintained `holidays` package: the Labour Code's holidays, Tết and Giỗ
Tổ Hùng Vương by the lunar calendar for any year, the days in lieu, and the swapped days it knows.
The days off that a government notice added and the package does not have yet come from
`data/holiday_overrides.tsv` (read by `knowledge.catalogue.tsv_files.load_calendar`).

A Saturday worked in exchange for a swapped day off is still a day off here: a reminder then
comes one working day early, never late.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache


@lru_cache(maxsize=64)
def package_holidays(year: int) -> frozenset[date]:
    """The days off the `holidays` package gives for Vietnam in `year` (public holidays and days
    in lieu; some fall on a weekend).
    """
    # Imported when a year is first asked for, not with the module: the catalogue's model
    # imports this module, and a sandboxed table reader (knowledge/formats/sandbox.py), which
    # never asks for a holiday, spent a third of its start importing the package's calendars.
    import holidays

    return frozenset(holidays.country_holidays("VN", years=year))


@dataclass(frozen=True)
class WorkCalendar:
    # days off from a government notice that the package lacks (the override file)
    extra_days_off: frozenset[date] = frozenset()
    # year -> every holiday of that year: the reminder planner asks is_working for each day of a
    # plan many times, so a year is computed once
    _years: dict[int, frozenset[date]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def holidays(self, year: int) -> frozenset[date]:
        known = self._years.get(year)
        if known is None:
            extra = {day for day in self.extra_days_off if day.year == year}
            known = package_holidays(year) | extra
            self._years[year] = known
        return known

    def is_holiday(self, day: date) -> bool:
        return day in self.holidays(day.year)

    def is_working(self, day: date) -> bool:
        return day.weekday() < 5 and day not in self.holidays(day.year)

    def on_or_before(self, day: date) -> date:
        """The day itself when it is a working day, else the nearest working day before it."""
        while not self.is_working(day):
            day -= timedelta(days=1)
        return day

    def on_or_after(self, day: date) -> date:
        """The day itself when it is a working day, else the nearest working day after it: where
        a period whose last day is a day off ends (knowledge/calendar/last_day.py)."""
        while not self.is_working(day):
            day += timedelta(days=1)
        return day

    def working_days_before(self, day: date, count: int) -> date:
        """The working day `count` working days before `day` (0: `day`, or the working day before
        it when it is a day off): "nhắc trước 7 ngày làm việc" skips weekends and holidays."""
        found = self.on_or_before(day)
        for _ in range(count):
            found = self.on_or_before(found - timedelta(days=1))
        return found
