"""Where every way of writing a status ends (`write_status`): the core names the agency (or
refuses, or asks an admin which unit), a recurring task's bare id is checked against the
occurrence already sent, then the change is saved (`save`) or the chat waits for its note.
Split from usecases/statuses.py, which reads the commands and buttons that lead here.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from knowledge.calendar.deadlines import days_between, fmt_date, fmt_due
from knowledge.catalogue.model import split_key
from knowledge.catalogue.occurrence_names import label
from knowledge.messages import offers
from knowledge.messages.refusals import already
from knowledge.reader.capnhat_line import repeats
from knowledge.reader.writes import Offer
from knowledge.render.answers import esc, key_tag
from knowledge.render.standing_dates import late_done_line
from knowledge.rules.progress import item_title, sent_already, standing_of
from knowledge.rules.sent_days import corrected_day
from knowledge.rules.standing import Standing
from knowledge.rules.statuses import (
    Change,
    Status,
    Target,
    UnitChoice,
    note_needed,
    says_something,
    target_for,
)
from usecases import prompts
from usecases.behalf_told import record_told
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.early_occurrences import early_done
from usecases.milestones import milestone_for
from usecases.occurrences import occurrence_for
from usecases.prompts import NotePrompt, OfferPrompt
from usecases.results import UNCHANGED, Refusal
from usecases.sent_outside import outside_bot
from usecases.status_results import (
    MAX_NOTE,
    NoteAsked,
    Offered,
    Recorded,
    UnitAsked,
    replaced_note,
)
from usecases.task_titles import task_title
from usecases.unit_asking import ask_unit


def write_status(
    desk: Desk,
    caller: Caller,
    key: str,
    status: Status,
    note: str,
    unit: str | None = None,
    *,
    confirmed: bool = False,
    sent_on: date | None = None,
) -> Recorded | NoteAsked | UnitAsked | Offered | Refusal:
    """Every way of writing a status ends here: the core names the agency (or refuses, or asks
    an admin which unit), then save, or wait for the note. A recurring task's bare id whose
    last occurrence is already sent is asked first (`sent_ahead`), unless `confirmed`."""
    target = target_for(desk.province, caller.actor, key, unit)
    if isinstance(target, Refusal):
        return target
    if isinstance(target, UnitChoice):
        return ask_unit(desk, caller, target, status, note)
    ahead = None if confirmed else sent_ahead(desk, caller, key, target, status, note)
    if ahead is not None:
        return ahead
    bare = key
    key = occurrence_for(desk, key, target.agency)  # a recurring task: the occurrence it settles
    # a row of several milestones still owed: done settles the one that applies (ux24 #2)
    chosen = milestone_for(desk, key, target.agency, status, note)
    key = chosen.key if chosen is not None else key
    stale = None if confirmed else stale_occurrence(desk, bare, key, target, status, note)
    if stale is not None:
        return stale
    early = early_done(desk, key, status)
    if early is not None:  # a press on an offer made before: the rule every path asks
        return Refusal(f"{early.line} {UNCHANGED}")
    what = note_needed(status)
    if what and not says_something(note):
        current = desk.repo.current(key, target.agency)
        # the status stands already: what is new is a note, asked for, as when it was set
        # (ux28 #9: the officer's next sentence was answered as a question, nothing kept)
        again = current.note if repeats(current, status, note) and current else None
        assert caller.chat_id is not None
        prompt = NotePrompt(key, target.agency, status)
        prompts.wait_for(desk, caller.chat_id, caller.user_id, prompt)
        whose = target.agency if target.behalf else None
        return NoteAsked(key, status, what, whose, again)
    # a repeat is refused there; `sent_on`: the day the unit said it sent it (sent_days.py)
    saved = save(desk, caller, key, target, status, note, sent_on)
    if chosen is not None and isinstance(saved, Recorded):
        saved = replace(saved, said="\n".join(filter(None, [chosen.rest, saved.said])))
    return saved


def sent_ahead(
    desk: Desk, caller: Caller, key: str, target: Target, status: Status, note: str = ""
) -> Offered | Refusal | None:
    """ "đã nộp" by a recurring task's bare id just after its last occurrence was sent
    (rules/progress.py `sent_already`): not written; the next occurrence is offered instead
    (to an admin writing for the unit, its command: the button would not carry the unit)."""
    if status != Status.HOAN_THANH:
        return None
    marks, today, agency = desk.statuses().marks, desk.clock.today(), target.agency
    sent = sent_already(desk.catalogue, desk.province, key, agency, marks, today)
    if sent is None:
        return None
    following = sent.following or occurrence_for(desk, key, agency)
    early = early_done(desk, following, status)
    if early is not None:  # the next period cannot be written today (u47 #2): when it can
        unit = agency if target.behalf else ""
        then = offers.code(offers.capnhat_line(following, "đã nộp", unit))
        whose = esc(agency) if target.behalf else f"hạn {fmt_date(sent.due)}"
        return Refusal(
            f"{key_tag(sent.key)} ({whose}) đã ghi Hoàn thành ngày "
            f"{fmt_date(sent.on)}; không ghi lại.\n{early.line} Từ ngày đó, nếu đã nộp: {then}. "
            f"{UNCHANGED}"
        )
    if target.behalf:
        next_one = offers.code(offers.capnhat_line(following, "đã nộp", agency))
        return Refusal(
            f"{key_tag(sent.key)} ({esc(agency)}) đã ghi Hoàn thành ngày {fmt_date(sent.on)}; "
            f"không ghi lại. Kỳ sau: {next_one}."
        )
    assert caller.chat_id is not None
    offer = Offer(following, status, note[:MAX_NOTE])
    prompts.wait_for(
        desk, caller.chat_id, caller.user_id, OfferPrompt(following, status, offer.note)
    )
    title = item_title(desk.catalogue, desk.province, following)
    return Offered(offer, title, sent, task=desk.province.task_at(following) is not None)


STALE_DAYS = 60  # a bare id's occurrence older than this beside a current one is asked about


def _when(due: date, today: date) -> str:
    days = days_between(today, due)
    if days == 0:
        return "hạn hôm nay"
    if days > 0:
        return f"hạn {fmt_due(due)}, còn {days} ngày"
    return f"hạn {fmt_due(due)}, quá hạn {-days} ngày"


def stale_occurrence(
    desk: Desk, bare: str, key: str, target: Target, status: Status, note: str
) -> Refusal | None:
    """A recurring task's bare id that settles an occurrence long past (the oldest still owed,
    "kh-monthly-sync" on 1/12/2021 is T12/2020) while a later one is current: not written in
    silence; each of the two occurrences' exact line, to choose (ux21 #7)."""
    found = desk.province.task_at(key)
    if key == bare or found is None:
        return None
    task, due = found
    if due is None:
        return None
    today = desk.clock.today()
    if (today - due).days <= STALE_DAYS:
        return None
    # the current period: the latest occurrence due by a week from today
    later = task.occurrences(due + timedelta(days=1), today + timedelta(days=7))
    if not later:
        return None
    current = later[-1]
    unit = target.agency if target.behalf else ""
    said = f"{status.label.lower()} {note}".strip()
    lines = [
        f"• {key_tag(task.key_of(d))} ({label(task, d)}, {_when(d, today)}): "
        + offers.code(offers.capnhat_line(task.key_of(d), said, unit))
        for d in (due, current)
    ]
    return Refusal(
        f"{esc(bare)}: kỳ cũ nhất còn nợ là {key_tag(key)}, không phải kỳ hiện tại. Bạn muốn "
        "ghi kỳ nào? Gõ lại một dòng:\n" + "\n".join(lines) + f"\n{UNCHANGED}"
    )


