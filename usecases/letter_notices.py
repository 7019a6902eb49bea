"""A published letter told to the units that must act on it, through the reminder log
(db/delivery_log.py), so its delivery is the reminders': recorded before anything is sent, one
entry per officer's chat under a unique key, claimed, retried after a 429 or a timeout, a chat
that blocked the bot (403) marked and never retried, nothing owed lost across a restart.

When the letters in force change (a publication, its "Hoàn tác", a withdrawal, a rollback),
`announce` records, inside that change's unit of work:
- for each letter now in force that was not: one notice to each approved officer (reminders on,
  chat reachable) of every unit that owes or supports one of its tasks;
- for each letter no longer in force: the word that it was taken back, to each approved
  officer now of every unit told of it (and not told of a retraction since): not to an officer
  revoked since, who was told once at /thuhoi, and to an officer approved since, who saw the
  tasks in the reminders.
A word recorded for an officer revoked before it went is dropped at send time.
The notice is sent at once, not held back until the 10 minutes of the publication's "Hoàn tác"
are over: the coordinator's confirmation says who was actually reached (and who was not), a
unit hears of its task the minute it exists, and the rare undo is said to those told; a notice
still unsent when the letter left force (or a retraction when it came back) is dropped at send
time (`texts_for`), so no unit is told of a task that is not tracked.

Each change records its own entries (the version is in the key), so one word may be owed twice
to a chat: a notice stuck retrying after a 429 when the letter is undone and published again,
beside the new publication's notice. At send time a word is said once per (letter, unit, chat,
kind): not when a newer entry of the same kind is owed or sent there, nor when the last word
that chat was sent about the letter is already of that kind (told, and not retracted since).
"""

from __future__ import annotations

from dataclasses import dataclass

from db.delivery_log import (
    NOTICE,
    RETRACT,
    notice_key,
    notice_of,
)
from db.models import DeliveryState, ReminderLog
from db.reminder_repo import Owed
from knowledge.calendar.hours import dated
from knowledge.catalogue.key_lists import join_keys, split_keys
from knowledge.catalogue.model import Province, Task
from knowledge.letters.publish import Published, document_of
from knowledge.render.answers import clip
from knowledge.render.letter_notice import (
    SENT_ALREADY,
    NoticeTask,
    back_line,
    notice_message,
    restored_message,
    retract_message,
)
from knowledge.render.letter_text import published_when
from knowledge.rules.progress import standing_of
from knowledge.rules.standing import State
from usecases.deadline_now import now_said
from usecases.desk import Desk
from usecases.runner import use_case
from usecases.told_words import OWN_WORDS, QUIET_TOO


@dataclass(frozen=True)
class Announced:
    """What a change of the letters in force recorded to tell the units."""

    version: int  # the version of the letters it made
    letters: tuple[int, ...]  # the letters newly in force (their notices)
    units: tuple[str, ...]  # the units owing or supporting their tasks
    retracted: tuple[int, ...]  # the letters taken back
    recorded: int  # entries written to the log

    @property
    def owed(self) -> bool:
        return self.recorded > 0


@dataclass(frozen=True)
class NoticeReport:
    """Who a change's notices reached, read after the delivery."""

    told: dict[str, int]  # unit -> officers reached
    waiting: int  # still owed (a retry later)
    blocked: int  # chats that blocked the bot
    unreached: tuple[str, ...]  # units with approved officers, none reached
    no_officer: tuple[str, ...]  # units with no approved officer, owing a task
    retracted: int  # officers told a letter was taken back
    # units with no approved officer that only support the tasks: to be told, owing nothing
    no_officer_support: tuple[str, ...] = ()


def in_force_ids(desk: Desk) -> set[int]:
    assert desk.letters is not None
    return {p.id for p in desk.letters.in_force()}


