"""Working days: weekends and Vietnamese public holidays are days off; a reminder moves to the
working day before.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

# the solar holidays, assumed for a year the data does not list
FIXED = ((1, 1), (4, 30), (5, 1), (9, 2))


@dataclass(frozen=True)
class WorkCalendar:
    holidays: frozenset[date]
    years: frozenset[int]  # the years the data lists in full

    def is_holiday(self, day: date) -> bool:
        if day.year in self.years:
            return day in self.holidays
        return (day.month, day.day) in FIXED

    def is_working(self, day: date) -> bool:
        return day.weekday() < 5 and not self.is_holiday(day)

    def on_or_before(self, day: date) -> date:
        """The day itself when it is a working day, else the nearest working day before it."""
        while not self.is_working(day):
            day -= timedelta(days=1)
        return day


def load_calendar(path: Path) -> WorkCalendar:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    days: set[date] = set()
    years: set[int] = set()
    for year, listed in data.get("days", {}).items():
        for text in listed:
            day = date.fromisoformat(text)
            if day.year != int(year):
                raise ValueError(f"{path.name}: {text} is listed under {year}")
            days.add(day)
        years.add(int(year))
    return WorkCalendar(frozenset(days), frozenset(years))
