"""Progress: what each unit owes and where it stands (knowledge/rules/standing.py), for every
view of it. The views' words are knowledge/render/progress_text.py (chat), charts.py (pictures),
knowledge/deliverables/progress_report.py (the workbook) and the web desk.

Units. A unit is one (row or task, agency) pair, counted with that agency's own latest status.
- The province's views (/tiendo tinh, /quahan tinh, the coordinator's digest, the province chart,
  the province-wide workbook) count each (row, lead agency) of the province's assignment table and
  each (task, addressee): the agencies that lead a row answer for it.
- An agency's views (/tiendo <agency>, /quahan <agency>, its chart, its own workbook) count its
  lead rows, the rows it coordinates (with its own status for them) and its tasks.
- The (row, coordinating agency) units are shown in /tiendo tinh, /quahan tinh, the province's
  progress asked in words, the digest, the province's chart and its trend (f18b) and the desk's
  units × rows too (`standings(..., coordinating=True)`),
  counted apart (`apart`): an agency's line reads "1/4 xong (25%), ❗1 quá hạn; phối hợp 0/2 xong
  (0%), ❗1 quá hạn", and its own /tiendo says the same split, so the two views reconcile; a
  district unit that only coordinates (406-11) has its line ("phối hợp 0/1 xong …"). The
  province's total stays that of the lead rows and tasks (a row is not counted twice).
Every view of one scope takes its units from `standings` and their states from `standing.stand`,
so they give the same counts: done never includes closed (không đủ điều kiện, counted on its
own), and a done unit is never late.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from knowledge.catalogue.model import Assignment, Catalogue, Province, Task, split_key
from knowledge.catalogue.occurrence_names import titled
from knowledge.catalogue.plan import plan_first_day
from knowledge.language.text import fold
from knowledge.rules.occurrences import occurrence_standing, task_units
from knowledge.rules.reminders import task_deadline
from knowledge.rules.row_dates import owed_dates
from knowledge.rules.standing import (
    Mark,
    Role,
    Standing,
    State,
    mark_of,
    milestone_marks,
    settled,
    stand,
)
from knowledge.rules.unmarked import unmarked

Marks = dict[tuple[str, str], Mark]
ROLE_LABELS = {"lead": "chủ trì", "coordinate": "phối hợp", "task": "nhiệm vụ"}
_ROLE_ORDER = {"task": 0, "lead": 1, "coordinate": 2}
PROVINCE_UNITS = "mục chủ trì và nhiệm vụ của từng cơ quan"
# the province's lists that show the coordinating rows too, counted apart (`apart`)
PROVINCE_LISTS = f"{PROVINCE_UNITS}; mục phối hợp đếm riêng"
AGENCY_UNITS = "mục chủ trì, phối hợp và nhiệm vụ"


# both read once per unit at every sort of a view's units, of a few dozen agencies and the
# rows' keys: each name's and key's order kept, not folded again at each sort
@functools.lru_cache(maxsize=1 << 14)
def agency_order(name: str) -> tuple[str, str]:
    """Vietnamese alphabetical order for agency names: "Ủy ban" beside "Uỷ", "Đ" beside "D"."""
    return (fold(name), name)


@functools.lru_cache(maxsize=1 << 14)
def key_order(key: str) -> tuple:
    """Tasks (ids that are not row keys) first, then rows by decision, number and sector."""
    decision, _, rest = key.partition("-")
    number, _, sub = rest.partition("/")
    if not (decision.isdigit() and number.isdigit()):
        return (0, key, 0, "")
    return (1, decision, int(number), sub)


def _in_order(items: Iterable[Standing]) -> list[Standing]:
    return sorted(
        items,
        key=lambda s: (
            agency_order(s.agency),
            _ROLE_ORDER[s.role],
            s.due or date.max,
            key_order(s.key),
        ),
    )


def standings(
    catalogue: Catalogue,
    province: Province,
    marks: Marks,
    today: date,
    agency: str | None = None,
    coordinating: bool = False,
) -> list[Standing]:
    """Every unit of a scope and where it stands: the province's (agency None) or one agency's
    (see the module docstring), by agency in Vietnamese order, then tasks, lead and coordinating
    rows, each by the date that applies. "UBND huyện" in a province that lists its units is the
    units' standings together, each unit with its own status. `coordinating`: the province's
    scope with the coordinating agencies' units too, to be counted apart (`apart`).
    """
    if not marks:  # nothing reported: the same units every question (unmarked.py)
        key = ("standings", today, agency, coordinating)
        return list(
            unmarked(
                catalogue,
                province,
                key,
                lambda: tuple(_standings(catalogue, province, marks, today, agency, coordinating)),
            )
        )
    return _standings(catalogue, province, marks, today, agency, coordinating)


def _standings(
    catalogue: Catalogue,
    province: Province,
    marks: Marks,
    today: date,
    agency: str | None,
    coordinating: bool,
) -> list[Standing]:
    if agency is not None and province.members(agency) != (agency,):
        return _in_order(
            s
            for m in province.members(agency)
            for s in standings(catalogue, province, marks, today, m)
        )
    result = []
    first = plan_first_day(province)
    for assignment in province.assignments.values():
        owners = (
            (assignment.agencies if coordinating else assignment.lead)
            if agency is None
            else (agency,)
        )
        if agency is not None and agency not in assignment.agencies:
            continue
        result += _row_standings(catalogue, province, assignment, owners, marks, today, first)
    for task in province.tasks:
        result += task_standings(task, marks, today, agency)
    return _in_order(result)


def _row_standings(
    catalogue: Catalogue,
    province: Province,
    assignment: Assignment,
    owners: Sequence[str],
    marks: Marks,
    today: date,
    first: date | None,
) -> list[Standing]:
    """Where one row stands for each of `owners`, by the dates that apply to each."""
    if not marks and province.assignments.get(assignment.key) is assignment:
        # by the assignment itself (held): one set anew under the same key is read again
        key = ("row", id(assignment), tuple(owners), today, first)
        held = unmarked(
            catalogue,
            province,
            key,
            lambda: (
                assignment,
                tuple(_row_owed(catalogue, province, assignment, owners, marks, today, first)),
            ),
        )
        if held[0] is assignment:
            return list(held[1])
    return _row_owed(catalogue, province, assignment, owners, marks, today, first)


def _row_owed(
    catalogue: Catalogue,
    province: Province,
    assignment: Assignment,
    owners: Sequence[str],
    marks: Marks,
    today: date,
    first: date | None,
) -> list[Standing]:
    parts, dated = owed_dates(catalogue, province, assignment, first)
    result = []
    for owner in owners:
        role: Role = "lead" if owner in assignment.lead else "coordinate"
        mine = [d for d in dated if d.agency == owner]
        mark = marks.get((assignment.key, owner))
        own = milestone_marks(assignment.key, owner, mine, marks)
        standing = stand(assignment.key, owner, role, mine, mark, today, own)
        if parts and not mine:
            # it owes none of the sectors' dates: said beside, never counted against it
            standing = replace(standing, beside=tuple(m.due for m in parts))
        result.append(standing)
    return result


def row_standing(
    catalogue: Catalogue,
    province: Province,
    marks: Marks,
    today: date,
    key: str,
    agency: str,
    first: date | None,
) -> Standing | None:
    """Where one row stands for one agency of it (None when it has no part in the row): the
    standing `standings` gives that row, without reading the agency's others (a period's list
    needs a few rows' dates said beside, ux20 #9). `first`: plan_first_day, read once."""
    assignment = province.assignments.get(key)
    if assignment is None or agency not in assignment.agencies:
        return None
    found = _row_standings(catalogue, province, assignment, (agency,), marks, today, first)
    return found[0]


