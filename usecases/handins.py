"""What units owe the coordinator and what they sent (/nopbai): one unit's view, the province's
(also as a workbook), and reminding the units still missing a document.

Who has sent what is knowledge/deliverables/tracking.py; the reminders go through the reminder
log like the daily ones (db/reminder_repo.py), at most once a day per unit and chat.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date

from knowledge.calendar.workdays import WorkCalendar
from knowledge.catalogue.model import Province
from knowledge.deliverables.submissions import Sent
from knowledge.deliverables.tracking import TaskHandins, missing_by_unit, track
from knowledge.formats.tracking_report import handins_file_name, handins_table
from knowledge.formats.xlsx import render
from knowledge.language.vocabulary import SEND_WORDS
from knowledge.messages.empty_periods import nothing_due_in
from knowledge.reader.handin_questions import asks_handins, asks_own, only_handin_words
from knowledge.reader.periods import Period, other_year
from knowledge.reader.places import place_named
from knowledge.reader.report_periods import occurrences_in
from knowledge.render.answers import esc
from knowledge.render.progress_text import recorder
from knowledge.render.submission_text import Partly, handin_details, partly_sent
from knowledge.rules.officers import tracking_scope
from knowledge.rules.reminder_days import OFFSETS
from knowledge.rules.standing import DONE_STATUS
from knowledge.rules.statuses import Change
from usecases.callers import Caller
from usecases.deadline_history import moved_before
from usecases.desk import Desk
from usecases.progress import named_agency
from usecases.proposal_sync import SentDiffers, sent_differs
from usecases.refs import item_key
from usecases.results import Refusal
from usecases.runner import use_case
from usecases.withdrawn_tasks import Withdrawn, withdrawn_owed_by

ADMIN_ONLY = "Chỉ quản trị viên (Sở TT&amp;TT) xem được tình hình nộp của cả tỉnh."
SETTLED = ("sent", "dropped")


@dataclass(frozen=True)
class Handins:
    """One unit's documents (`unit`), or every unit's (`unit` None)."""

    province: Province
    unit: str | None
    tracked: list[TaskHandins]
    today: date
    # an admin looking at a unit not their own: what it still owes is recorded for it ("ghi
    # thay"), not sent by the admin
    behalf: bool = False
    note: str = ""  # said first: the period asked for holds none of them ("tháng 9")
    # the unit's proposals changed since it sent BIỂU 02: its "đã nộp" is of an older version
    differs: SentDiffers | None = None
    # the documents a question asked about ("ai chưa nộp báo cáo tháng 10"): the keys its
    # reminder button chases; () for every document
    scope: tuple[str, ...] = ()
    # asked whether the unit sent its one document of a period ("bc tháng 11 nộp chưa"): the
    # answer says so first, not the list's heading
    asked: bool = False
    # what the unit owed under a letter since taken back: said, never counted as owed
    withdrawn: tuple[Withdrawn, ...] = ()
    # the reminders' calendar and offsets: a document is chased from its first reminder day
    calendar: WorkCalendar = field(default_factory=WorkCalendar)
    offsets: tuple[int, ...] = OFFSETS

    @property
    def missing(self) -> bool:
        return bool(missing_by_unit(self.tracked, self.today, self.calendar, self.offsets))


def _handins(desk: Desk, unit: str | None, found: list[TaskHandins], **more) -> Handins:
    """The tracking of `unit` (None: every unit) on the desk's day, chased on its calendar."""
    calendar, offsets = desk.catalogue.calendar, desk.config.policy.offsets
    today = desk.clock.today()
    return Handins(desk.province, unit, found, today, calendar=calendar, offsets=offsets, **more)


@dataclass(frozen=True)
class Workbook:
    name: str
    content: bytes
    today: date


@dataclass(frozen=True)
class NudgePlan:
    """Who would be reminded (unit -> chats), who cannot be, who was reminded today already."""

    chats: dict[str, int]
    unreachable: list[str]
    already: list[str]
    split: dict[str, str] = field(default_factory=dict)  # unit -> "đã nhận …; còn thiếu …"


