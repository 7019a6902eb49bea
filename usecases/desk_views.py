"""What the web desk shows, read in one go per view: who may open it, the officer's own rows and
documents, the coordinator's units × rows and units × deliverables, a unit's page, progress over
time.

Every figure comes from the functions the chat's views use: `progress.standings` (so /tiendo's
and /tiendo tinh's units and states), `tracking.track` (/nopbai's hand-ins, with the
submissions' versions from `submission_text.handin_details`), `charts.chart_data` (the chat's
chart). Nothing here decides a state of its own. The vocabulary the web desk prints its
results with is re-exported here (`__all__`), so the desk reaches no rule itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from knowledge.calendar.hours import dated, due_hour
from knowledge.catalogue.model import Catalogue, Province
from knowledge.catalogue.plan import plan_start
from knowledge.deliverables.forms import FORMS
from knowledge.deliverables.tracking import HANDIN_ICONS, HANDIN_LABELS, TaskHandins, track
from knowledge.render.charts import Bar, chart_data
from knowledge.render.own_progress import own_head
from knowledge.render.progress_text import (
    agency_tally_text,
    recorder,
    tally_text,
    unit_status,
    when_text,
)
from knowledge.render.submission_text import handin_details
from knowledge.rules.progress import (
    ROLE_LABELS,
    Tally,
    apart,
    by_agency,
    item_title,
    standings,
    tally,
)
from knowledge.rules.row_dates import row_dates
from knowledge.rules.standing import STATE_LABELS, Standing
from knowledge.rules.statuses import (
    NEEDS_NOTE,
    STATUS_ICONS,
    STATUSES,
    WRITE_WINDOW,
    Change,
    Status,
    note_needed,
    within_window,
)
from knowledge.rules.trend import Point, days_between, trend
from usecases.callers import Caller, caller_of
from usecases.deadline_history import moved_before
from usecases.desk import Desk
from usecases.handins import outside_recorders, reported, unit_handins
from usecases.results import Refusal
from usecases.runner import use_case

__all__ = [
    "FORMS",
    "HANDIN_ICONS",
    "HANDIN_LABELS",
    "NEEDS_NOTE",
    "ROLE_LABELS",
    "STATE_LABELS",
    "STATUSES",
    "STATUS_ICONS",
    "WRITE_WINDOW",
    "Board",
    "Change",
    "Point",
    "Standing",
    "Status",
    "Tally",
    "TaskHandins",
    "UnitPage",
    "agency_tally_text",
    "apart",
    "by_agency",
    "dated",
    "item_title",
    "note_needed",
    "own_head",
    "recorder",
    "tally",
    "tally_text",
    "task_hour",
    "unit_status",
    "when_text",
]

DEMO_NAME = "Người dùng {}"  # who the demo's link names someone the bot knows no name for
HISTORY_SHOWN = 200  # a unit page's latest changes
ADMIN_ONLY = "Chỉ quản trị viên (Sở TT&amp;TT) xem được tiến độ của cả tỉnh."
UNKNOWN_UNIT = "Không có đơn vị này trong bảng phân công của tỉnh."
OWN_UNIT_ONLY = "Bạn chỉ xem được trang và tiến độ của đơn vị mình."


@use_case(writes=False)
def enter(desk: Desk, user_id: int, name: str = "") -> Caller | Refusal:
    """Who opens the desk (a user Telegram vouched for): an admin sees the province, an approved
    officer their agency; anyone else is told where their registration stands. `name`: as
    initData gives it, so that an admin's "ghi thay" is signed with it, as in the chat."""
    desk.sync_table()
    caller = caller_of(desk, user_id, None, name)  # no chat: the page waits for no prompt
    if caller.is_admin or caller.agency is not None:
        return caller
    return Refusal(caller.standing)


@use_case(writes=False)
def known_name(desk: Desk, user_id: int) -> str:
    """The name the bot holds for a person: an officer's registered name, else the name an admin
    last signed a "ghi thay" with; "" when none (the demo's link carries it, not a placeholder
    that would sign the desk's writes "Người dùng 9000")."""
    registration = desk.repo.officer(user_id)
    if registration is not None and registration.name:
        return registration.name
    # a name the demo made up earlier is no name the bot holds
    return desk.repo.signed_name(user_id, unless=DEMO_NAME.format(user_id)) or ""


def task_hour(province: Province, key: str) -> str:
    """The hour a task's letter ends its day at ("17 giờ 00"), "" for a row or without one."""
    found = province.task_at(key)
    return due_hour(found[0].deadline_text) if found else ""


def due_dates(desk: Desk, s: Standing) -> tuple[date, ...]:
    """Every date a row or task falls due on: a row's are those the reminders remind and a
    period question ("tháng 9") lists (row_dates.row_dates: 406-22's province 31/8 and national
    30/9), a task occurrence's its own date. The desk's month filter lists a row under each."""
    if s.is_task:
        return (s.due,) if s.due else ()
    province = desk.province
    return desk.remembered("row_dates", s.key, lambda: row_dates(desk.catalogue, province, s.key))