def task_standings(
    task: Task, marks: Marks, today: date, agency: str | None = None
) -> list[Standing]:
    """Where a provincial task stands for each of its addressees (or for `agency` alone, none
    when the task is not addressed to it), in the order the task lists them, on each date the
    views list (knowledge/rules/occurrences.py, the one rule of which occurrence is shown and
    where it stands: every one whose period has begun, sent or not; an ended task's last
    occurrence up to the end)."""
    if agency is not None and agency not in task.addressees:
        return []
    return task_units(task, task.addressees if agency is None else (agency,), marks, today)


def occurrence_standings(task: Task, due: date, marks: Marks, today: date) -> list[Standing]:
    """Where one date of a task (one occurrence of a recurring one) stands for each addressee."""
    return [occurrence_standing(task, due, owner, marks, today) for owner in task.addressees]


FINISHED = (State.DONE, State.CLOSED, State.ENDED)  # nothing left to do for the unit


def done_by_all(
    catalogue: Catalogue,
    province: Province,
    marks: Marks,
    today: date,
    rows: Iterable[str],
    tasks: Iterable[tuple[Task, date | None]],
) -> tuple[set[str], set[tuple[str, date | None]]]:
    """Which of these rows, and of these tasks at these dates (one occurrence of a recurring
    one), every unit that owes them has done, closed or seen ended, by the standing every view
    reads (`standings`, `occurrence_standings`): the province's list of a period says them
    apart, as one unit's list does its own (u26 #3). A row or task nobody owes is not done."""
    # only the period's rows, each read as `standings` reads it for the province (its leads): a
    # period names a few rows of thousands, and this runs at each question about one
    first = plan_first_day(province)
    states: dict[str, list[State]] = {}
    for key in set(rows):
        assignment = province.assignments.get(key)
        if assignment is None:
            continue
        stood = _row_standings(
            catalogue, province, assignment, assignment.lead, marks, today, first
        )
        states[key] = [s.state for s in stood]
    done_rows = {k for k, found in states.items() if found and all(x in FINISHED for x in found)}
    done_tasks: set[tuple[str, date | None]] = set()
    for task, due in tasks:
        if due is None:
            continue
        found = [s.state for s in occurrence_standings(task, due, marks, today)]
        if found and all(x in FINISHED for x in found):
            done_tasks.add((task.id, due))
    return done_rows, done_tasks