@dataclass(frozen=True)
class NudgesRecorded:
    reached: dict[str, int]  # unit -> chats newly owed a reminder
    unreachable: list[str]
    already: list[str]
    split: dict[str, str] = field(default_factory=dict)  # as NudgePlan's


def tracked(
    desk: Desk, unit: str | None = None, asked: Collection[date] = ()
) -> list[TaskHandins]:
    """`track` with the details of what was sent; `asked`: the dates of occurrences a question
    names, tracked too though no view lists them today."""
    statuses = desk.statuses()
    # a task marked sent by an admin for the unit ("ghi thay"): said beside the unit
    marked_for = {
        item: change.behalf
        for item, change in statuses.current.items()
        if change.behalf and change.new == DONE_STATUS and (unit is None or item[1] == unit)
    }
    sent = desk.submissions.submissions(agency=unit)
    marked = reported(statuses.current, unit)
    recorded = outside_recorders(desk, statuses.current, sent, marked)
    details = handin_details(desk.province, sent, marked_for, marked, recorded)
    found = track(desk.province, statuses.marks, desk.clock.today(), unit, details, asked)
    return moved_before(desk, found)  # a moved deadline says the date it replaced


def outside_recorders(
    desk: Desk,
    current: Mapping[tuple[str, str], Change],
    sent: Iterable[Sent],
    marked: list[tuple[str, str]],
) -> dict[tuple[str, str], str]:
    """Who recorded each task marked sent of which only some forms are in the bot (the others
    reported sent outside it), named as /lichsu names them; looked up for those alone."""
    partly = {(s.task, s.agency) for s in sent} & set(marked)
    found = {}
    for pair in partly:
        change = current[pair]
        officer = None if change.behalf else desk.repo.officer(change.by)
        found[pair] = recorder(change, {change.by: officer.name} if officer else {})
    return found


def reported(
    current: Mapping[tuple[str, str], Change], unit: str | None = None
) -> list[tuple[str, str]]:
    """(item, unit) marked sent (its latest change hoàn thành), only `unit`'s when given: those
    with nothing handed in through the bot are marked apart in the tracking ("báo đã nộp, không
    có biểu trong bot"), in the chat and on the desk alike."""
    return [
        item
        for item, change in current.items()
        if change.new == DONE_STATUS and (unit is None or item[1] == unit)
    ]


@use_case(writes=False)
def partly(desk: Desk) -> dict[tuple[str, str], Partly]:
    """(task key, unit) -> the forms it sent and those it still owes, for each unit that sent
    some of a task's forms of ours: said in its reminders and the digest, by the split /nopbai
    tinh says ("đã nhận Phụ lục I, II; còn thiếu Phụ lục III, IV")."""
    current = desk.statuses().current
    return partly_sent(desk.province, desk.submissions.submissions(), reported(current))


def unit_handins(desk: Desk, unit: str) -> Handins:
    return _handins(
        desk,
        unit,
        tracked(desk, unit),
        differs=sent_differs(desk, unit),
        withdrawn=withdrawn_owed_by(desk, unit),
    )


@use_case(writes=False)
def handins(desk: Desk, caller: Caller, whole: bool, named: str = "") -> Handins | Refusal:
    """/nopbai: my unit's documents; /nopbai tinh (admins; an admin with no unit by default);
    /nopbai <cơ quan>: that unit's own view, as /tiendo <cơ quan> (an admin's; an officer's
    own unit only, another refused as the question in words is)."""
    if named.strip() and not whole:
        unit = named_agency(desk, named)
        if unit is None:
            return Refusal(
                f"Không nhận ra cơ quan “{esc(named.strip()[:80])}”. Gõ <code>/nopbai</code>, "
                "<code>/nopbai tinh</code> hoặc <code>/nopbai Sở Tư pháp</code>."
            )
        scope = tracking_scope(caller.actor, unit, False)
        if scope is None:
            return Refusal(caller.standing)
        if isinstance(scope, Refusal):
            return scope
        if scope.unit is not None:
            found = unit_handins(desk, scope.unit)
            return replace(found, behalf=scope.unit != caller.agency)
    if whole or (caller.agency is None and caller.is_admin):
        if not caller.is_admin:
            return Refusal(ADMIN_ONLY)
        return _handins(desk, None, tracked(desk))
    if caller.agency is None:
        return Refusal(caller.standing)
    return unit_handins(desk, caller.agency)


