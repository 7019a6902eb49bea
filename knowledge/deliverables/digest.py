"""The coordinator's digest: on which days it goes out, and what it holds.

Cadence. Weekly on the configured weekdays (Monday by default; a weekday that is a day off moves
to the next working day of the same week), and on each of the `before_deadline` working days
before a provincial deadline (a date the province's letters set for a task: Tuyên Quang's 20/4
and 20/5/2021; Khánh Hòa's 10/4, 20/4/2020 and the 1st of every month), on the deadline's own
day, and on the first working day after one (the units that did not send are late from then;
`before_deadline = 0` turns all three off). Never on a day off.

The deadline's own day (ux26: none on 20/5/2021, when the officers were reminded): it is the
coordinator's last chance to chase the units still missing while they are still on time, and
the day most units send; the digest says who sent since the day before and how many are still
missing (Repeats, below), so the coordinator is not left with the day before's list.

Content. The same units and states as /quahan tinh and /nopbai tinh (knowledge/rules/progress.py,
knowledge/deliverables/tracking.py), by task then unit, with titles: the documents still missing
for the tasks
being collected now ("chưa nộp"), the late rows and tasks without a form, and the rows due within
the week that nobody has reported on. The count of late units is /quahan tinh's. Its words are
knowledge/render/digest_text.py.

Left for later. A document still owed whose first reminder day has not come (7 working days
before its date by default, knowledge/rules/reminder_days.py) is not chased yet; it is not
dropped either (ux24 #8: a deadline moved from 25/6 to 30/6 made the 3 units owing it vanish
from the digest asked for): `later` lists it, with the day its chasing starts (that first
reminder day, ux34 #3), so every task still owed is in the digest or said to be left for later.

Repeats. A document the previous digest sent listed already (`since`: its day, from the delivery
log) is not listed unit by unit again (the same 19 names every day read as noise): its counts,
and who sent it since that digest (`sent_since`); the full list is /nopbai tinh, behind the
digest's button. A day near a deadline (not the weekly day) with nothing new since the digest
before (`nothing_new`: no status written, no form handed in, nothing turned late, nothing newly
chased or due within the week) is one line with the counts (ux28).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from knowledge.calendar.deadlines import is_past
from knowledge.calendar.workdays import WorkCalendar
from knowledge.catalogue.model import Catalogue, Province, split_key
from knowledge.deliverables.tracking import TaskHandins, collects, current, track
from knowledge.rules.progress import Marks, agency_order, apart, key_order, standings
from knowledge.rules.reminder_days import OFFSETS, first_reminder
from knowledge.rules.standing import Standing, State

# Config spellings of the weekdays: English and Vietnamese short forms.
WEEKDAY_NAMES = {
    **{name: i for i, name in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))},
    **{name: i for i, name in enumerate(("t2", "t3", "t4", "t5", "t6", "t7", "cn"))},
}
DEADLINE_LOOKAHEAD = 40  # days: more working days than any `before_deadline`, across Tết
SOON = 7  # days: rows due within the week that nobody reported on


@dataclass(frozen=True)
class Cadence:
    weekdays: tuple[int, ...] = (0,)  # Monday
    # working days before each provincial deadline (and its day, and the first working day
    # after it); 0: none
    before_deadline: int = 3


def parse_weekdays(values: Iterable[object]) -> tuple[int, ...]:
    """["mon", "thu"] or ["T2", "T5"] -> (0, 3); ValueError naming a value it cannot read."""
    result = []
    for value in values:
        day = WEEKDAY_NAMES.get(str(value).strip().lower())
        if day is None:
            raise ValueError(f"weekday {value!r}: one of mon..sun or T2..T7, CN")
        result.append(day)
    return tuple(sorted(set(result)))


def provincial_deadlines(province: Province, start: date, end: date) -> list[date]:
    """The dates the province's tasks fall due between start and end (each month of a monthly
    task).
    """
    return sorted({due for task in province.tasks for due in task.occurrences(start, end)})


def weekly_day(day: date, calendar: WorkCalendar, weekdays: Sequence[int]) -> bool:
    """The digest's weekly day (a weekday off moved to the next working day of its week)."""
    return _weekly(day, calendar, weekdays)