def standing_of(
    catalogue: Catalogue, province: Province, key: str, agency: str, marks: Marks, today: date
) -> Standing | None:
    """Where one row or task stands for one agency; None when the agency owes nothing for it.
    A recurring task by its bare id: the occurrence that applies (the oldest still owed, else
    the latest listed)."""
    return standing_among(standings(catalogue, province, marks, today, agency), key)


def standing_among(units: Sequence[Standing], key: str) -> Standing | None:
    """`standing_of` among an agency's standings the caller has already (`standings`)."""
    found = [s for s in units if s.key == key or split_key(s.key)[0] == key]
    owed = [s for s in found if s.state in (State.LATE, State.OPEN)]
    if owed:
        return owed[0]
    return found[-1] if found else None


EARLY = (
    7  # days before an occurrence's date from which sending it is expected (the first reminder)
)


@dataclass(frozen=True)
class Sent:
    """The occurrence a unit already sent, when its task's bare id would write the next one."""

    key: str
    due: date
    on: date  # the day its status was reported
    following: str = ""  # the occurrence the bare id would write: the next one


def sent_already(
    catalogue: Catalogue, province: Province, key: str, agency: str, marks: Marks, today: date
) -> Sent | None:
    """A recurring task named by its bare id, where the occurrence that applies (`standing_of`)
    is not due for more than EARLY days while the one before it is already sent: that one. A
    report sent again days after the last was recorded is far likelier a repeat than next
    month's sent weeks early, so the write is asked, not done (usecases/statuses.py)."""
    found = province.task_at(key)
    if found is None or not found[0].recurring or found[1] is not None:
        return None
    task = found[0]
    standing = standing_of(catalogue, province, key, agency, marks, today)
    upcoming = task.next_due(today)
    if standing is not None and standing.state is State.DONE and upcoming != standing.due:
        # nothing owed among the periods begun: the next one, listed once its period begins
        standing = occurrence_standing(task, upcoming, agency, marks, today) if upcoming else None
    if standing is None or standing.due is None or (standing.due - today).days <= EARLY:
        return None
    previous = standing.deadline.previous if standing.deadline else None
    if previous is None:
        return None
    deadline = task_deadline(task, previous, agency)
    mark = mark_of(deadline, marks)
    if mark is None or settled(deadline, mark) is not State.DONE:
        return None
    return Sent(deadline.key, deadline.due, mark.on, standing.key)


@dataclass(frozen=True)
class Tally:
    total: int
    done: int
    closed: int
    late: int
    ended: int = 0  # units of tasks whose tracking was ended, not sent
    sent_late: int = 0  # of the done ones, those sent or done after their date

    @property
    def open(self) -> int:
        return self.total - self.done - self.closed - self.late - self.ended

    @property
    def percent(self) -> int:
        """The share done, in whole percent (0 when nothing is counted)."""
        return round(100 * self.done / self.total) if self.total else 0


def apart(items: Iterable[Standing]) -> tuple[list[Standing], list[Standing]]:
    """(lead rows and tasks, coordinating rows): the two counts the province's views keep apart
    (see the module docstring)."""
    items = list(items)
    return [s for s in items if s.role != "coordinate"], [
        s for s in items if s.role == "coordinate"
    ]


def tally(items: Iterable[Standing]) -> Tally:
    items = list(items)
    return Tally(
        len(items),
        sum(s.state is State.DONE for s in items),
        sum(s.state is State.CLOSED for s in items),
        sum(s.state is State.LATE for s in items),
        sum(s.state is State.ENDED for s in items),
        sum(s.sent_late for s in items),
    )


def by_agency(items: Iterable[Standing]) -> dict[str, list[Standing]]:
    """Units grouped by agency, agencies in Vietnamese order (as `standings` returns them)."""
    groups: dict[str, list[Standing]] = {}
    for s in items:
        groups.setdefault(s.agency, []).append(s)
    return dict(sorted(groups.items(), key=lambda kv: agency_order(kv[0])))


def item_title(catalogue: Catalogue, province: Province, key: str) -> str:
    """What names a row or a task beside its key in every view: the row's short title, the
    task's form, or the start of the task's title; for an occurrence of a recurring task, with
    the period its date falls in."""
    row = catalogue.rows.get(key)
    if row:
        return row.short_title
    found = province.task_at(key)
    if found is None:
        return key
    task, due = found
    if task.form:
        return titled(task, due, task.form)
    name = task.title if len(task.title) <= 60 else task.title[:60].rsplit(" ", 1)[0] + "…"
    # an occurrence: the period its date falls in ("Mẫu số 02 — tháng 10/2021")
    return titled(task, due, name)