@use_case(database=False)
def handins_asked(desk: Desk, text: str) -> bool:
    """ "ai chưa nộp biểu 02", "Sở Y tế nộp chưa": who has sent, asked in words (a cheap test
    on the loop; `asked_handins` then reads the database only for such a text)."""
    return desk.remembered("handins", text, lambda: asks_handins(text))  # every text: once


@use_case(writes=False)
def asked_handins(desk: Desk, caller: Caller, text: str) -> Handins | Refusal | None:
    """The tracking a who-has-sent question asks for: an admin's, the unit it names or the whole
    province's; an officer's, their own unit's (another unit's: refused, said so); only the
    tasks it names, or those due in the period it names ("ai chưa nộp biểu 02", "… báo cáo
    tháng 8"). None (read it as a question) for someone with no unit."""
    today = desk.clock.today()
    answer = desk.assistant.ask(text, today, desk.province.slug, caller.agency)
    tasks = {v.task.id for v in answer.tasks} if answer.intent == "task" else set()
    agencies = desk.assistant.agencies
    # "Sở Y tế nộp báo cáo tháng 8 chưa": the documents due in the period named
    parsed = desk.assistant.parse(text, today, desk.province)
    periods = [p.period for p in parsed.periods if not p.period.late]
    spans = {i for p in parsed.periods for i in range(p.start, p.end)}
    # a district by its place alone: "ham yen nop bc thang 11 chua"
    place = place_named(parsed.tokens, desk.assistant.units(desk.province), desk.province.name)
    spans |= set(range(place.start, place.end)) if place is not None else set()
    if not tasks and not only_handin_words(text, agencies, parsed.tokens, spans):
        return None  # a service's words beside ("nộp thuế môn bài online chưa"): a question
    if not tasks and not any(t in SEND_WORDS for t in parsed.tokens):
        return None  # "bên nào còn chậm": late rows too, /quahan's answer (a question)
    mention = agencies.find(text)
    named = mention.name if mention is not None else None
    if named is None and place is not None:
        named = place.unit
    if named is not None and not desk.province.tasks_of(named):
        named = None  # a group ("các sở, ban, ngành") or a unit that owes no document
    scope = tracking_scope(caller.actor, named, asks_own(text))
    if scope is None or isinstance(scope, Refusal):
        return scope
    unit = scope.unit
    behalf = unit is not None and unit != caller.agency
    # the occurrences the period names, each by its own status, listed by /nopbai today or not
    # (a month sent and since history, a month ahead: ux28 #2)
    dues = {d for t in desk.province.tasks for p in periods for d in occurrences_in(t, p)}
    found = _handins(desk, unit, tracked(desk, unit, dues), behalf=behalf)

    # "bc tháng 10 nộp chưa": the occurrence the period names, by the one rule of the reader
    # (the report of October, due 5/11, for a report due the month after)
    def period_names(t: TaskHandins) -> bool:
        return t.due is not None and any(t.due in occurrences_in(t.task, p) for p in periods)

    only = [t for t in found.tracked if t.task.id in tasks or (not tasks and period_names(t))]
    # "bc tháng 11 nộp chưa": of a recurring task named, the occurrence the period names
    only = [t for t in only if period_names(t)] or only
    if only:
        # one unit's one document of the period asked: whether it is sent, said first
        asked = unit is not None and periods != [] and len(only) == 1 and period_names(only[0])
        # "Nhắc các đơn vị chưa nộp" under it chases these documents, not every missing one
        return replace(found, tracked=only, scope=tuple(t.key for t in only), asked=asked)
    # the unit's whole list, as /nopbai: what a letter since taken back asked said apart
    gone = withdrawn_owed_by(desk, unit) if unit is not None else ()
    if periods and not tasks and found.tracked:  # "… tháng 9" and nothing falls due then
        # the same month of another year with documents due: said, by the deadline answer's rule
        other = other_year(periods[0], lambda moved: _due_keys(desk, unit, moved))
        return replace(found, note=nothing_due_in(periods[0].label, other), withdrawn=gone)
    return replace(found, withdrawn=gone)