def _weekly(day: date, calendar: WorkCalendar, weekdays: Sequence[int]) -> bool:
    monday = day - timedelta(days=day.weekday())
    for weekday in weekdays:
        moved = monday + timedelta(days=weekday)
        while moved.weekday() < 6 and not calendar.is_working(moved):
            moved += timedelta(days=1)
        if moved == day:
            return True
    return False


def _before_deadline(day: date, province: Province, calendar: WorkCalendar, count: int) -> bool:
    if count <= 0:
        return False
    ahead = day + timedelta(days=DEADLINE_LOOKAHEAD)
    for due in provincial_deadlines(province, day + timedelta(days=1), ahead):
        working: list[date] = []
        cursor = due - timedelta(days=1)
        while len(working) < count:
            if calendar.is_working(cursor):
                working.append(cursor)
            cursor -= timedelta(days=1)
        if day in working:
            return True
    return False


def _after_deadline(day: date, province: Province, calendar: WorkCalendar) -> bool:
    """The first working day on which a provincial deadline has passed (21/4/2021 for 20/4): the
    day the units that did not send turn late, which the coordinator waited for until the next
    Monday (26/4)."""
    for due in provincial_deadlines(province, day - timedelta(days=DEADLINE_LOOKAHEAD), day):
        if not is_past(due, day):
            continue
        first = due + timedelta(days=1)
        while not calendar.is_working(first):
            first += timedelta(days=1)
        if first == day:
            return True
    return False


def is_digest_day(day: date, province: Province, calendar: WorkCalendar, cadence: Cadence) -> bool:
    if not calendar.is_working(day):
        return False
    return (
        _weekly(day, calendar, cadence.weekdays)
        or _before_deadline(day, province, calendar, cadence.before_deadline)
        or (cadence.before_deadline > 0 and bool(provincial_deadlines(province, day, day)))
        or (cadence.before_deadline > 0 and _after_deadline(day, province, calendar))
    )


def digest_days(
    province: Province, calendar: WorkCalendar, cadence: Cadence, start: date, end: date
) -> list[date]:
    days = [start + timedelta(days=i) for i in range((end - start).days + 1)]
    return [d for d in days if is_digest_day(d, province, calendar, cadence)]


def listed_before(t: TaskHandins, digest: Digest) -> bool:
    """The previous digest (on `digest.since`) listed this document's missing units already:
    it was being collected then (tracking.current's rule: its first reminder day had come),
    and a unit it still lacks lacked it then."""
    start = chased_from(digest, t)
    return digest.since is not None and start is not None and start <= digest.since


def sent_since(t: TaskHandins, since: date) -> list[str]:
    """The units that sent the document on or after the previous digest's day, as their status
    dates it (a unit that sent that morning before the digest may be named once more)."""
    return [u.unit for u in t.units if u.sent_on is not None and u.sent_on >= since]


@dataclass(frozen=True)
class Digest:
    day: date
    documents: tuple[TaskHandins, ...]  # the tasks being collected with a unit still missing
    late: dict[str, list[Standing]]  # key -> late units, rows and tasks without a form
    soon: dict[str, list[Standing]]  # key -> units due within the week, never reported
    late_count: int  # every late unit of the province: /quahan tinh's count
    # the late (row, coordinating agency) units, listed in `late` too: /quahan tinh's count of
    # them, apart (knowledge/rules/progress.py `apart`)
    late_apart: int = 0
    since: date | None = None  # the previous digest's day: what it listed is not listed again
    # documents still owed whose first reminder day has not come: not chased yet, said so
    later: tuple[TaskHandins, ...] = ()
    # every late unit of the province as /quahan tinh lists it (lead and coordinating, the
    # documents not sent included): the headline's count is its count (ux30 #7)
    late_units: tuple[Standing, ...] = ()
    # each document's (its key's) first reminder day: from then its missing units are chased
    # (knowledge/rules/reminder_days.py, the days the units are reminded on, ux34 #3)
    starts: Mapping[str, date] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not (self.documents or self.late or self.soon)

    @property
    def missing_units(self) -> int:
        return len({u.unit for t in self.documents for u in t.units if u.missing})

    @property
    def headline(self) -> Headline:
        """The counts the digest heads with: /quahan tinh's late units (ux30 #7: "không có mục
        quá hạn" on a day /quahan tinh counted 19 documents late), lead and coordinating apart,
        said with how many of them are documents not sent and how many the "Quá hạn" list
        holds (ux20 #11: a bare "37 mục quá hạn" over a list of one late row read as rows),
        and each document's missing units."""
        lead, coordinating = apart(self.late_units)
        listed = {id(s) for units in self.late.values() for s in units}
        return Headline(
            tuple(lead),
            tuple(coordinating),
            sum(id(s) in listed for s in lead),
            tuple((t, t.missing) for t in self.documents),
        )


