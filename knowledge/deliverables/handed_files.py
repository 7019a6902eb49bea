"""Documents the bot has no layout of ("Mẫu số 01" of a new letter), collected as files: a unit
sends any .xlsx, .docx or .pdf for the task, it is kept as a submission of the form FILE_FORM
(versioned like the forms read cell by cell, knowledge/deliverables/forms.py) and the task counts
as sent. The forms the bot has a layout of (BIỂU 02, Phụ lục I–IV) keep their checks: their
tasks take no file.

Only what a file is is checked, not what it says: its name's suffix, its size, and that its
bytes begin as such a file does (a zip for .xlsx and .docx, "%PDF-" for .pdf); the bot never
opens it, it keeps it for the coordinator.
"""

from __future__ import annotations

from datetime import date
from pathlib import PurePath

from knowledge.catalogue.model import Province, Task
from knowledge.deliverables.forms import task_forms
from knowledge.deliverables.tracking import collects
from knowledge.language.text import fold
from knowledge.rules.decisions import Refusal, Refused
from knowledge.rules.officers import Actor

FILE_FORM = "tep"  # the form code of a file handed in (db/models.Submission.form)
SUFFIXES = {".xlsx": b"PK\x03\x04", ".docx": b"PK\x03\x04", ".pdf": b"%PDF-"}
MAX_BYTES = 10 * 1024 * 1024  # a report with its annexes; Telegram lets a bot fetch 20 MB


def takes_files(province: Province, task: Task) -> bool:
    """A document the coordinator collects that the bot has no layout of."""
    return collects(province, task) and not task_forms(province, task.id)


# A task whose form the bot has a layout of (BIỂU 02) may also come as the unit's dossier as
# signed and sent on paper (its cover letter and forms, scanned or typed): a document, never a
# workbook, which must be the template itself so that its cells are checked.
DOSSIER_SUFFIXES = (".pdf", ".docx")


def accepts_file(province: Province, task: Task, name: str) -> bool:
    """A file of this name may be handed in for the task: any of the kinds a file task takes,
    or, for a task with a form of ours, the dossier as a document."""
    if takes_files(province, task):
        return True
    return collects(province, task) and PurePath(name).suffix.lower() in DOSSIER_SUFFIXES


def form_words(text: str) -> str:
    """A form's name as people type it back: folded, without "số" and the number's leading
    zeros ("Mẫu số 01", "mau 01", "mẫu 1" → "mau 1")."""
    words = [(w.lstrip("0") or "0") if w.isdigit() else w for w in fold(text).split()]
    return " ".join(w for w in words if w != "so")


def file_tasks(province: Province, agency: str, name: str | None = None) -> list[Task]:
    """The tasks the unit hands in as files, by date (a file `name` known: those that accept
    it, a dossier's document included)."""
    tasks = [
        t
        for t in province.tasks_of(agency)
        if (takes_files(province, t) if name is None else accepts_file(province, t, name))
    ]
    return sorted(tasks, key=lambda t: (t.due or t.starts or date.max, t.id))


def may_hand_in(
    province: Province,
    who: Actor,
    task_id: str,
    name: str | None = None,
    unit: str | None = None,
) -> str | Refusal:
    """The unit whose file it is: an officer's own, an addressee of a task that takes files (a
    file `name` known: that accepts it, `accepts_file`); or, for an admin, the `unit` named, a
    file the unit sent by e-mail or on paper kept for it ("ghi thay")."""
    agency = unit if unit is not None and who.is_admin else who.agency
    if agency is None:
        if who.is_admin:
            return Refusal(Refused.ADMINS_DO_NOT_HAND_IN, task=task_id)
        return Refusal(Refused.NOT_OFFICER)
    task = province.task(task_id)
    if task is None:
        return Refusal(Refused.NO_TASK, task=task_id)
    taken = takes_files(province, task) if name is None else accepts_file(province, task, name)
    if not taken and not collects(province, task):
        if agency not in task.addressees:  # its /capnhat would be refused too
            return Refusal(Refused.NOT_ADDRESSEE_OF_TASK, agency=agency, task=task_id)
        named = unit if unit is not None and who.is_admin else ""
        return Refusal(Refused.TASK_COLLECTS_NOTHING, task=task_id, unit=named)
    if not taken:
        return Refusal(Refused.TASK_TAKES_NO_FILE, task=task_id)
    if agency not in task.addressees:
        return Refusal(Refused.NOT_ADDRESSEE_OF_TASK, agency=agency, task=task_id)
    return agency


def file_problem(name: str, content: bytes) -> Refusal | None:
    """Why the file is not taken, or None."""
    suffix = PurePath(name).suffix.lower()
    magic = SUFFIXES.get(suffix)
    if magic is None:
        return Refusal(Refused.FILE_KIND, name=name)
    if len(content) > MAX_BYTES:
        return Refusal(Refused.FILE_TOO_BIG, name=name, limit_mb=MAX_BYTES // (1024 * 1024))
    if not content.startswith(magic):
        return Refusal(Refused.FILE_UNREADABLE, name=name, suffix=suffix)
    return None


def file_summary(name: str, size: int) -> str:
    """ "tệp bao_cao.pdf (120 KB)": what the submission holds, as the views print it."""
    kb = max(1, round(size / 1024))
    return f"tệp {name} ({kb} KB)"


def unchecked_forms(province: Province, task_id: str, name: str) -> tuple[tuple[str, str], ...]:
    """The forms of ours (name, code) a task asks for, when the file kept for it is not a
    workbook (a signed .pdf or .docx): nothing in it was checked cell by cell, nor compiled
    into the province's forms, and its receipt says so (u47 #4)."""
    if name.lower().endswith(".xlsx"):
        return ()
    return tuple((f.name, f.code) for f in task_forms(province, task_id))
