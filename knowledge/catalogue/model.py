"""The catalogue model: rows of the decisions, provincial assignments and tasks, agencies."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from knowledge.calendar.deadlines import Milestone
from knowledge.calendar.workdays import WorkCalendar
from knowledge.catalogue.occurrence_key import OccurrenceKey, carried
from knowledge.catalogue.province_lookups import ProvinceLookups

DECISION_TITLES = {
    "406": "Quyết định 406/QĐ-TTg ngày 22/3/2021",
    "411": "Quyết định 411/QĐ-TTg ngày 24/3/2020",
}


def decision_year(decision: str) -> int:
    """The year a decision's catalogue is for: the year it was signed (406: 2021, 411: 2020)."""
    return int(DECISION_TITLES[decision].rsplit("/", 1)[1])


@dataclass(frozen=True)
class Row:
    key: str  # "406-14", "406-11/Xây dựng", "411-16"
    decision: str
    number: str  # without leading zeros
    sub: str | None
    group: str
    subgroup: str
    title: str
    level: int | None
    ministry_role: str
    local_role: str
    deadline_text: str
    milestones: tuple[Milestone, ...]
    source: str

    @property
    def short_title(self) -> str:
        """A sector's sub-row of 406-11 ("Y tế (Thực thi Nghị quyết số 60/NQ-CP …)") by its
        sector; a sub-row printed as a task of its own ("Thí điểm cơ chế kết nối … cung cấp
        điện") by its title, no sector's name."""
        if self.sub and self.title.startswith(f"{self.sub} ("):
            return f"Kết nối dữ liệu dân cư — ngành {self.sub}"
        return self.title


@dataclass(frozen=True)
class Assignment:
    """A row as a province assigned it: who leads, who coordinates, by when."""

    key: str
    province: str
    lead: tuple[str, ...]
    coordinate: tuple[str, ...]
    deadline_text: str
    milestones: tuple[Milestone, ...]
    role_text: str
    source: str

    def role_of(self, agency: str) -> str | None:
        if agency in self.lead:
            return "lead"
        if agency in self.coordinate:
            return "coordinate"
        return None

    @property
    def agencies(self) -> tuple[str, ...]:
        return self.lead + self.coordinate


EVERY_MONTHS = {
    "month": 1,
    "quarter": 3,
    "half-year": 6,
    "year": 12,
}  # a recurring task's period, in months
OCCURRENCE = "@"  # "kh-monthly-sync@2020-06-01": one occurrence of a recurring task


def occurrence_key(task_id: str, due: date) -> str:
    """The key statuses, submissions and reminders keep one occurrence of a recurring task
    under: the task's id and the occurrence's date."""
    return f"{task_id}{OCCURRENCE}{due.isoformat()}"


def split_key(key: str) -> tuple[str, date | None]:
    """(task id, occurrence date) of an occurrence key; (key, None) for any other key."""
    head, sep, tail = key.partition(OCCURRENCE)
    if not sep:
        return key, None
    try:
        return head, date.fromisoformat(tail)
    except ValueError:
        return key, None