@dataclass(frozen=True)
class Headline:
    lead: tuple[Standing, ...]  # the late (row or task, lead unit) units, /quahan tinh's count
    coordinating: tuple[Standing, ...]  # the late coordinating ones, counted apart
    listed: int  # how many of `lead` the "Quá hạn" list holds (the others: documents not sent)
    missing: tuple[tuple[TaskHandins, int], ...]  # each document listed, its units not sent

    @property
    def late(self) -> int:
        return len(self.lead)

    @property
    def documents_late(self) -> int:
        """The late lead units that are documents not sent (listed by document above)."""
        return len(self.lead) - self.listed

    @property
    def missing_total(self) -> int:
        return sum(n for _, n in self.missing)


def _by_key(units: Iterable[Standing]) -> dict[str, list[Standing]]:
    groups: dict[str, list[Standing]] = {}
    for s in sorted(units, key=lambda s: (key_order(s.key), agency_order(s.agency))):
        groups.setdefault(s.key, []).append(s)
    return groups


def build_digest(
    catalogue: Catalogue,
    province: Province,
    marks: Marks,
    day: date,
    since: date | None = None,
    offsets: Sequence[int] = OFFSETS,
) -> Digest:
    """The digest of `day`; `since`: the day of the digest sent before it, whose lists are not
    repeated (None: every list in full, as asked in the chat or on the first); `offsets`: the
    working days before a deadline the units are reminded (the reminders' policy)."""
    listed = standings(catalogue, province, marks, day, coordinating=True)
    units, coordinating = apart(listed)
    forms = {t.id for t in province.tasks if collects(province, t)}
    tracked = track(province, marks, day)
    calendar = catalogue.calendar
    documents = tuple(t for t in current(tracked, day, calendar, offsets) if t.missing)
    later = tuple(t for t in tracked if t.missing and t not in documents and t.due is not None)
    soon_end = day + timedelta(days=SOON)
    return Digest(
        day,
        documents,
        _by_key(s for s in listed if s.state is State.LATE and split_key(s.key)[0] not in forms),
        _by_key(
            s
            for s in units
            if split_key(s.key)[0] not in forms
            and s.state is State.OPEN
            and s.status is None
            and s.due is not None
            and day <= s.due <= soon_end
        ),
        sum(s.state is State.LATE for s in units),
        sum(s.state is State.LATE for s in coordinating),
        since,
        later,
        tuple(s for s in listed if s.state is State.LATE),
        {t.key: first_reminder(t.due, calendar, offsets) for t in tracked if t.due is not None},
    )


def nothing_new(digest: Digest, marks: Marks, handed_since: bool) -> bool:
    """A digest sent after another (`digest.since`) that has nothing to tell since it: no status
    written (a document marked sent, a row reported), no form handed in (`handed_since`), nothing
    turned late, no document started being chased, no row came within the week, and nothing is
    due today (a deadline's own day is the coordinator's last chase: its missing units are
    named). Such a day's digest is one line (ux28: the same long list every working day before
    a deadline)."""
    since = digest.since
    if since is None:
        return False
    due_today = any(t.due == digest.day for t in digest.documents) or any(
        s.due == digest.day for units in digest.soon.values() for s in units
    )
    if due_today:
        return False
    if handed_since or any(m.on >= since for m in marks.values()):
        return False
    if any(s.due is not None and not is_past(s.due, since) for s in digest.late_units):
        return False
    started = (chased_from(digest, t) for t in digest.documents)
    if any(start is not None and start > since for start in started):
        return False
    window = since + timedelta(days=SOON)
    return not any(
        s.due is not None and s.due > window for units in digest.soon.values() for s in units
    )


def chased_from(digest: Digest, t: TaskHandins) -> date | None:
    """The first day a document is chased (the digest lists its missing units, the units are
    reminded): its first reminder day, as the reminders count it."""
    return digest.starts.get(t.key)
