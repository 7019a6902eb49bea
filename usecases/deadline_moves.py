"""The coordinator moves the deadline of a task already tracked ("Đổi hạn"): a one-off task's, or
one occurrence's of a recurring task (`/doihan tq-2021-10-11 22/10/2021`, `/doihan
tq-2021-12-20 T12/2021 27/12/2021`), or an extension letter published (usecases/publishing.py,
knowledge/letters/extension.py) does it for the task the letter cites.

Like an end of tracking, a move is a new version of the province's letters (db/letter_repo.py:
each version carries every moved deadline), so it is logged append-only, listed in the history,
undone by "Hoàn tác" within 10 minutes (`publishing.undo_version`) and rolled back with the
rest; every view reads the task's date from the one catalogue built on that version
(knowledge/letters/moves.py). The key a task or occurrence is tracked under stays, so what was
reported or sent for it stays counted. Nothing is written before the coordinator presses the
confirmation; the units that still owe it are told the new date through the reminder log.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from db.delivery_log import MOVED, Owed, notice_key
from db.reminded_days import reminded_days
from knowledge.calendar.deadlines import fmt_date
from knowledge.calendar.hours import due_hour
from knowledge.calendar.yearless import typed_day
from knowledge.catalogue.key_lists import join_keys
from knowledge.catalogue.model import Task, split_key
from knowledge.catalogue.occurrence_names import short_key, titled
from knowledge.letters import dates
from knowledge.letters.letter_days import letter_day
from knowledge.letters.moves import Move, move_text
from knowledge.render.answers import esc
from knowledge.render.deadline_move_text import MoveTold, move_notice
from knowledge.render.task_names import clipped
from knowledge.rules.move_effects import NO_EFFECT, MoveEffect, move_effect
from knowledge.rules.progress import standing_of
from knowledge.rules.standing import CLOSED_STATUS, DONE_STATUS, State
from usecases.callers import Caller
from usecases.deadline_history import DOIHAN, walk
from usecases.deadline_now import occurrence_due
from usecases.desk import Desk
from usecases.results import Refusal
from usecases.runner import use_case
from usecases.task_naming import named_task

PLAN_TITLE = 80  # an occurrence's title, cut so that its month stays in the plan's line
ADMINS_ONLY = "Chỉ quản trị viên đổi hạn nhiệm vụ. Không có gì thay đổi."
USAGE = (
    "Cách dùng: <code>/doihan &lt;mã nhiệm vụ&gt; &lt;hạn mới&gt;</code>, ví dụ "
    "<code>/doihan tq-2021-10-11 22/10/2021</code>, "
    "<code>/doihan tq-2021-10-11 trước 17 giờ 00 ngày 22/10/2021</code>; một kỳ của nhiệm vụ "
    "định kỳ: <code>/doihan tq-2021-12-20 T12/2021 27/12/2021</code>. Không có gì thay đổi."
)
STALE = (
    "Đã có thay đổi mới hơn về công văn hay hạn nhiệm vụ: gõ lại lệnh /doihan. "
    "Không có gì thay đổi."
)
# the date typed without its trigger ("22/10/2021"): the last one in the line is the new date
_BARE_DATE = re.compile(
    r"(?<![\d/.-])(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?(?![\d/])"
)
# a year typed with the new date ("22/10/2021", "năm 2021"): without one, the task's year
_YEAR = re.compile(r"\d{4}")
# the words between the task and its new date: "hạn", "thành", "đến", "sang", an arrow
_JOINERS = re.compile(r"(?:\s|[:→>=-]|\b(?:hạn|han|mới|moi|thành|thanh|đến|den|sang|là|la)\b)+$")


@dataclass(frozen=True)
class MovePlan:
    """What the press would change: the task or occurrence, its date now and the new one."""

    key: str  # task id, or an occurrence's raw key
    shown: str  # the id, or the occurrence's short key ("tq-2021-12-20 T12/2021")
    title: str
    form: str
    move: Move
    owing: tuple[str, ...]  # units that have not sent it (told the new date)
    done: int  # units that sent it (stays counted)
    current: int  # the letters' version the plan was made on
    hour: str  # "17 giờ 00" when the new date ends at an hour
    # the new date already passed: who turns late at once (asked again before it is written)
    effect: MoveEffect = NO_EFFECT


@dataclass(frozen=True)
class DeadlineMoved:
    plan: MovePlan
    number: int  # the new version
    recorded: int  # notices recorded to the units' officers


@dataclass(frozen=True)
class PastAsked:
    """The first press on a move to a date already passed: nothing written, nobody told; the
    coordinator is asked again, with how many units would turn late at once (ux24 #4)."""

    plan: MovePlan


def _split(text: str, year: int) -> tuple[str, date, str, bool] | str:
    """(what names the task, the new date, its hour, whether its year was typed) of the
    command's text, or a refusal."""
    found = [f for f in dates.deadlines(text, year) if f.due is not None or f.error]
    if found:
        last = found[-1]
        if last.due is None:
            return last.error
        typed = bool(_YEAR.search(text[last.start :]))
        return text[: last.start], last.due, due_hour(last.text), typed
    bare = list(_BARE_DATE.finditer(text))
    if not bare:
        return USAGE
    m = bare[-1]
    got = dates.deadlines(f"trước ngày {m.group(0)}", year)
    if not got or got[0].due is None:
        return (got[0].error if got else "") or USAGE
    return text[: m.start()], got[0].due, "", m.group(3) is not None


def _target(desk: Desk, text: str) -> tuple[Task, date | None] | None:
    """The task (and, for a recurring one, the occurrence's scheduled date) the words name, as
    /ketthuc reads them (usecases/task_naming.py)."""
    return named_task(desk, text)


def _plan(desk: Desk, caller: Caller, text: str) -> MovePlan | Refusal:
    if not caller.is_admin or desk.letters is None:
        return Refusal(ADMINS_ONLY)
    text = " ".join(text.split())
    if not text:
        return Refusal(USAGE)
    today = desk.clock.today()
    split = _split(text, today.year)
    if isinstance(split, str):
        return Refusal(split if split == USAGE else f"{esc(split)}. {USAGE}")
    named, due, hour, typed = split
    named = _JOINERS.sub("", named).strip()
    found = _target(desk, named) if named else None
    if found is None:
        return Refusal(
            f"Không thấy nhiệm vụ “{esc(named[:80])}” đang theo dõi (gõ mã nhiệm vụ như trong "
            f"/congvan). {USAGE}"
        )
    task, scheduled = found
    if task.ended is not None:
        return Refusal(
            f"Nhiệm vụ {esc(task.id)} đã kết thúc theo dõi ngày {fmt_date(task.ended)}: mở lại "
            f"(/molai {esc(task.id)}) rồi đổi hạn. Không có gì thay đổi."
        )
    if task.recurring and scheduled is None:
        upcoming = task.next_due(today)
        example = short_key(task.key_of(upcoming)) if upcoming else f"{task.id} T1/2022"
        return Refusal(
            f"{esc(task.id)} là nhiệm vụ định kỳ: ghi kỳ cần đổi hạn, ví dụ "
            f"<code>/doihan {esc(example)} {fmt_date(upcoming or today)}</code>. "
            "Không có gì thay đổi."
        )
    was: date | None = task.due
    key, was_text = task.id, task.deadline_text
    if scheduled is not None:
        key, was = task.key_of(scheduled), occurrence_due(task, scheduled)
        was_text = fmt_date(was)
    assert was is not None
    if not typed:  # "/doihan … 30/6": the day in the task's year (knowledge/calendar/yearless)
        due = typed_day(due.day, due.month, None, was) or due
    if due == was:
        return Refusal(f"Hạn của {esc(key)} đã là {fmt_date(due)}. Không có gì thay đổi.")
    dated = letter_day(task, desk.letters.in_force())
    if dated is not None and due < dated:
        return Refusal(
            f"Hạn mới {fmt_date(due)} trước ngày của công văn giao {esc(key)} "
            f"({fmt_date(dated)}): gõ lại ngày. Không có gì thay đổi."
        )
    # old -> new as every view says it now (a move before this one, or the letter's date)
    move = Move(due, move_text(due, hour), was, was_text)
    owing = _owing(desk, task, key)
    done = len(task.addressees) - len(owing)
    shown = short_key(key) if scheduled is not None else key
    current = desk.letters.in_force_number()
    # an occurrence's title with its month ("… — tháng 7/2021"), confirmed before the press
    title = titled(task, scheduled, clipped(task.title, PLAN_TITLE)) if scheduled else task.title
    effect = move_effect(task, key, was, due, desk.statuses().marks, today)
    return MovePlan(key, shown, title, task.form, move, owing, done, current, hour, effect)


@use_case(writes=False)
def plan_move(desk: Desk, caller: Caller, text: str) -> MovePlan | Refusal:
    """`/doihan <task> <date>`: what the press would change, nothing written."""
    return _plan(desk, caller, text)


@use_case(writes=True)
def move_deadline(
    desk: Desk,
    caller: Caller,
    key: str,
    due: date,
    hour: str,
    current: int,
    past_ok: bool = False,
) -> DeadlineMoved | PastAsked | Refusal:
    """The confirmation pressed: the deadline moved as a new version, while the letters are as
    they were when it was shown; the units that still owe it told. A date already passed is
    asked again first (`past_ok`: the second press), nothing written or told before it."""
    if not caller.is_admin or desk.letters is None:
        return Refusal(ADMINS_ONLY)
    if current != desk.letters.in_force_number():
        return Refusal(STALE)
    plan = _plan(desk, caller, f"{key} {fmt_date(due)}")
    if isinstance(plan, Refusal):
        return plan
    plan = MovePlan(
        plan.key,
        plan.shown,
        plan.title,
        plan.form,
        Move(due, move_text(due, hour), plan.move.was, plan.move.was_text),
        plan.owing,
        plan.done,
        plan.current,
        hour,
        plan.effect,
    )
    if plan.effect.past and not past_ok:
        return PastAsked(plan)
    version = desk.letters.move(plan.key, plan.move, desk.clock.now(), caller.user_id)
    desk.sync_table(force=True)
    # those that sent it after the new date turn "nộp muộn": told too (ux28 #10)
    recorded = tell_owing(desk, plan.key, version.number, plan.effect.sent_late)
    return DeadlineMoved(plan, version.number, recorded)


def _owing(desk: Desk, task: Task, key: str) -> tuple[str, ...]:
    """The units that have not sent (nor were excused from) the task or occurrence `key`."""
    marks = desk.statuses().marks
    settled = {
        unit
        for unit in task.addressees
        if (mark := marks.get((key, unit))) is not None
        and mark.status in (DONE_STATUS, CLOSED_STATUS)
    }
    return tuple(u for u in task.addressees if u not in settled)


def tell_owing(desk: Desk, key: str, version: int, sent_late: tuple[str, ...] = ()) -> int:
    """Inside the use case that moved the deadline of `key` (as version `version`, already in
    force): a word of the new date recorded for each officer of the units that still owe it,
    and of those that sent it and are late by the new date (`sent_late`), delivered as the
    reminders are (its text is made at send time: `moved_notice`). How many entries were
    recorded."""
    found = desk.province.task_at(key)
    if found is None:
        return 0
    task, scheduled = found
    due = occurrence_due(task, scheduled) if scheduled is not None else task.due
    now = desk.clock.now()
    chats = desk.reminders.recipients(groups=False)
    slug = desk.config.province
    entries = [
        {
            "uniq": notice_key(slug, MOVED, version, version, unit, chat),
            "chat_id": chat,
            "day": now.date(),
            "agency": unit,
            "due": due,
            "offset": 0,
            "keys": join_keys((key,)),
        }
        for unit in dict.fromkeys((*_owing(desk, task, key), *sent_late))
        for chat in chats.get(unit, [])
    ]
    return desk.reminders.record(entries, now)


def moved_notice(desk: Desk, item: Owed) -> str | None:
    """At send time, a move's word to a unit's officer; None when the date is no longer the one
    it tells (the move undone or moved again), or the unit has sent it meanwhile."""
    key = item.keys[0] if item.keys else ""
    found = desk.province.task_at(key)
    if found is None:
        return None
    task, scheduled = found
    now = occurrence_due(task, scheduled) if scheduled is not None else task.due
    marks = desk.statuses().marks
    mark = marks.get((key, item.agency))
    if now != item.due:
        return None
    sent = None
    if mark is not None and mark.status in (DONE_STATUS, CLOSED_STATUS):
        # sent: told only when the new date makes it late (sent after it), with the days
        catalogue, today = desk.catalogue, desk.clock.today()
        standing = standing_of(catalogue, desk.province, key, item.agency, marks, today)
        if standing is None or standing.state != State.DONE or standing.late_by <= 0:
            return None
        on = standing.done_on or now + timedelta(days=standing.late_by)  # the day it was sent
        sent = (on, standing.late_by)
    move = desk.letters.moved().get(key) if desk.letters is not None else None
    text = move.text if move is not None else task.deadline_text
    was = move.was_text if move is not None else ""
    cancelled = None
    if move is None:  # a move undone or rolled back: the date it had set is cancelled
        moved = walk(desk).moves.get(split_key(key)[0], ())
        ours = [e for e in moved if e.key == key and not e.undo]
        if ours and ours[-1].how == DOIHAN and ours[-1].due not in (None, now):
            cancelled = ours[-1].due
    reminded: tuple[date, ...] = ()
    if cancelled is not None:
        reminded = tuple(reminded_days(desk.reminders, item.chat_id, key, cancelled))
    told = MoveTold(desk.clock.now().date(), cancelled, sent, reminded)
    return move_notice(desk.province, item.agency, task, key, was, text, now, told)


def moves_of(desk: Desk, key: str) -> list[str]:
    """/lichsu of a task (or an occurrence): every move of its deadline, version by version —
    "/doihan" and the extension letters published — oldest first, each old → new (an extension
    letter's said "hạn mới X" alone, ux23 #5: the date it replaced is the one in force before
    it, as the web desk tells it, usecases/deadline_history.py; a move undone by a rollback
    is a line of its own, so the last line is the date in force)."""
    task_id, on = split_key(key)
    lines: list[str] = []
    for e in walk(desk).moves.get(task_id, ()):
        if on is not None and e.key != key:
            continue
        when = f"{fmt_date(e.at.date())} {e.at:%H:%M}"
        if e.how == DOIHAN:
            who = f", quản trị {e.by}" if e.by else ""
            lines.append(f"phiên bản {e.version} ({when}, /doihan{who}): {e.change}")
        elif e.undo:  # the move taken back: the last line is the date in force (ux29 #1)
            who = f", quản trị {e.by}" if e.by else ""
            lines.append(f"phiên bản {e.version} ({when}, {e.how}{who}): {e.change}")
        else:
            gone = "" if e.in_force else ", đã thu hồi"
            lines.append(f"phiên bản {e.version} ({when}, {e.how} gia hạn{gone}): {e.change}")
    return lines