def _owing(province: Province, letters: tuple[int, ...], desk: Desk) -> set[str]:
    """The units that owe a task of these letters; the others they name only support them
    (Viễn thông Tuyên Quang). The letters in force read once, not once per unit."""
    assert desk.letters is not None
    ids = [task_id for p in desk.letters.in_force() if p.id in letters for task_id, _ in p.tasks]
    return {unit for t in map(province.task, ids) if t is not None for unit in t.addressees}


def _roles(province: Province, published: Published) -> dict[str, list[str]]:
    """unit -> the letter's task ids it owes or supports, in the letter's order."""
    found: dict[str, list[str]] = {}
    for task_id, _ in published.tasks:
        task = province.task(task_id)
        if task is None or task.ended is not None:
            continue
        for unit in (*task.addressees, *task.supporting):
            ids = found.setdefault(unit, [])
            if task_id not in ids:
                ids.append(task_id)
    return found


def _believed(rows: list[ReminderLog]) -> dict[tuple[int, str, int], tuple[str, ...]]:
    """(letter, unit, chat) -> task ids, for each chat whose latest word of a letter is a
    notice it was sent (or is being sent)."""
    latest: dict[tuple[int, str, int], ReminderLog] = {}
    for row in rows:
        tag, letter = notice_of(row.uniq)
        if letter is None:
            continue
        if tag == NOTICE and row.state not in (DeliveryState.SENT, DeliveryState.SENDING):
            continue
        latest[(letter, row.agency, row.chat_id)] = row  # rows come oldest first
    return {
        key: split_keys(row.keys)
        for key, row in latest.items()
        if notice_of(row.uniq)[0] == NOTICE
    }


def announce(desk: Desk, before: set[int]) -> Announced:
    """Inside the use case that changed the letters in force (`before`: the ids in force until
    then): the notices and retractions it owes, recorded."""
    assert desk.letters is not None
    letters = desk.letters
    province, slug = desk.province, desk.config.province
    version = letters.in_force_number()
    now = desk.clock.now()
    in_force = {p.id: p for p in letters.in_force()}
    new = [p for lid, p in in_force.items() if lid not in before]
    gone = sorted(lid for lid in before if lid not in in_force)
    entries: list[dict] = []

    def entry(tag: str, letter: int, unit: str, chat: int, keys: tuple[str, ...]) -> dict:
        return {
            "uniq": notice_key(slug, tag, letter, version, unit, chat),
            "chat_id": chat,
            "day": now.date(),
            "agency": unit,
            "due": now.date(),
            "offset": 0,
            "keys": join_keys(keys),
        }

    units: list[str] = []
    if new:
        chats = desk.reminders.recipients(groups=False)
        for published in new:
            for unit, owned in _roles(province, published).items():
                units.append(unit)
                for chat in chats.get(unit, []):
                    entries.append(entry(NOTICE, published.id, unit, chat, tuple(owned)))
    current = desk.reminders.recipients(groups=False) if gone else {}
    for letter in gone:
        # the unit was told: its officers now hear it was taken back, not a chat whose officer
        # left the unit since (revoked), and the officer approved since too (ux28 #7)
        told: dict[str, tuple[str, ...]] = {}
        for (_, unit, _chat), keys in _believed(desk.reminders.notices(letter)).items():
            told[unit] = tuple(dict.fromkeys((*told.get(unit, ()), *keys)))
        for unit, keys in told.items():
            for chat in current.get(unit, []):
                entries.append(entry(RETRACT, letter, unit, chat, keys))
    recorded = desk.reminders.record(entries, now)
    return Announced(
        version,
        tuple(p.id for p in new),
        tuple(dict.fromkeys(units)),
        tuple(gone),
        recorded,
    )


