"""Which task a file a unit sends is for (`file_key`): the one its caption names (`/nop
<task>`), the one the reminder it replies to names, the one the chat waits for, or, none of
these, the files the unit owes now, a corrected version of one sent lately, the dossiers it
owes, offered for a press; an admin's file kept for a unit ("ghi thay") by the same ways. The
file is then kept by usecases/handed_files.py (`hand_in`). Split from handed_files.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from knowledge.catalogue.model import split_key
from knowledge.deliverables.handed_files import FILE_FORM, file_tasks
from knowledge.deliverables.handed_files import SUFFIXES as FILE_SUFFIXES
from knowledge.render.answers import esc
from knowledge.render.task_end_text import ended_handin
from knowledge.rules.progress import standing_of, standings
from knowledge.rules.standing import State
from usecases.behalf_files import behalf_words, prompt_unit, received_refused, received_words
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.drafts import BEHALF_SLOT, peek_kept
from usecases.handed_files import file_task, replied_tasks, takes_file
from usecases.prompts import HandinPrompt
from usecases.results import Refusal, Refused
from usecases.runner import use_case
from usecases.withdrawn_tasks import withdrawn_said

RESENT_DAYS = 60  # how far back a file sent counts as one a new version may be for
RESENT_SHOWN = 3  # such tasks offered, newest first


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
    received: date | None = None  # ghi thay: the day the unit's file came ("… ngày 3/9")
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
        found is None or takes_file(desk.province, found[0], kind)
    ):
        # the file the chat waits for; a workbook for a task of our form is read as that form
        return FileTarget(waiting.key, takes)
    owed = owed_keys(desk, caller.agency) if takes else ()
    resent = () if owed or not takes else _sent_lately(desk, caller.agency)
    dossiers = (
        tuple(k for k in owed_keys(desk, caller.agency, kind) if k not in owed) if kind else ()
    )
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
        said, received = received_words(desk, caller, arg)  # "… ngày 3/9": the day it came
        words, unit = behalf_words(desk, caller, said)
        if unit is None:
            return Refusal(Refused.ADMINS_DO_NOT_HAND_IN, task=words.strip() or "…")
        task = file_task(desk, caller, words, kind, unit)
        if task is None:
            return Refusal(
                f"Không rõ nhiệm vụ «{esc(words.strip()[:60])}» của {esc(unit)} nhận tệp. "
                "Không có gì được lưu."
            )
        return received_refused(desk, task.id, received) or FileTarget(
            task.id, True, unit=unit, received=received
        )
    unit = prompt_unit(desk, caller, replied) if replied else None
    if unit is not None:
        _, files = replied_tasks(desk, replied, kind)
        if len(files) == 1:
            return FileTarget(files[0], True, unit=unit)
    waiting = caller.waiting.prompt if caller.waiting else None
    if isinstance(waiting, HandinPrompt) and waiting.refused:
        # the unit read, the task not: the file kept pending, offered for the unit's files
        # owed (ux30 #8); no unit read: said why it is not kept
        owed = owed_keys(desk, waiting.agency) if waiting.agency else ()
        if owed:
            return FileTarget(None, True, owed=owed, unit=waiting.agency)
        if waiting.agency and (kind or "").lower().endswith(".xlsx"):
            # a template of ours the unit filled, read as that form; never as a table
            return FileTarget(None, True, unit=waiting.agency)
        return _after_refusal(kind or "", waiting)
    if isinstance(waiting, HandinPrompt):
        return FileTarget(waiting.key, True, unit=waiting.agency, received=waiting.received)
    dropped = peek_kept(desk, caller, BEHALF_SLOT) if waiting is None else None
    if isinstance(dropped, HandinPrompt) and (kind or "").lower().endswith(tuple(FILE_SUFFIXES)):
        # a ghi thay a command ended a moment ago (ux32 #4): the file sent next is that unit's
        # report, offered for it (that task first), never read as a letter and thrown away
        owed = tuple(dict.fromkeys((dropped.key, *owed_keys(desk, dropped.agency))))
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


def owed_keys(desk: Desk, agency: str, name: str | None = None) -> tuple[str, ...]:
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
    # a recurring task's later occurrences late too, each owed on its own (August and
    # September both late: both listed, u54 #4), after its first
    ids = {split_key(k)[0] for k in owed if split_key(k)[1] is not None}
    if ids:
        late = [
            s
            for s in standings(desk.catalogue, desk.province, marks, today, agency)
            if s.state is State.LATE and s.key not in owed and split_key(s.key)[0] in ids
        ]
        for s in sorted(late, key=lambda s: s.due or date.max):
            first = next(i for i, k in enumerate(owed) if split_key(k)[0] == split_key(s.key)[0])
            later = [k for k in owed[first + 1 :] if split_key(k)[0] == split_key(s.key)[0]]
            owed.insert(first + 1 + len(later), s.key)
    return tuple(owed)