@dataclass(frozen=True)
class Task:
    """A provincial task that is not a catalogue row: a dossier or a report owed to the
    coordinator. A one-off task has its date (`due`); a recurring one (`due` None) falls on
    `day` of every month, or every 3 or 12 months from its first occurrence (`every`, `starts`:
    a quarter's or a year's needs it to be placed); each occurrence is tracked on its own,
    under `occurrence_key`.
    """

    id: str
    province: str
    title: str
    deadline_text: str
    due: date | None  # None for a recurring task
    day: int | None  # a recurring task's day of the month (a month without it: its last day)
    starts: date | None  # a recurring task's first occurrence
    addressees: tuple[str, ...]
    form: str
    steps: tuple[str, ...]
    contents: tuple[str, ...]
    source: str
    # units with a duty and no deliverable (they comment, coordinate, support): never "chưa nộp"
    supporting: tuple[str, ...] = ()
    recipient: str = ""  # who receives the deliverable, as the letter names it
    every: str = "month"  # a recurring task's period: month | quarter | half-year | year
    # the day the coordinator ended its tracking ("Kết thúc theo dõi",
    # knowledge/rules/standing.py): no occurrence after it, nothing of it open or late any more
    ended: date | None = None
    # occurrences of a recurring task ended one by one ("/ketthuc bc quý 4" ends that quarter's
    # alone): (due, the day it was ended); the occurrences after them stay tracked
    ended_dues: tuple[tuple[date, date], ...] = ()
    # months a recurring report trails the period it reports ("trước ngày 05 của tháng sau":
    # 1, the occurrence due 5/11 is October's); knowledge/catalogue/reported.py reads it
    lag: int = 0
    # occurrences whose date the coordinator moved (knowledge/letters/moves.py): (the date the
    # schedule gives it, the date it is due now). Each keeps the key of its scheduled date, so
    # what was reported or sent for it stays counted; only when it is due changes.
    shifted: tuple[tuple[date, date], ...] = ()

    @property
    def recurring(self) -> bool:
        return self.due is None

    def scheduled(self, due: date) -> date:
        """The date the schedule gives the occurrence due on `due` (itself unless moved)."""
        return next((was for was, now in self.shifted if now == due), due)

    def _shift(self, due: date) -> date:
        return next((now for was, now in self.shifted if was == due), due)

    @property
    def step(self) -> relativedelta:
        return relativedelta(months=EVERY_MONTHS[self.every])

    def _anchor(self) -> date | None:
        """A month one occurrence falls in: the first one's. A quarter's or a year's without
        it cannot be placed (the loader refuses it; never guess which month)."""
        if self.starts is not None:
            return self.starts.replace(day=1)
        return date(2000, 1, 1) if self.every == "month" else None

    def occurrences(self, start: date, end: date) -> list[date]:
        """Due dates of this task between start and end inclusive. A day past a month's end
        (31 in April, 29–31 in February) falls on that month's last day.
        """
        if self.due is not None:
            return [self.due] if start <= self.due <= end else []
        if self.shifted:
            # the schedule's dates, each where it was moved to: a moved one may leave the span
            # or enter it, so the schedule is read as far around it as a date was moved
            far = max(abs((now - was).days) for was, now in self.shifted)
            near = replace(self, shifted=(), ended=None).occurrences(
                start - timedelta(days=far), end + timedelta(days=far)
            )
            last = min(end, self.ended) if self.ended is not None else end
            return sorted(d for d in map(self._shift, near) if start <= d <= last)
        if self.ended is not None:
            end = min(end, self.ended)  # an ended task's occurrences stop at its end
        anchor, months = self._anchor(), EVERY_MONTHS[self.every]
        if anchor is None:
            return []
        # the first period month on or before start's month
        apart = (start.year - anchor.year) * 12 + start.month - anchor.month
        month = anchor + relativedelta(months=(apart // months) * months)
        result = []
        while month <= end:
            day = month + relativedelta(day=self.day or 1)
            if start <= day <= end and (self.starts is None or day >= self.starts):
                result.append(day)
            month += self.step
        return result

    def before(self, due: date) -> date | None:
        """The occurrence before `due` (None before the first)."""
        due = self.scheduled(due)
        day = due.replace(day=1) - self.step + relativedelta(day=self.day or due.day)
        return None if self.starts is not None and day < self.starts else self._shift(day)

    def after(self, due: date) -> date:
        """The occurrence after `due` (28/2 after 31/1 for the 31st)."""
        due = self.scheduled(due)
        return self._shift(due.replace(day=1) + self.step + relativedelta(day=self.day or due.day))

    def ended_on(self, due: date) -> date | None:
        """The day the tracking of the occurrence due on `due` was ended: the whole task's end,
        else that occurrence's own."""
        if self.ended is not None:
            return self.ended
        return next((day for d, day in self.ended_dues if d == due), None)

    def key_of(self, due: date) -> str:
        """The key one occurrence is tracked under (the id itself for a one-off task): a moved
        occurrence's is its scheduled date's."""
        if self.due is not None:
            return self.id
        made = occurrence_key(self.id, self.scheduled(due))
        return OccurrenceKey(made, self.every, self.lag)  # its cadence named with it

    def is_occurrence(self, due: date) -> bool:
        """`due` is an occurrence's date, or the scheduled date of a moved one (its key's)."""
        if any(was == due for was, _ in self.shifted):
            return True
        return due in self.occurrences(due, due)

    def next_due(self, today: date) -> date | None:
        if self.due is not None:
            return self.due
        after = max(today, self.starts or today)
        upcoming = self.occurrences(after, date(after.year + 1, 12, 31))
        return upcoming[0] if upcoming else None


UNIT_KIND = "huyen"  # a district-level unit a province lists (knowledge/catalogue/units.py)


@dataclass(frozen=True)
class Agency:
    name: str
    kind: str  # so | nganh | ubnd | ministry (agencies.tsv), or UNIT_KIND
    ministry: str
    aliases: tuple[str, ...]
    province: str = ""  # the one province whose documents create it; "" for every province


@dataclass(frozen=True)
class Document:
    """A source document: how answers cite it, and its subject line as printed."""

    title: str
    subject: str


@dataclass(frozen=True)
class ServiceStat:
    """One line of Bắc Giang's report: a service online at level 3 or 4 and its dossier counts."""

    level: int
    tier: str
    agency: str
    group: str
    service: str
    online: int | None
    total: int | None
    source: str


@dataclass
class Province(ProvinceLookups):
    slug: str
    name: str
    coordinator: str
    decision: str
    assignments: dict[str, Assignment] = field(default_factory=dict)
    tasks: list[Task] = field(default_factory=list)
    named_services: tuple[str, ...] = ()
    named_source: str = ""  # where the letter names them, and to whom it gives them
    named_addressee: str = ""
    assignments_label: str = ""
    stats: tuple[ServiceStat, ...] = ()
    # The district-level units (UBND of each huyện, thị xã, thành phố) for the plan year, and the
    # register's name for all of them ("UBND huyện"), which the data files use and which stands
    # for each unit: every unit owes, reports and is reminded on its own.
    units: tuple[str, ...] = ()
    unit_group: str = ""
    units_source: str = ""  # where the list comes from and the period it is for
    # what `rows_of`, `tasks_of` and `task` found, asked at every answer, under None the fields
    # they read: a table or a letter published is a new Province (`replace`: a new memo), and
    # a field set anew is told by its identity
    _found: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    def members(self, agency: str) -> tuple[str, ...]:
        """The agencies a name stands for here: a group's units, any other agency itself."""
        if self.units and agency == self.unit_group:
            return self.units
        return (agency,)

    def expand(self, names: Iterable[str]) -> tuple[str, ...]:
        """Agency names as an assignment table or a letter gives them, the group in its units."""
        return tuple(dict.fromkeys(m for name in names for m in self.members(name)))

    def role_in(self, assignment: Assignment, agency: str) -> str | None:
        """The agency's role in a row; a group's is that of its units (lead before coordinate)."""
        roles = {assignment.role_of(m) for m in self.members(agency)}
        return "lead" if "lead" in roles else "coordinate" if "coordinate" in roles else None

    def task_at(self, key: str) -> tuple[Task, date | None] | None:
        """The task a key names, with the occurrence when it names one of a recurring task
        ("kh-monthly-sync@2020-06-01"); None when it names no task or no occurrence of it."""
        if OCCURRENCE not in key:  # a row's key or a task's id (most lines' keys): no split
            task = self.task(key)
            return None if task is None else (task, None)
        task_id, due = split_key(key)
        task = self.task(task_id)
        if task is None or (
            due is not None and (not task.recurring or not task.is_occurrence(due))
        ):
            return None
        return task, due

    def keyed(self, key: str) -> str:
        """A key read back from storage, carrying its task's cadence when it names one of this
        province's occurrences (so that it is named by its quarter where its task's is)."""
        if OCCURRENCE not in key:
            return key
        task = self.task(split_key(key)[0])
        return key if task is None else carried(key, task.every, task.lag)


@dataclass
class Catalogue:
    rows: dict[str, Row]
    agencies: dict[str, Agency]
    provinces: dict[str, Province]
    default_province: str = "tuyen-quang"
    documents: dict[str, Document] = field(default_factory=dict)  # by seed file name
    _positions: dict[str, int] | None = field(default=None, init=False, repr=False, compare=False)
    _subs: dict[str, list[Row]] | None = field(default=None, init=False, repr=False, compare=False)
    calendar: WorkCalendar = field(default_factory=WorkCalendar)

    def cite(self, source: str) -> str:
        """A provenance ("000_…txt#mục 2 và mục 6") as an officer reads it: title, section."""
        file, _, section = source.partition("#")
        document = self.documents.get(file)
        title = document.title if document else file
        return f"{title}, {section}" if section else title

    def subject(self, source: str) -> str:
        """The subject line ("V/v ...") of the document a provenance cites."""
        document = self.documents.get(source.partition("#")[0])
        return document.subject if document else ""

    def province(self, slug: str | None) -> Province:
        return self.provinces[slug or self.default_province]

    @property
    def rows_by_index(self) -> list[Row]:
        """Rows in a fixed order, so buttons can carry a short index instead of a long key."""
        return list(self.rows.values())

    @property
    def row_index(self) -> dict[str, int]:
        return {key: i for i, key in enumerate(self.rows)}

    def row_position(self, key: str) -> int:
        """The position of a row in `rows` (and in the matcher, which is built in that order)."""
        if self._positions is None:
            self._positions = self.row_index
        return self._positions[key]

    def row(self, key: str) -> Row | None:
        return self.rows.get(key)

    def sub_rows(self, number: str) -> list[Row]:
        # indexed once: a pass over every row per question cost ask 1.7 ms at 10,000 rows
        if self._subs is None:
            subs: dict[str, list[Row]] = {}
            for r in self.rows.values():
                if r.decision == "406" and r.sub:
                    subs.setdefault(r.number, []).append(r)
            self._subs = subs
        return list(self._subs.get(number, ()))