@use_case(writes=False)
def report(desk: Desk, announced: Announced) -> NoticeReport:
    """Who the notices of that change reached, once delivered (what failed is owed again)."""
    rows = [
        r
        for r in desk.reminders.notices()
        if r.uniq.split("|")[3] == str(announced.version)
        and notice_of(r.uniq)[1] in (*announced.letters, *announced.retracted)
    ]
    notices = [r for r in rows if notice_of(r.uniq)[0] == NOTICE]
    told: dict[str, int] = {}
    for r in notices:
        if r.state == DeliveryState.SENT or (r.state == DeliveryState.DROPPED and _knows(desk, r)):
            told[r.agency] = told.get(r.agency, 0) + 1
    blocked = sum(r.state == DeliveryState.BLOCKED for r in notices)
    settled = (DeliveryState.SENT, DeliveryState.BLOCKED, DeliveryState.DROPPED)
    waiting = sum(r.state not in settled for r in notices)
    approved = desk.reminders.approved_units()
    pending = {r.agency for r in notices if r.state not in settled}
    unreached = tuple(
        u for u in announced.units if u in approved and u not in told and u not in pending
    )
    silent = [u for u in announced.units if u not in approved]
    owing = _owing(desk.province, announced.letters, desk) if silent else set()
    only = {u for u in silent if u not in owing}
    no_officer = tuple(u for u in silent if u not in only)
    no_officer_support = tuple(u for u in silent if u in only)
    retracted = sum(
        notice_of(r.uniq)[0] == RETRACT and r.state == DeliveryState.SENT for r in rows
    )
    return NoticeReport(
        told, waiting, blocked, unreached, no_officer, retracted, no_officer_support
    )


def _task_of(province: Province, published: Published, task_id: str) -> NoticeTask | None:
    task: Task | None = province.task(task_id)
    drafted = dict(published.tasks).get(task_id)
    if task is None or drafted is None or task.ended is not None:
        return None
    # a one-off date with the hour the letter ends it at, as /nopbai says it
    when = dated(task.due, task.deadline_text) if task.due else published_when(drafted)
    return NoticeTask(task, when)


@use_case(writes=False)
def texts_for(desk: Desk, items: list[Owed]) -> list[tuple[int, str | None]]:
    """At send time, each notice's or retraction's message (None: nothing to say any more — a
    notice of a letter no longer in force, a retraction of one in force again)."""
    assert desk.letters is not None
    province = desk.province
    in_force = {p.id: p for p in desk.letters.in_force()}
    out: list[tuple[int, str | None]] = []
    logged: dict[int, list[ReminderLog]] = {}
    current = desk.reminders.recipients(groups=False)
    quiet = desk.reminders.recipients(groups=False, quiet_too=True)  # "ghi thay": a record
    for item in items:
        if item.chat_id not in (quiet if item.notice in QUIET_TOO else current).get(
            item.agency, []
        ):
            # its officer left the unit (revoked) since it was recorded: told at /thuhoi once
            out.append((item.id, None))
            continue
        said = OWN_WORDS.get(item.notice)
        if said is not None:  # a word of its own kind, made by the module that records it
            out.append((item.id, said(desk, item)))
            continue
        letter = item.letter
        published = in_force.get(letter) if letter is not None else None
        if letter is not None and letter not in logged:
            logged[letter] = desk.reminders.notices(letter)
        if letter is None or _says_again(logged[letter], item.id, item):
            out.append((item.id, None))  # said already, or said by a newer entry
            continue
        if item.notice == NOTICE:
            if published is None:
                out.append((item.id, None))
                continue
            found = [_task_of(province, published, k) for k in item.keys]
            tasks = [t for t in found if t is not None]
            owed = [t for t in tasks if item.agency in t.task.addressees]
            supported = [t for t in tasks if t not in owed and item.agency in t.task.supporting]
            if not owed and not supported:
                out.append((item.id, None))
                continue
            title = _title(published)
            if _told_then_taken_back(logged[letter], item):
                # its withdrawal undone, or the letter published again as it was: the chat
                # was told that it was taken back; only that it stands again
                lines = [_back(desk, t, item.agency, t in owed) for t in [*owed, *supported]]
                out.append((item.id, restored_message(province, item.agency, title, lines)))
                continue
            subject = document_of(published).subject
            sent = [t for t in owed if _sent(desk, t.task.id, item.agency)]
            text = notice_message(province, item.agency, title, subject, owed, supported, sent)
            out.append((item.id, text))
            continue
        stored = desk.letters.letter(letter)
        if published is not None or stored is None:
            out.append((item.id, None))
            continue
        title = _title(Published(stored.id, stored.file_name, stored.draft.letter, ()))
        out.append((item.id, retract_message(province, item.agency, title, item.keys)))
    return out