@use_case(writes=False)
def province_handins(desk: Desk, caller: Caller) -> Handins | Refusal:
    if not caller.is_admin:
        return Refusal(ADMIN_ONLY)
    return _handins(desk, None, tracked(desk))


@use_case(writes=False)
def handins_workbook(desk: Desk, caller: Caller) -> Workbook | Refusal:
    if not caller.is_admin:
        return Refusal(ADMIN_ONLY)
    today = desk.clock.today()
    table = handins_table(desk.province, tracked(desk), today)
    return Workbook(handins_file_name(desk.province, today), render(table), today)


_Owed = dict[str, tuple[tuple[str, ...], list[int]]]


def _owed(
    desk: Desk, only: str | None = None
) -> tuple[_Owed, list[str], list[str], dict[str, str]]:
    """unit -> (the keys it has not sent, its chats), the units no chat reaches, those reminded
    today already, and what each missing unit sent of those documents and still owes ("đã
    nhận Phụ lục I; còn thiếu …", the split its reminders say: `partly`); `only`: one
    document's reference (the one a question asked about), so the reminder chases it alone."""
    today = desk.clock.today()
    scoped = tracked(desk)
    if only is not None:
        key = item_key(desk, only)
        scoped = [t for t in scoped if t.key == key]
    missing = missing_by_unit(scoped, today, desk.catalogue.calendar, desk.config.policy.offsets)
    already = sorted({r.agency for r in desk.reminders.nudges(today)} & set(missing))
    recipients = desk.reminders.recipients()
    owed = {
        unit: (tuple(dict.fromkeys(u.key for u in items)), recipients[unit])
        for unit, items in missing.items()
        if unit not in already and recipients.get(unit)
    }
    unreachable = [u for u in missing if u not in already and not recipients.get(u)]
    some = partly(desk)
    split = {
        unit: "; ".join(some[(u.key, unit)].text for u in items if (u.key, unit) in some)
        for unit, items in missing.items()
    }
    return owed, unreachable, already, {unit: said for unit, said in split.items() if said}


@use_case(writes=False)
def plan_nudges(desk: Desk, caller: Caller, only: str | None = None) -> NudgePlan | Refusal:
    """Who would be reminded of a missing document (`only`: of that one), before the
    coordinator confirms."""
    if not caller.is_admin:
        return Refusal(ADMIN_ONLY)
    owed, unreachable, already, split = _owed(desk, only)
    chats = {unit: len(unit_chats) for unit, (_, unit_chats) in owed.items()}
    return NudgePlan(chats, unreachable, already, split)


@use_case(writes=True)
def record_nudges(desk: Desk, caller: Caller, only: str | None = None) -> NudgesRecorded | Refusal:
    """One reminder per chat of each unit still missing a document (`only`: that one) and not
    yet reminded today, written to the reminder log (delivered by the reminder jobs, as the
    daily ones)."""
    if not caller.is_admin:
        return Refusal(ADMIN_ONLY)
    owed, unreachable, already, split = _owed(desk, only)
    reached = desk.reminders.record_nudges(desk.clock.today(), owed, desk.clock.now())
    already += [u for u, n in reached.items() if n == 0]  # another press got there first
    sent = {u: n for u, n in reached.items() if n}
    return NudgesRecorded(sent, unreachable, sorted(already), split)


@use_case(writes=False)
def failed_nudges(desk: Desk, units: list[str]) -> int:
    """Today's reminders to these units not delivered (owed again at the next tick)."""
    today = desk.clock.today()
    return sum(
        1 for r in desk.reminders.nudges(today) if r.agency in units and r.state not in SETTLED
    )


def _due_keys(desk: Desk, unit: str | None, period: Period) -> list[str]:
    """The documents a unit (none: every unit) owes with a date in the period: their tasks."""
    tasks = desk.province.tasks_of(unit) if unit is not None else desk.province.tasks
    return [t.id for t in tasks if occurrences_in(t, period)]
