"""What a period question answers with: the rows and tasks due in it (the asker's agency's,
or the province's). "hạn gần nhất" keeps only the first day anything falls due; a period nothing
falls due in names the first date after it, so "tuần này bên em có hạn gì" is no dead end."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from knowledge.calendar.deadlines import fmt_date
from knowledge.catalogue.model import Catalogue, Province
from knowledge.catalogue.plan import plan_first_day
from knowledge.catalogue.views import RowView, TaskView, by_parts, row_view, sort_rows
from knowledge.reader import periods
from knowledge.reader.periods import Period
from knowledge.reader.progress import Marks
from knowledge.rules.progress import row_standing, standings
from knowledge.rules.row_dates import row_dates
from knowledge.rules.standing import Standing, State

SETTLED = (State.DONE, State.CLOSED, State.ENDED)  # nothing more is owed

AFTER_YEARS = 2  # how far past an empty period the next date is looked for


def due_in(
    catalogue: Catalogue,
    period: Period,
    prov: Province,
    today: date,
    agency: str | None,
    beside: bool = True,
    marks: Marks | None = None,
) -> tuple[list[RowView], list[TaskView], list[str]]:
    """Every row with a date in the period, once: under its first date in it, its deadline said
    as the standing rule says it for the unit (/tiendo's words: the province's 31/8, "hạn QĐ
    406: 30/9/2021" beside it; ux20 #9); and each task's occurrences in it (three at most).
    For one agency, a row already late on an earlier date (the province's 31/5 passed, the
    decision's 30/6 in June) is not due in the period for it: it is late, said once, in the
    late line beside the answer (ux22 #1); its key is returned third. `marks`: the statuses
    the standing reads (a row done is not late). `beside`: False when only the first date
    matters (the date after an empty period, whose rows are named by key)."""
    views = []
    held: list[str] = []
    day = _day(catalogue, prov, today, agency)
    # one unit stands on its own; a group of units ("UBND huyện") each on its own (/tiendo)
    single = agency is not None and prov.members(agency) == (agency,)
    # the statuses are read only for an agency's own list; none given reads as none read
    kept = agency is None or not marks
    for key, dates in day.dates:
        # the row's dates as the reminders remind them (the national milestone after the
        # province's last date too)
        inside = [d for d in dates if period.start <= d <= period.end]
        if not inside:
            continue  # its view is built only when it is listed
        # the standing is read when it is said, or when it may hold the row back
        wanted = beside or agency is not None
        dated = None
        if wanted and kept:
            dated = day.standing(key)
        elif wanted:
            dated = _dated(catalogue, prov, key, agency, today, day.first, marks)
        if single and dated is not None and late_before(dated, inside[0]):
            held.append(key)
            continue
        if dated is not None and beside:
            # once, under its first date, its deadline as the standing rule says it
            if kept:
                views.append(day.listed(key, inside[0], dated))
            else:
                views.append(day.dated_view(key, inside[0], dated))
            continue
        views += [day.dated_view(key, due, None) for due in inside]
    tasks = []
    for task in prov.tasks_of(agency) if agency else prov.tasks:
        for due in task.occurrences(period.start, period.end)[:3]:
            tasks.append(TaskView(task, due))
    return sort_rows(views), tasks, held


def late_before(standing: Standing, day: date) -> bool:
    """Whether a unit is already late on a row by a date before `day` (one of the row's later
    dates): that row is overdue, not due on `day`, for the unit (the standing rule's)."""
    return standing.state is State.LATE and standing.due is not None and standing.due < day


class _Day:
    """What `due_in` reads of each row of a province on one day, for one asker: the row's dates,
    its view, and its standing by its dates alone (no status read: the province's list, or an
    agency that has none). None of it hangs on the question; a period question listed ~25 rows
    of 90, each rebuilt (standing, view, two copies) at every ask (~0.6 ms of "quý III …").
    Kept by the objects' identity, each held: a table version or a letter published is a new
    province or a new dict of rows, never one changed in place (knowledge/rules/row_dates.py)."""

    def __init__(self, catalogue: Catalogue, prov: Province, today: date, agency: str | None):
        self.catalogue, self.rows, self.province = catalogue, catalogue.rows, prov
        self.today, self.agency = today, agency
        self.first = plan_first_day(prov)  # once, not per row: it reads every assignment
        pool = prov.rows_of(agency) if agency else prov.assignments.values()
        keys = [a.key for a in pool] if (prov.assignments or agency) else list(catalogue.rows)
        self.dates = [(k, row_dates(catalogue, prov, k, self.first, agency)) for k in keys]
        self._views: dict[str, tuple[RowView, bool]] = {}
        self._standings: dict[str, Standing | None] = {}
        self._listed: dict[tuple[str, date], RowView] = {}

    def standing(self, key: str) -> Standing | None:
        if key not in self._standings:
            self._standings[key] = _dated(
                self.catalogue, self.province, key, self.agency, self.today, self.first
            )
        return self._standings[key]

    def view(self, key: str) -> tuple[RowView, bool]:
        """The row's view and whether its deadline is its sub-rows' (`by_parts`)."""
        found = self._views.get(key)
        if found is None:
            view = row_view(self.rows[key], self.province, self.today, self.agency)
            parts = by_parts(self.catalogue, self.province, view, self.today).parts
            found = self._views[key] = (view, parts)
        return found

    def dated_view(self, key: str, due: date, dated: Standing | None) -> RowView:
        """The row's view listed under `due`, with `dated` to say its dates by."""
        view, parts = self.view(key)
        return view.replaced(deadline=due, parts=parts, dated=dated)

    def listed(self, key: str, due: date, dated: Standing) -> RowView:
        """`dated_view` with the standing kept here (the same for the same key and date)."""
        found = self._listed.get((key, due))
        if found is None:
            found = self._listed[(key, due)] = self.dated_view(key, due, dated)
        return found


_DAYS: dict[tuple[int, int, date, str | None], _Day] = {}


def _day(catalogue: Catalogue, prov: Province, today: date, agency: str | None) -> _Day:
    found = _DAYS.get((id(catalogue.rows), id(prov), today, agency))
    if found is not None and found.rows is catalogue.rows and found.province is prov:
        return found
    if len(_DAYS) > 64:  # a day's askers; a new day or table starts afresh
        _DAYS.clear()
    found = _DAYS[(id(catalogue.rows), id(prov), today, agency)] = _Day(
        catalogue, prov, today, agency
    )
    return found


def _dated(
    catalogue: Catalogue,
    prov: Province,
    key: str,
    agency: str | None,
    today: date,
    first: date | None,
    marks: Marks | None = None,
) -> Standing | None:
    """Where a row stands, by the standing rule /tiendo uses, for the agency asked about (with
    its statuses), else for the row's first lead unit by its dates alone (a province's period
    lists what falls due, not who did it): its renderer says "hạn 30/11/2021 (quá hạn 27
    ngày); hạn QĐ 406: 31/12/2021"."""
    assignment = prov.assignments.get(key)
    unit = agency or (assignment.lead[0] if assignment and assignment.lead else None)
    if not unit:
        return None
    found = row_standing(catalogue, prov, (marks or {}) if agency else {}, today, key, unit, first)
    return found if found is not None and found.due is not None else None


def first_day(
    views: list[RowView], tasks: list[TaskView]
) -> tuple[date | None, list[RowView], list[TaskView]]:
    """The first date among them, and only what falls due that day."""
    dates = [v.deadline for v in views if v.deadline] + [t.due for t in tasks if t.due]
    if not dates:
        return None, [], []
    day = min(dates)
    return day, [v for v in views if v.deadline == day], [t for t in tasks if t.due == day]


@dataclass(frozen=True)
class DueIn:
    """What a period question answers with: the period as answered (a nearest date made that
    day), its rows and tasks, and for an empty period the first date after it with what is
    due then (row keys, task ids)."""

    period: Period
    views: list[RowView]
    tasks: list[TaskView]
    after: tuple[date, list[str]] | None = None
    # rows with a date in the period the unit is already late on by an earlier date
    # (`late_before`): said late beside the answer, not due in it
    held: tuple[str, ...] = ()
    # an empty month or quarter: the same one of the year before or after, and what falls due
    # in it (its label, row keys and task ids), so the year the question was read in is said
    # when another year's is the one with work (ux36 #1)
    other: tuple[str, list[str]] | None = None


def due_for(
    catalogue: Catalogue,
    period: Period,
    prov: Province,
    today: date,
    agency: str | None,
    marks: Marks | None = None,
) -> DueIn:
    views, tasks, held = due_in(catalogue, period, prov, today, agency, marks=marks)
    # what the unit has settled (sent, done, not eligible) is never its next date (ux32): read
    # only where a next date is looked for
    if period.nearest:
        settled = settled_keys(catalogue, prov, today, agency, marks)
        day, views, tasks = first_day(*_unsettled(views, tasks, settled))
        if day is not None:
            period = Period(day, day, f"ngày {fmt_date(day)} (hạn gần nhất)")
        return DueIn(period, views, tasks, held=tuple(held))
    if views or tasks or period.late:
        return DueIn(period, views, tasks, held=tuple(held))
    other = other_year(catalogue, period, prov, today, agency, marks)
    # the next date after it from today on: after a past month, never a date gone by too
    start = max(period.end + timedelta(days=1), today)
    later = Period(start, start + relativedelta(years=AFTER_YEARS), "")
    next_views, next_tasks, _ = due_in(
        catalogue, later, prov, today, agency, beside=False, marks=marks
    )
    settled = settled_keys(catalogue, prov, today, agency, marks)
    day, next_views, next_tasks = first_day(*_unsettled(next_views, next_tasks, settled))
    if day is None:
        return DueIn(period, views, tasks, held=tuple(held), other=other)
    keys = [v.row.key for v in next_views] + [t.task.id for t in next_tasks]
    return DueIn(period, views, tasks, (day, keys), tuple(held), other)


def other_year(
    catalogue: Catalogue,
    period: Period,
    prov: Province,
    today: date,
    agency: str | None,
    marks: Marks | None,
) -> tuple[str, list[str]] | None:
    """For an empty month or quarter, the same one of another year with what falls due in it
    (periods.py `other_year`). Read only for an empty answer: no pass over the catalogue for
    any other."""

    def due(moved: Period) -> list[str]:
        views, tasks, _ = due_in(catalogue, moved, prov, today, agency, beside=False, marks=marks)
        return list(dict.fromkeys(v.row.key for v in views)) + [t.task.id for t in tasks]

    return periods.other_year(period, due)


def settled_keys(
    catalogue: Catalogue, prov: Province, today: date, agency: str | None, marks: Marks | None
) -> frozenset[str]:
    """The rows and occurrences one unit has settled, by the standing rule /tiendo and
    /quahan read (its statuses): none for the province's list or with no statuses read."""
    if agency is None or not marks or prov.members(agency) != (agency,):
        return frozenset()
    found = standings(catalogue, prov, marks, today, agency)
    return frozenset(s.key for s in found if s.state in SETTLED)


def _unsettled(
    views: list[RowView], tasks: list[TaskView], settled: frozenset[str]
) -> tuple[list[RowView], list[TaskView]]:
    if not settled:
        return views, tasks
    kept = [t for t in tasks if t.due is None or t.task.key_of(t.due) not in settled]
    return [v for v in views if v.key not in settled], kept