def _back(desk: Desk, t: NoticeTask, unit: str, owes: bool) -> str:
    """A task of a letter in force again, with the deadline in force now for the unit."""
    task = t.task
    name = task.form or clip(task.title, 80)
    if not owes:
        return back_line(task.id, name, "phối hợp (không phải nộp)")
    if _sent(desk, task.id, unit):  # not asked to send again what it sent (ux28 #7)
        return back_line(task.id, name, SENT_ALREADY)
    return back_line(task.id, name, now_said(desk, task.id, unit))


def _sent(desk: Desk, task_id: str, unit: str) -> bool:
    """The unit has sent (done) the task, by the standing rule every view uses."""
    catalogue, marks = desk.catalogue, desk.statuses().marks
    standing = standing_of(catalogue, desk.province, task_id, unit, marks, desk.clock.today())
    return standing is not None and standing.state == State.DONE


def _told_then_taken_back(rows: list[ReminderLog], item: Owed) -> bool:
    """The last word sent to the chat about the letter was its retraction, of the same tasks
    (after its notice, or to an officer approved after the notice went to the unit)."""
    sent = [
        r
        for r in rows
        if r.chat_id == item.chat_id
        and r.agency == item.agency
        and r.id != item.id
        and r.state == DeliveryState.SENT
    ]
    if not sent:
        return False
    last = sent[-1]
    return notice_of(last.uniq)[0] == RETRACT and set(split_keys(last.keys)) == set(item.keys)


def _knows(desk: Desk, row: ReminderLog) -> bool:
    """A notice dropped at send time whose chat had been told of the letter by an earlier one
    (and not told since that it was taken back): reached all the same."""
    letter = notice_of(row.uniq)[1]
    last = None
    for r in desk.reminders.notices(letter):
        if r.chat_id == row.chat_id and r.agency == row.agency and r.state == DeliveryState.SENT:
            last = notice_of(r.uniq)[0]
    return last == NOTICE


# what a newer entry of the same word may be in for an older one to give way to it
_SPEAKING = (DeliveryState.PENDING, DeliveryState.SENDING, DeliveryState.RETRY, DeliveryState.SENT)


def _says_again(rows: list[ReminderLog], row_id: int, item: Owed) -> bool:
    """Whether this word (notice or retraction) about the letter would say to the chat again
    what it was told: the last word sent there about it is of the same kind (a retraction goes
    only where the notice went: `None` before any notice is "taken back" already), or a newer
    entry of the same kind is owed or sent there (that one speaks)."""
    same = [r for r in rows if r.chat_id == item.chat_id and r.agency == item.agency]
    last = None
    for r in same:  # oldest first
        if r.id != row_id and r.state == DeliveryState.SENT:
            last = notice_of(r.uniq)[0]
    if last == item.notice or (
        last is None and item.notice == RETRACT and not _unit_told(rows, item)
    ):
        # a chat never told hears of the retraction only when another chat of its unit was
        # told of the letter (an officer approved since); a notice dropped unsent told no one
        return True
    return any(
        r.id > row_id and notice_of(r.uniq)[0] == item.notice and r.state in _SPEAKING
        for r in same
    )


def _unit_told(rows: list[ReminderLog], item: Owed) -> bool:
    """Another chat of the unit was sent the letter's notice."""
    return any(
        r.agency == item.agency
        and r.chat_id != item.chat_id
        and notice_of(r.uniq)[0] == NOTICE
        and r.state == DeliveryState.SENT
        for r in rows
    )


def _title(published: Published) -> str:
    """ "Công văn số 618/STTTT-CNTT ngày 6/9/2021 của …", without the coordinator's file name."""
    return document_of(published).title.removesuffix(f" ({published.file_name})")
