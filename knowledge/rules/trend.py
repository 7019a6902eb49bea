"""Progress over time: where the province (or one agency) stood on each of a series of days.

No new rule: each day's figures are `progress.standings` and `progress.tally` (so the late rule
is standing's) applied to the statuses as they stood at the end of that day, replayed from the
append-only history. The last point, today, is the figure /tiendo gives today. The province's
points keep the coordinating rows apart, as /tiendo tinh, /quahan tinh and the digest count them
(`progress.apart`): `tally` is the lead rows' and tasks' ("Toàn tỉnh"), `apart` the coordinating
rows' ("Mục phối hợp (đếm riêng)"); an agency's point counts all its units, as /tiendo does.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Protocol

from knowledge.catalogue.model import Catalogue, Province
from knowledge.rules.progress import Marks, Tally, apart, standings, tally
from knowledge.rules.standing import Mark, day_of

MAX_POINTS = 16
NOTHING = Tally(0, 0, 0, 0)


class Dated(Protocol):
    """A status change as the history keeps it (db's Change)."""

    @property
    def key(self) -> str: ...

    @property
    def agency(self) -> str: ...

    @property
    def new(self) -> str: ...

    @property
    def at(self) -> datetime: ...


@dataclass(frozen=True)
class Point:
    day: date
    tally: Tally
    apart: Tally = NOTHING  # the province's coordinating rows, counted apart


def marks_on(history: Iterable[Dated], day: date) -> Marks:
    """(key, agency) -> its latest status at the end of `day` (history in the order written)."""
    marks: Marks = {}
    for change in history:
        if change.at.date() <= day:
            marks[(change.key, change.agency)] = Mark(change.new, day_of(change))
    return marks


def days_between(first: date, last: date, points: int = MAX_POINTS) -> list[date]:
    """At most `points` days from `first` to `last`, evenly spaced, both ends included."""
    if last <= first:
        return [last]
    span = (last - first).days
    step = max(1, -(-span // (points - 1)))
    days = [first + timedelta(days=i) for i in range(0, span, step)]
    return [*days, last]


def trend(
    catalogue: Catalogue,
    province: Province,
    history: Sequence[Dated],
    days: list[date],
    agency: str | None = None,
) -> list[Point]:
    """The tally of the scope (the province's, its coordinating rows apart, or one agency's)
    on each day."""
    return [point(catalogue, province, marks_on(history, day), day, agency) for day in days]


def point(
    catalogue: Catalogue, province: Province, marks: Marks, day: date, agency: str | None = None
) -> Point:
    """One day's figures, as /tiendo tinh (agency None) or /tiendo <agency> counts them."""
    units = standings(catalogue, province, marks, day, agency, coordinating=agency is None)
    counted, coordinating = apart(units) if agency is None else (units, [])
    return Point(day, tally(counted), tally(coordinating))
