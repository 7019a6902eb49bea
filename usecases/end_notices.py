"""The units told when the coordinator ends, or reopens, the tracking of a task or of one of its
periods ("Kết thúc theo dõi", usecases/task_ends.py): the units that had not sent it were being
chased, and from the press on they are not, or are again. They hear it as a published letter's
units do (usecases/letter_notices.py): one entry a chat in the reminder log, recorded inside the
change's unit of work, delivered by the reminders' delivery (retried, a blocked chat marked,
nothing sent twice), and dropped at send time when the change no longer stands (an end undone
within its 10 minutes is never announced). Officers with reminders on, not the groups.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from db.delivery_log import ENDED, REOPENED, notice_key
from db.models import DeliveryState
from db.reminder_repo import Owed
from knowledge.catalogue.key_lists import join_keys
from knowledge.catalogue.model import Task
from knowledge.catalogue.occurrence_names import label
from knowledge.render.task_end_text import EndedItem, end_notice, end_told
from knowledge.rules.progress import occurrence_standings
from knowledge.rules.standing import State
from usecases.deadline_now import now_said
from usecases.desk import Desk
from usecases.runner import use_case

SETTLED = (State.DONE, State.CLOSED)


@dataclass(frozen=True)
class EndAnnounced:
    tag: str
    version: int
    units: tuple[str, ...]  # the units concerned (whether or not an officer could be told)
    recorded: int


@dataclass(frozen=True)
class EndTold:
    told: int  # officers reached
    units: int  # units with an officer reached
    waiting: int
    blocked: int


def _concerned(task: Task, due: date | None, desk: Desk) -> list[str]:
    """The units an end of this task (or of its period `due`) changes anything for: a period,
    those that had not sent it; a whole task, every addressee (its later periods stop)."""
    if due is None:
        return list(task.addressees)
    marks, today = desk.statuses().marks, desk.clock.today()
    found = occurrence_standings(task, due, marks, today)
    return [s.agency for s in found if s.state not in SETTLED]


def announce_end(desk: Desk, ids: list[str], reopen: bool, version: int) -> EndAnnounced:
    """Inside the end's (or the reopening's) use case: one entry per officer's chat of each unit
    concerned, its keys the tasks or periods acted on."""
    tag = REOPENED if reopen else ENDED
    slug, now = desk.config.province, desk.clock.now()
    owed: dict[str, list[str]] = {}
    for key in ids:
        found = desk.province.task_at(key)
        if found is None:
            continue
        for unit in _concerned(*found, desk):
            owed.setdefault(unit, []).append(key)
    chats = desk.reminders.recipients(groups=False)
    entries = [
        {
            "uniq": notice_key(slug, tag, 0, version, unit, chat),
            "chat_id": chat,
            "day": now.date(),
            "agency": unit,
            "due": now.date(),
            "offset": 0,
            "keys": join_keys(tuple(keys)),
        }
        for unit, keys in owed.items()
        for chat in chats.get(unit, [])
    ]
    recorded = desk.reminders.record(entries, now)
    return EndAnnounced(tag, version, tuple(owed), recorded)


@use_case(writes=False)
def report(desk: Desk, announced: EndAnnounced) -> EndTold:
    """Who an end's notices reached, once delivered."""
    rows = desk.reminders.tagged(announced.tag, announced.version)
    sent = [r for r in rows if r.state == DeliveryState.SENT]
    settled = (DeliveryState.SENT, DeliveryState.BLOCKED, DeliveryState.DROPPED)
    return EndTold(
        len(sent),
        len({r.agency for r in sent}),
        sum(r.state not in settled for r in rows),
        sum(r.state == DeliveryState.BLOCKED for r in rows),
    )


@use_case(writes=False)
def told_line(desk: Desk, announced: EndAnnounced) -> str:
    """Whom an end's (or a reopening's) notices reached, as the coordinator's reply says it."""
    found = report(desk, announced)
    return end_told(found.told, found.units, found.waiting, found.blocked)


@use_case(front=True)
async def tell_now(desk: Desk, announced: EndAnnounced) -> str:
    """An end (or a reopening) told to its units at once, from the chat and the page alike (the
    page's left it to a later tick: u31), then whom it reached."""
    if announced.recorded and desk.deliver_owed is not None:
        await desk.deliver_owed()
    return await desk.run(told_line, announced)


def _item(desk: Desk, key: str, unit: str, reopen: bool) -> EndedItem | None:
    province, today = desk.province, desk.clock.today()
    found = province.task_at(key)
    if found is None:
        return None
    task, due = found
    name = task.form or task.title[:80]
    # reopened: what is tracked again and by when, from the date in force (usecases/deadline_now)
    now = now_said(desk, key, unit) if reopen else ""
    if due is None:
        return EndedItem(key, name, whole_recurring=task.recurring, now=now)
    later = [d for d in task.occurrences(today, date(today.year + 3, 12, 31)) if d > due]
    next_due = later[0] if later else None
    return EndedItem(key, name, label(task, due), next_due=next_due, now=now)


def text_for(desk: Desk, item: Owed) -> str | None:
    """At send time, the notice of an end or a reopening; None when it no longer stands (the
    end undone before it went, or the task ended again since a reopening)."""
    province = desk.province
    reopen = item.notice == REOPENED
    standing = []
    for key in item.keys:
        found = province.task_at(key)
        if found is None:
            continue
        task, due = found
        ended = task.ended if due is None else task.ended_on(due)
        if (ended is None) == reopen:
            standing.append(key)
    made = (_item(desk, k, item.agency, reopen) for k in standing)
    items = [i for i in made if i is not None]
    if not items:
        return None
    return end_notice(province.coordinator, item.agency, items, reopen)