@dataclass(frozen=True)
class Board:
    """One load of the desk, on one day, from one read of the statuses."""

    today: date
    now: datetime
    version: int  # the assignment table in force: a write names it, a stale one is refused
    who: Caller
    catalogue: Catalogue
    province: Province
    latest: dict[tuple[str, str], Change]
    mine: list[Standing]  # the officer's agency (as /tiendo): tasks, lead and coordinated rows
    my_handins: list[TaskHandins]  # as /nopbai
    units: list[Standing]  # admins: the province (as /tiendo tinh)
    handins: list[TaskHandins]  # admins: every unit (as /nopbai tinh)
    bars: list[Bar]  # admins: the chat's chart of the province
    behalf: frozenset[tuple[str, str]]  # (key, unit) whose latest change was "ghi thay"
    names: dict[int, str]  # who wrote the latest changes
    dates: dict[str, tuple[date, ...]]  # admins: each row's and task's dates (`due_dates`)

    def undo_until(self, key: str, agency: str) -> datetime | None:
        """Until when the viewer's own latest change of (key, agency) may be undone."""
        change = self.latest.get((key, agency))
        if change is None or change.by != self.who.user_id:
            return None
        return change.at + WRITE_WINDOW if within_window(change.at, self.now) else None


@use_case(writes=False)
def board(desk: Desk, who: Caller) -> Board:
    desk.sync_table()
    today, now = desk.clock.today(), desk.clock.now()
    catalogue, province = desk.catalogue, desk.province
    statuses = desk.statuses()  # read again only after a change (here or in the chat)
    latest, marks = statuses.current, statuses.marks
    sent = desk.submissions.submissions()
    mine: list[Standing] = []
    my_handins: list[TaskHandins] = []
    if who.agency is not None:
        mine = standings(catalogue, province, marks, today, who.agency)
        mine_sent = [s for s in sent if s.agency == who.agency]
        mine_reported = reported(latest, who.agency)
        recorded = outside_recorders(desk, latest, mine_sent, mine_reported)
        my_details = handin_details(province, mine_sent, None, mine_reported, recorded)
        my_handins = moved_before(desk, track(province, marks, today, who.agency, my_details))
    units: list[Standing] = []
    handins: list[TaskHandins] = []
    bars: list[Bar] = []
    if who.is_admin:
        # the coordinating rows too, counted apart, as /tiendo tinh shows them
        units = standings(catalogue, province, marks, today, coordinating=True)
        marked = reported(latest)
        recorded = outside_recorders(desk, latest, sent, marked)
        details = handin_details(province, sent, None, marked, recorded)
        # a moved deadline with the date it replaced, as /nopbai tinh heads it (ux23 #4)
        handins = moved_before(desk, track(province, marks, today, None, details))
        bars = chart_data(catalogue, province, marks, today)
    registrations = desk.repo.officers()
    behalf = frozenset(key for key, change in latest.items() if change.behalf)
    names = {r.user_id: r.name for r in registrations}
    dates = {s.key: due_dates(desk, s) for s in units}
    return Board(
        today,
        now,
        desk.table_number,
        who,
        catalogue,
        province,
        latest,
        mine,
        my_handins,
        units,
        handins,
        bars,
        behalf,
        names,
        dates,
    )


@dataclass(frozen=True)
class UnitPage:
    unit: str
    today: date
    catalogue: Catalogue
    province: Province
    units: list[Standing]  # as /tiendo <unit>
    handins: list[TaskHandins]  # as /nopbai for the unit
    history: list[Change]  # the unit's latest changes, newest first
    behalf: frozenset[int]  # ids of the unit's changes written "ghi thay" (Change.behalf)
    names: dict[int, str]


def known_units(province: Province) -> set[str]:
    """Every unit that owes something in the province: the agencies of its assignment table and
    the addressees of its tasks (each district unit on its own)."""
    names = {a for assignment in province.assignments.values() for a in assignment.agencies}
    names |= {a for task in province.tasks for a in task.addressees}
    return {m for name in names for m in province.members(name)}


@use_case(writes=False)
def unit_page(desk: Desk, who: Caller, unit: str) -> UnitPage | Refusal:
    """A unit's page: an admin opens any unit, an officer their own."""
    desk.sync_table()
    province = desk.province
    if unit not in known_units(province):
        return Refusal(UNKNOWN_UNIT)
    if not who.is_admin and who.agency != unit:
        return Refusal(OWN_UNIT_ONLY)
    today, catalogue = desk.clock.today(), desk.catalogue
    marks = desk.statuses().marks
    history = desk.repo.unit_history(unit, HISTORY_SHOWN)
    registrations = desk.repo.officers()
    return UnitPage(
        unit,
        today,
        catalogue,
        province,
        standings(catalogue, province, marks, today, unit),
        unit_handins(desk, unit).tracked,
        history,
        frozenset(c.id for c in history if c.behalf),
        {r.user_id: r.name for r in registrations},
    )


@use_case(writes=False)
def progress_trend(desk: Desk, who: Caller, agency: str | None) -> list[Point] | Refusal:
    """The tally of the province (admins) or of one's own agency on days from the plan's start
    to today, replayed from the history."""
    desk.sync_table()
    if agency is None and not who.is_admin:
        return Refusal(ADMIN_ONLY)
    if agency is not None and not who.is_admin and agency != who.agency:
        return Refusal(OWN_UNIT_ONLY)
    catalogue, province, today = desk.catalogue, desk.province, desk.clock.today()
    history = desk.repo.history()
    first = min([plan_start(catalogue, province), *(c.at.date() for c in history)])
    return trend(catalogue, province, history, days_between(min(first, today), today), agency)