def save(
    desk: Desk,
    caller: Caller,
    key: str,
    target: Target,
    status: Status,
    note: str,
    sent_on: date | None = None,
) -> Recorded | Refusal:
    note = note[:MAX_NOTE]
    outside = outside_bot(desk, key, target.agency, status)  # read before the write
    current = desk.repo.current(key, target.agency)
    was = _was(desk, key, target.agency, current.new if current is not None else None)

    def unless(current: Change | None) -> bool:
        # done again with another day sent corrects the day (appended, undone as any write)
        return repeats(current, status, note) and corrected_day(current, status, sent_on) is None

    change = desk.repo.record_unless(
        key,
        target.agency,
        status,
        note,
        caller.user_id,
        desk.clock.now(),
        unless,
        caller.writer if target.behalf else None,
        sent_on,
    )
    if change is None:
        return Refusal(already(key, status, target.agency if target.behalf else None))
    record_told(desk, change)  # written for the unit: its officers told (ux29 #2)
    before = desk.repo.before(change)
    day_was = corrected_day(before, status, sent_on) if sent_on else None
    return Recorded(
        change,
        note_was=replaced_note(before, change),
        outside=outside if day_was is None else None,
        late=done_late(desk, key, target.agency, status),
        day_was=day_was,
        title=task_title(desk, key),
        was=was,
    )


def done_late(desk: Desk, key: str, agency: str, status: Status) -> str:
    """A write of done after the deadline that applies ("ghi thay" a day after 20/5): the
    receipt's line saying how late, as the standing rule counts it for every view; "" else."""
    if status != Status.HOAN_THANH:
        return ""
    found, milestone = _row_standing(desk, key, agency)
    return late_done_line(found, milestone) if found is not None else ""


def _row_standing(desk: Desk, key: str, agency: str) -> tuple[Standing | None, date | None]:
    """Where the unit stands on what `key` names, by the rule of every view: a row's milestone
    key (`406-39@2021-05-31`) the row's, with the milestone's date; else the key's own."""
    catalogue, marks, today = desk.catalogue, desk.statuses().marks, desk.clock.today()
    row, milestone = split_key(key)
    if milestone is None or row not in desk.province.assignments:
        row, milestone = key, None  # a task's occurrence is a unit of its own
    found = standing_of(catalogue, desk.province, row, agency, marks, today)
    return (found if found is not None and found.key == row else None), milestone


def _was(desk: Desk, key: str, agency: str, change_old: Status | None) -> Status | None:
    """The status a row stood at before a write, as /tiendo said it, when the change's own
    old status says another: a row of several milestones with one met is "Đang thực hiện",
    though the row's own status was never written (ux28 #5)."""
    found, _ = _row_standing(desk, key, agency)
    if found is None or not found.milestones:
        return None
    code = Status(found.code)
    return code if code != (change_old or Status.CHUA_BAT_DAU) else None
