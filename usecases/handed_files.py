"""A document the bot has no layout of, handed in as a file
(knowledge/deliverables/handed_files.py): `/nop <task>` names the task (then the file comes, or
came with the command as its caption), or the file comes as a reply to the reminder of it. Kept
as a new version of the unit's submission for the task (or for the occurrence of a recurring
task it settles), and the task is marked sent through the status history, so /nopbai, the
digest, the reminders and /tiendo see it at once. Which task a file sent is for:
usecases/file_targets.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

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
from knowledge.deliverables.lateness import lateness
from knowledge.deliverables.period_begun import Early, not_begun
from knowledge.deliverables.tracking import collects
from knowledge.rules.statuses import Change, Status
from usecases import prompts
from usecases.behalf_files import received_refused
from usecases.behalf_told import record_told
from usecases.callers import Caller
from usecases.deadline_now import occurrence_due
from usecases.desk import Desk
from usecases.occurrences import occurrence_for
from usecases.prompts import HandinPrompt
from usecases.results import Refusal, Refused
from usecases.runner import use_case
from usecases.task_titles import task_title

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
    received: date | None = None  # the day the unit's file came, said by the admin


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
    # ghi thay: the day the unit's file came, said by the admin, that the status counts from;
    # `received_kept` False: the task was already marked sent, so the day was not written
    received: date | None = None
    received_kept: bool = True


def takes_file(province: Province, task: Task, name: str | None) -> bool:
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
        return found[0] if takes_file(province, found[0], name) else None
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
    return task if task is not None and takes_file(province, task, name) else None


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
    desk: Desk, caller: Caller, named: str, unit: str | None = None, received: date | None = None
) -> HandinAsked | Refusal:
    """`/nop <task>` without a file: the chat waits for it. `named`: the task's id, or one
    occurrence's key ("báo cáo tháng 10" of a monthly task); `unit`: the unit an admin keeps
    the file for; `received`: the day the unit's file came (checked by the caller)."""
    target = target_of(desk, caller, named, unit=unit)
    if isinstance(target, Refusal):
        return target
    key, agency = target
    assert caller.chat_id is not None
    behalf = agency != caller.agency
    received = received if behalf else None
    prompt = HandinPrompt(key, agency, received=received)
    prompts.wait_for(desk, caller.chat_id, caller.user_id, prompt)
    task = desk.province.task(split_key(key)[0])
    assert task is not None
    scheduled = split_key(key)[1]  # a moved occurrence: the date in force said (ux37 #7)
    due = occurrence_due(task, scheduled) if scheduled is not None else task.due
    return HandinAsked(key, task, due, agency, behalf, received)


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
            named[m.group(0)] = takes_file(province, found[0], name)
    return list(named), [key for key, files in named.items() if files]


@use_case(writes=True)
def hand_in(
    desk: Desk,
    caller: Caller,
    key: str,
    name: str,
    content: bytes,
    unit: str | None = None,
    received: date | None = None,
) -> FileHandedIn | Refusal:
    """The file kept as the unit's new version for the task, and the task marked sent
    (`unit`: an admin keeps the file the unit sent by e-mail or on paper, signed "ghi thay";
    `received`: the day that file came, which the status counts from)."""
    target = target_of(desk, caller, key, name, unit)
    if isinstance(target, Refusal):
        return target
    key, agency = target
    behalf = caller.writer if agency != caller.agency else None
    received = received if behalf is not None else None
    refused = received_refused(desk, key, received)
    if refused is not None:
        return refused
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
        done = desk.repo.record(
            key, agency, Status.HOAN_THANH, note, caller.user_id, now, behalf, received
        )
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
    counted = received if done is not None else None  # the day the status now counts from
    at_text = saved.submitted_at.strftime("%H:%M %d/%m/%Y")
    return FileHandedIn(
        key,
        task,
        occurrence_due(task, due) if due is not None else task.due,  # in force (ux37 #7)
        agency,
        saved.version,
        at_text,
        summary,
        done,
        saved.id,
        replaces,
        lateness(desk.province, key, counted or saved.submitted_at.date())[1],
        task_title(desk, key),
        behalf,
        not_begun(task, due, desk.clock.today()),
        unchecked_forms(desk.province, task_id, name),
        received,
        received is None or done is not None,
    )
