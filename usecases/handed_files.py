"""A document the bot has no layout of, handed in as a file
(knowledge/deliverables/handed_files.py): `/nop <task>` names the task (then the file comes, or
came with the command as its caption), or the file comes as a reply to the reminder of it. Kept
as a new version of the unit's submission for the task (or for the occurrence of a recurring
task it settles), and the task is marked sent through the status history, so /nopbai, the
digest, the reminders and /tiendo see it at once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from knowledge.catalogue.model import Province, Task, split_key
from knowledge.catalogue.occurrence_names import spell_out
from knowledge.deliverables.handed_files import (
    FILE_FORM,
    accepts_file,
    file_problem,
    file_summary,
    file_tasks,
    form_words,
    may_hand_in,
    takes_files,
    unchecked_forms,
)
from knowledge.deliverables.handed_files import (
    SUFFIXES as FILE_SUFFIXES,
)
from knowledge.deliverables.lateness import lateness
from knowledge.deliverables.period_begun import Early, not_begun
from knowledge.deliverables.tracking import collects
from knowledge.render.answers import esc
from knowledge.render.task_end_text import ended_handin
from knowledge.rules.progress import standing_of
from knowledge.rules.standing import State
from knowledge.rules.statuses import Change, Status
from usecases import prompts
from usecases.behalf_files import behalf_words, prompt_unit
from usecases.behalf_told import record_told
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.drafts import BEHALF_SLOT, peek_kept
from usecases.occurrences import occurrence_for
from usecases.prompts import HandinPrompt
from usecases.results import Refusal, Refused
from usecases.runner import use_case
from usecases.task_titles import task_title
from usecases.withdrawn_tasks import withdrawn_said

RESENT_DAYS = 60  # how far back a file sent counts as one a new version may be for
RESENT_SHOWN = 3  # such tasks offered, newest first

SENT_NOTE = "Đã nộp {what} qua bot"
# a task id, or an occurrence's key, as a reminder prints it
_KEY = re.compile(r"[a-z]{1,4}-[0-9a-z-]{2,40}(?:@\d{4}-\d{2}-\d{2})?")


@dataclass(frozen=True)
class HandinAsked:
    """Nothing stored yet: the chat waits for the file."""

    key: str
    task: Task
    due: date | None
    agency: str
    behalf: bool = False  # an admin keeps the unit's file ("ghi thay")


@dataclass(frozen=True)
class FileHandedIn:
    key: str
    task: Task
    due: date | None
    agency: str
    version: int
    at_text: str  # "HH:MM dd/mm/YYYY"
    summary: str
    done: Change | None  # the task marked sent by this file (None: it was already)
    id: int = 0  # the stored version: what its "Hoàn tác" names
    replaces: bool = False  # a version was accepted before it (not one undone): it replaces that
    days_late: int = 0  # sent after the deadline: by how many days, as /nopbai counts them
    title: str = ""  # the task's short title ("Mẫu số 02 — tháng 9/2023"): the quote leads with it
    behalf: str | None = None  # "ghi thay": the admin who kept the unit's file
    early: Early | None = None  # the period it reports has not begun: said in the receipt
    # a document (.pdf, .docx) for a task whose forms the bot lays out as workbooks: those
    # forms (name, code), which this file was not checked against (u47 #4), said so
    unchecked: tuple[tuple[str, str], ...] = ()


def _takes(province: Province, task: Task, name: str | None) -> bool:
    """The task takes files (a file `name` known: takes that one, a dossier's document too)."""
    return takes_files(province, task) if name is None else accepts_file(province, task, name)


def file_task(
    desk: Desk, caller: Caller, arg: str, name: str | None = None, unit: str | None = None
) -> Task | None:
    """The task that takes files a `/nop` argument names: its id, an occurrence's key or its
    date ("20/8"), its form as printed ("mẫu số 01"), or its own words. `name`: the file's,
    when it came with the command (a dossier's .pdf for the task of BIỂU 02 too); `unit`: the
    unit an admin keeps a file for, whose tasks the words are read among."""
    agency = unit or caller.agency
    province = desk.province
    today = desk.clock.today()
    arg = spell_out(arg, province, today)  # a short occurrence key: its raw key
    key = desk.assistant.resolve_key(arg, province, today)
    found = province.task_at(key) if key else None
    if found is not None:
        return found[0] if _takes(province, found[0], name) else None
    mine = file_tasks(province, agency, name) if agency else []
    if mine:  # as `/nop <words>` reads them (usecases/nop_targets.py)
        named = desk.assistant.tasks_named(arg, today, province, agency, mine)
        if len(named.tasks) == 1:
            return named.tasks[0]
    typed = form_words(arg)
    by_form = [t for t in mine if t.form and form_words(t.form) == typed]
    if len(by_form) == 1:
        return by_form[0]
    reading = desk.assistant.understand(arg, today, province.slug, agency).reading
    task = reading.task if reading is not None and reading.intent == "task" else None
    return task if task is not None and _takes(province, task, name) else None


def target_of(
    desk: Desk, caller: Caller, key: str, name: str | None = None, unit: str | None = None
) -> tuple[str, str] | Refusal:
    """(occurrence key, unit) of a file for this task, or why not (`unit`: the unit an admin
    keeps the file for)."""
    task_id, _ = split_key(key)
    agency = may_hand_in(desk.province, caller.actor, task_id, name, unit)
    if isinstance(agency, Refusal):
        return agency
    return occurrence_for(desk, key, agency), agency


@use_case(writes=True)
def ask_for_file(
    desk: Desk, caller: Caller, named: str, unit: str | None = None
) -> HandinAsked | Refusal:
    """`/nop <task>` without a file: the chat waits for it. `named`: the task's id, or one
    occurrence's key ("báo cáo tháng 10" of a monthly task); `unit`: the unit an admin keeps
    the file for."""
    target = target_of(desk, caller, named, unit=unit)
    if isinstance(target, Refusal):
        return target
    key, agency = target
    assert caller.chat_id is not None
    prompts.wait_for(desk, caller.chat_id, caller.user_id, HandinPrompt(key, agency))
    task = desk.province.task(split_key(key)[0])
    assert task is not None
    behalf = agency != caller.agency
    return HandinAsked(key, task, split_key(key)[1] or task.due, agency, behalf)


def replied_tasks(desk: Desk, text: str, name: str | None = None) -> tuple[list[str], list[str]]:
    """The tasks a reminder (the message replied to) names that a unit hands a document in for
    (a form or a file), and of those the ones that take files (that file, when `name`)."""
    province = desk.province
    named: dict[str, bool] = {}
    # the reminder shows an occurrence by its short key: read as its raw key
    text = spell_out(text, province, desk.clock.today())
    for m in _KEY.finditer(text.lower()):
        found = province.task_at(m.group(0))
        if found is not None and collects(province, found[0]):
            named[m.group(0)] = _takes(province, found[0], name)
    return list(named), [key for key, files in named.items() if files]


@use_case(writes=True)
def hand_in(
    desk: Desk, caller: Caller, key: str, name: str, content: bytes, unit: str | None = None
) -> FileHandedIn | Refusal:
    """The file kept as the unit's new version for the task, and the task marked sent
    (`unit`: an admin keeps the file the unit sent by e-mail or on paper, signed "ghi thay")."""
    target = target_of(desk, caller, key, name, unit)
    if isinstance(target, Refusal):
        return target
    key, agency = target
    behalf = caller.writer if agency != caller.agency else None
    problem = file_problem(name, content)
    if problem is not None:
        return Refusal(Refused.FILE_NOT_SAVED, refusal=problem)
    if caller.chat_id is not None:
        waiting = prompts.peek(desk, caller.chat_id, caller.user_id)
        if waiting is not None and isinstance(waiting.prompt, HandinPrompt):
            prompts.take(desk, caller.chat_id, caller.user_id)
    now = desk.clock.now()
    summary = file_summary(name, len(content))
    data = {"form": FILE_FORM, "file": name, "bytes": len(content)}
    done = None
    current = desk.repo.current(key, agency)
    if current is None or current.new != Status.HOAN_THANH:
        note = SENT_NOTE.format(what=summary)
        done = desk.repo.record(key, agency, Status.HOAN_THANH, note, caller.user_id, now, behalf)
        record_told(desk, done)  # a file filed for the unit: its officers told (ux29 #2)
    # the accepted version before it, if any (an undone one replaces nothing)
    replaces = bool(desk.submissions.submissions(task=key, agency=agency, form=FILE_FORM))
    # kept with the status change it made: its "Hoàn tác" undoes both (submission_undo.py)
    saved = desk.submissions.add(
        key,
        FILE_FORM,
        agency,
        caller.user_id,
        now,
        "file",
        name,
        content,
        data,
        summary,
        behalf,
        marked=done.id if done is not None else None,
    )
    task_id, due = split_key(key)
    task = desk.province.task(task_id)
    assert task is not None
    at_text = saved.submitted_at.strftime("%H:%M %d/%m/%Y")
    return FileHandedIn(
        key,
        task,
        due or task.due,
        agency,
        saved.version,
        at_text,
        summary,
        done,
        saved.id,
        replaces,
        lateness(desk.province, key, saved.submitted_at.date())[1],
        task_title(desk, key),
        behalf,
        not_begun(task, due, desk.clock.today()),
        unchecked_forms(desk.province, task_id, name),
    )


@dataclass(frozen=True)
class FileTarget:
    key: str | None  # the task (or occurrence) the file is for; None: not named
    takes_files: bool  # the sender's unit has tasks that take files
    # not named: the files the unit owes now (open or late), offered for a press, one button a
    # task, whatever the file's type (a workbook is first read as one of our forms)
    owed: tuple[str, ...] = ()
    # in reply to a reminder of several documents: those that take files, offered for a press
    choices: tuple[str, ...] = ()
    # nothing owed: the tasks the unit sent a file for lately, a corrected file's new version
    resent: tuple[str, ...] = ()
    # `key` is the one task of the reminder the file replies to: an exact choice, as a caption
    # naming it is, so kept at once (the quote back says why, with its "Hoàn tác")
    by_reply: bool = False
    # a document (.pdf, .docx) not named: the unit's dossiers of our forms it owes now (open or
    # late: the 20/4 BIỂU 02 as signed), offered after the letters' files and a corrected one
    dossiers: tuple[str, ...] = ()
    unit: str | None = None  # the unit an admin keeps the file for ("ghi thay")
    # offered for the ghi thay a command ended (ux32 #4): the admin may have meant a letter
    dropped: bool = False

    @property
    def offered(self) -> tuple[str, ...]:
        """The tasks to offer the file for, by their buttons (nothing named it surely): the
        files owed, else the one sent lately (a corrected version), then the dossiers owed."""
        return self.choices or tuple(dict.fromkeys((*(self.owed or self.resent), *self.dossiers)))


@use_case(writes=False)
def file_key(
    desk: Desk, caller: Caller, caption: str, replied: str, name: str = ""
) -> FileTarget | Refusal:
    """Which task a file a unit sends is for: the one its caption names (`/nop <task>`), the
    one the reminder it replies to names, or the one the chat waits for; key None: none of these
    (it is then read as a form of ours, or refused). Only an officer hands in a file. `name`:
    the file's (a .pdf or .docx may be the dossier of a task whose form is ours, BIỂU 02: such
    tasks are offered too; a workbook for them must be the template, read cell by cell)."""
    kind = name or None
    head, _, arg = caption.strip().partition(" ")
    if caller.agency is None:
        return _behalf_target(desk, caller, head, arg, replied, kind)
    takes = bool(file_tasks(desk.province, caller.agency, kind))
    if head.split("@")[0].lower() == "/nop":
        task = file_task(desk, caller, arg, kind) if arg.strip() else None
        said = withdrawn_said(desk, caller, arg) if task is None else None
        if said is not None:  # a task of a withdrawn letter: said so, the file not kept
            return Refusal(f"{said}\nTệp không được lưu.")
        if task is None:
            return Refusal(
                f"Không rõ nhiệm vụ «{esc(arg.strip()[:60])}» nhận tệp. Xem các nhiệm vụ phải "
                "nộp: /nopbai. Không có gì được lưu."
            )
        if task.ended is not None:  # its tracking ended: nothing collected for it (u47 #1)
            end = ended_handin(task.id, task.form, task.ended, desk.province.coordinator, False)
            return Refusal(end)
        return FileTarget(task.id, takes)
    if replied:
        # the reminder of one document: the officer pointed at that task (Telegram's reply),
        # the file is for it, kept at once like a caption naming it; of several, the file could
        # be for any (a wrong one marked a task sent at once): offered, one button a task taking
        # files. A file with nothing pointing at a task is asked about (below), never kept
        named, files = replied_tasks(desk, replied, kind)
        if files and len(named) == 1:
            return FileTarget(files[0], takes, by_reply=True)
        if files:
            return FileTarget(None, takes, choices=tuple(files))
    waiting = caller.waiting.prompt if caller.waiting else None
    if isinstance(waiting, HandinPrompt) and waiting.refused:
        return _after_refusal(name, waiting)
    found = desk.province.task_at(waiting.key) if isinstance(waiting, HandinPrompt) else None
    if isinstance(waiting, HandinPrompt) and (
        found is None or _takes(desk.province, found[0], kind)
    ):
        # the file the chat waits for; a workbook for a task of our form is read as that form
        return FileTarget(waiting.key, takes)
    owed = _owed(desk, caller.agency) if takes else ()
    resent = () if owed or not takes else _sent_lately(desk, caller.agency)
    dossiers = tuple(k for k in _owed(desk, caller.agency, kind) if k not in owed) if kind else ()
    return FileTarget(None, takes, owed, resent=resent, dossiers=dossiers)


def _behalf_target(
    desk: Desk, caller: Caller, head: str, arg: str, replied: str, kind: str | None
) -> FileTarget | Refusal:
    """An admin's file kept for a unit ("ghi thay"): the caption `/nop <task> <unit>`, a reply
    to the bot's prompt for that unit's file, or the file the chat waits for after that
    command; else no task (the file is then a letter, a table or a unit's filled template)."""
    if not caller.is_admin:
        return FileTarget(None, False)
    if head.split("@")[0].lower() == "/nop":
        words, unit = behalf_words(desk, caller, arg)
        if unit is None:
            return Refusal(Refused.ADMINS_DO_NOT_HAND_IN, task=words.strip() or "…")
        task = file_task(desk, caller, words, kind, unit)
        if task is None:
            return Refusal(
                f"Không rõ nhiệm vụ «{esc(words.strip()[:60])}» của {esc(unit)} nhận tệp. "
                "Không có gì được lưu."
            )
        return FileTarget(task.id, True, unit=unit)
    unit = prompt_unit(desk, caller, replied) if replied else None
    if unit is not None:
        _, files = replied_tasks(desk, replied, kind)
        if len(files) == 1:
            return FileTarget(files[0], True, unit=unit)
    waiting = caller.waiting.prompt if caller.waiting else None
    if isinstance(waiting, HandinPrompt) and waiting.refused:
        # the unit read, the task not: the file kept pending, offered for the unit's files
        # owed (ux30 #8); no unit read: said why it is not kept
        owed = _owed(desk, waiting.agency) if waiting.agency else ()
        if owed:
            return FileTarget(None, True, owed=owed, unit=waiting.agency)
        if waiting.agency and (kind or "").lower().endswith(".xlsx"):
            # a template of ours the unit filled, read as that form; never as a table
            return FileTarget(None, True, unit=waiting.agency)
        return _after_refusal(kind or "", waiting)
    if isinstance(waiting, HandinPrompt):
        return FileTarget(waiting.key, True, unit=waiting.agency)
    dropped = peek_kept(desk, caller, BEHALF_SLOT) if waiting is None else None
    if isinstance(dropped, HandinPrompt) and (kind or "").lower().endswith(tuple(FILE_SUFFIXES)):
        # a ghi thay a command ended a moment ago (ux32 #4): the file sent next is that unit's
        # report, offered for it (that task first), never read as a letter and thrown away
        owed = tuple(dict.fromkeys((dropped.key, *_owed(desk, dropped.agency))))
        return FileTarget(None, True, owed=owed, unit=dropped.agency, dropped=True)
    return FileTarget(None, False)


def _after_refusal(name: str, waiting: HandinPrompt) -> Refusal:
    """A file sent right after a refused `/nop`: meant for it, so not kept, and why."""
    file = f"Tệp {esc(name)}" if name else "Tệp"
    return Refusal(f"{file} không được lưu: lệnh /nop vừa rồi bị từ chối. {waiting.refused}")


def _sent_lately(desk: Desk, agency: str) -> tuple[str, ...]:
    """The tasks (occurrences) the unit handed a file in for in the last RESENT_DAYS, newest
    first: a file sent with no caption when nothing is owed is most likely a corrected one."""
    since = desk.clock.today() - timedelta(days=RESENT_DAYS)
    sent = desk.submissions.submissions(agency=agency, form=FILE_FORM)
    keys = [
        s.task
        for s in sorted(sent, key=lambda s: s.submitted_at, reverse=True)
        if s.submitted_at.date() >= since and desk.province.task_at(s.task) is not None
    ]
    return tuple(dict.fromkeys(keys))[:RESENT_SHOWN]


def _owed(desk: Desk, agency: str, name: str | None = None) -> tuple[str, ...]:
    """The files the unit owes now (the tasks that take files, open or late for it, by the
    standing rule; a recurring task's occurrence that applies), by date: a late dossier of
    BIỂU 02 too for a .pdf or .docx (`name`), not only the files of the letters' forms."""
    marks, today = desk.statuses().marks, desk.clock.today()
    owed = [
        s.key
        for task in file_tasks(desk.province, agency, name)
        if (s := standing_of(desk.catalogue, desk.province, task.id, agency, marks, today))
        is not None
        and s.state in (State.OPEN, State.LATE)
    ]
    return tuple(owed)
