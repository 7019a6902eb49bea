"""`/nop <what>`: the task (and form) the words name, and the hand-in it starts.

The words are read as a question names a task (knowledge/reader/task_choice.py): an id, an
occurrence's key, a date, a form ("bieu 02", "mẫu số 01"), a letter's number, or the words of the
task's own text ("báo cáo rà soát", "hồ sơ đề xuất"), among the tasks the unit hands in, weighed
by what else they say ("tháng 8": the task, or the occurrence, due then) and by the day. Then:
- a task whose forms the bot lays out (BIỂU 02, Phụ lục I–IV): that form, filled in the chat
  (usecases/submissions.py); the form typed, or a button per form when the task has several;
- a task collected as a file: the chat waits for the file (usecases/handed_files.py);
- several tasks the words fit as well and nothing tells apart: a button per task, never a
  guess; pressed, it goes on as if the task had been named alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from knowledge.catalogue.model import Task, split_key
from knowledge.catalogue.occurrence_names import spell_out, typed_gap
from knowledge.deliverables.forms import task_forms
from knowledge.deliverables.handed_files import takes_files
from knowledge.deliverables.submissions import form_named
from knowledge.deliverables.tracking import collects, ended_day
from knowledge.messages.no_occurrence import no_occurrence, period_gap
from knowledge.messages.status_only import no_document
from knowledge.reader.task_choice import Named
from knowledge.render.answers import esc
from knowledge.render.task_end_text import ended_handin
from usecases import prompts, refs
from usecases.behalf_files import behalf_words, received_refused, received_words
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.handed_files import HandinAsked, ask_for_file, file_task
from usecases.prompts import HandinPrompt
from usecases.results import Refusal
from usecases.runner import use_case
from usecases.submissions import FormMenu, FormStep, start_form
from usecases.task_titles import task_title
from usecases.withdrawn_tasks import withdrawn_said

STALE = "Nút này không còn hợp lệ. Gõ lại /nop <nhiệm vụ>. Không có gì thay đổi."


@dataclass(frozen=True)
class Option:
    key: str  # the task, or one occurrence of a recurring task
    task: Task
    due: date | None
    form: str | None = None  # a form of ours to fill ("pl1"), with its name
    form_name: str = ""


@dataclass(frozen=True)
class Choices:
    """Several tasks (or forms of one task) the words fit: one button each, nothing started."""

    typed: str
    options: tuple[Option, ...]


Started = HandinAsked | FormMenu | FormStep | Choices | Refusal


def _own_tasks(desk: Desk, agency: str) -> list[Task]:
    """The tasks the unit hands something in for (a form, a file, a dossier)."""
    province = desk.province
    return [t for t in province.tasks_of(agency) if collects(province, t)]


def _start(desk: Desk, caller: Caller, key: str, typed: str = "") -> Started:
    """The hand-in of one task (or occurrence): its form, its forms to choose from, or its
    file."""
    province = desk.province
    found = province.task_at(key)
    if found is None:
        return Refusal(STALE)
    task, due = found
    ended = _ended(desk, caller, key)
    if ended is not None:
        return ended
    forms = task_forms(province, task.id)
    if forms:
        wanted = form_named(typed) if typed else None
        if wanted is not None and wanted in forms:
            return start_form(desk, caller, wanted.code)
        if len(forms) == 1:
            return start_form(desk, caller, forms[0].code)
        return Choices(
            typed,
            tuple(Option(key, task, due or task.due, f.code, f.name) for f in forms),
        )
    if takes_files(province, task):
        return ask_for_file(desk, caller, key)
    return Refusal(no_document(task, key, task_title(desk, key)))


def _ended(desk: Desk, caller: Caller, key: str) -> Refusal | None:
    """A task (or one period) whose tracking the coordinator ended: nobody collects it any more,
    so nothing is awaited for it (u47 #1: a file wait was opened, as for a task still owed)."""
    found = desk.province.task_at(key)
    if found is None:
        return None
    day = ended_day(*found)
    if day is None:
        return None
    name = found[0].form or task_title(desk, key)
    admin = desk.is_admin(caller.user_id)
    return Refusal(ended_handin(key, name, day, desk.province.coordinator, admin))


def _file_wait(
    desk: Desk, caller: Caller, key: str, unit: str | None = None, received: date | None = None
) -> Started:
    """The chat waits for the file of `key`, unless its tracking was ended or the day the
    unit's file was received (`received`, an admin's ghi thay) may not stand."""
    refused = _ended(desk, caller, key) or received_refused(desk, key, received)
    return refused or ask_for_file(desk, caller, key, unit, received)


@use_case(writes=True)
def start(desk: Desk, caller: Caller, arg: str) -> Started:
    """/nop with its argument (none: what the unit owes and the forms). Refused, the chat
    still reads the file sent next as this hand-in, answered with the same refusal: never as a
    letter or a table (ux29 #8); any message ends that wait without a word."""
    arg = arg.strip()
    if not arg:
        return start_form(desk, caller, "")
    started = _named(desk, caller, arg)
    chat = caller.chat_id
    # a refusal that set no wait of its own (usecases/no_proposals.py does)
    if (
        isinstance(started, Refusal)
        and chat is not None
        and prompts.peek(desk, chat, caller.user_id) is None
    ):
        # an admin's: the unit it named, whose file sent next is offered for its tasks (ux30 #8)
        said = received_words(desk, caller, arg)[0]
        unit = behalf_words(desk, caller, said)[1] if caller.agency is None else None
        owner = unit or caller.agency or ""
        refused = HandinPrompt(arg, owner, aside=True, refused=started.reason)
        prompts.wait_for(desk, chat, caller.user_id, refused)
    return started


def _named(desk: Desk, caller: Caller, arg: str) -> Started:
    """`/nop <words>`: what the words start."""
    typed, received = received_words(desk, caller, arg)  # "… ngày 3/9": the day it came
    words, unit = behalf_words(desk, caller, typed)
    if unit is not None and unit != caller.agency:  # an admin keeps a unit's file
        return _behalf_start(desk, caller, words, unit, received)
    province, today = desk.province, desk.clock.today()
    gap = typed_gap(arg, province, today)  # a period holding none of its task's dates
    if gap is not None:
        return Refusal(no_occurrence(*gap, "/nop"))
    arg = spell_out(arg, province, today)  # a short occurrence key: its raw key
    # a key typed whole: that task, or that occurrence
    key = desk.assistant.resolve_key(arg, province, today)
    if key is not None and province.task_at(key) is not None:
        return _start(desk, caller, key, arg)
    agency = caller.agency
    pool = _own_tasks(desk, agency) if agency else []
    named = desk.assistant.tasks_named(arg, today, province, agency, pool) if pool else None
    if named is None or not named.tasks:
        # a form of ours ("pl3"), a task another way (ids of tasks not the unit's are refused
        # there), else a task of a withdrawn letter (said so), else the menu saying the words
        # named nothing
        if form_named(arg) is None:
            task = file_task(desk, caller, arg)
            if task is not None:
                return _file_wait(desk, caller, task.id)
            asked = _asks_nothing(desk, caller, arg)  # "/nop dong bo trang thai": a status
            if asked is not None:
                return asked
            said = withdrawn_said(desk, caller, arg)
            if said is not None:
                return Refusal(said)
        return start_form(desk, caller, arg)
    if len(named.tasks) > 1:
        return Choices(
            arg,
            tuple(
                Option(t.key_of(d) if d else t.id, t, d or t.next_due(today))
                for t in named.tasks
                for d in [named.due.get(t.id)]
            ),
        )
    task = named.tasks[0]
    due = named.due.get(task.id)
    missing = _no_occurrence(task, due, named)
    if missing is not None:
        return missing
    return _start(desk, caller, task.key_of(due) if due else task.id, arg)


def _no_occurrence(task: Task, due: date | None, named: Named) -> Refusal | None:
    """A recurring task named with a period none of its occurrences falls in: refused, never
    its current occurrence instead (u51 #2)."""
    gap = period_gap(task, due, named.period, "/nop")
    return Refusal(gap) if gap is not None else None


def _asks_nothing(desk: Desk, caller: Caller, words: str) -> Refusal | None:
    """The one task of the unit the words name that asks for no document: said so, with the
    status command that reports it (it was the form menu, "Không có biểu …")."""
    agency, province, today = caller.agency, desk.province, desk.clock.today()
    if agency is None:
        return None
    pool = [t for t in province.tasks_of(agency) if not collects(province, t)]
    named = desk.assistant.tasks_named(words, today, province, agency, pool) if pool else None
    if named is None or len(named.tasks) != 1:
        return None
    task = named.tasks[0]
    due = named.due.get(task.id)
    key = task.key_of(due) if due else task.id
    return Refusal(no_document(task, key, task_title(desk, key)))


def _behalf_start(
    desk: Desk, caller: Caller, words: str, unit: str, received: date | None = None
) -> Started:
    """`/nop <task> <unit>` from an admin: the chat waits for the file the unit sent by e-mail
    or on paper, kept for it ("ghi thay"); the task (or occurrence) read among the unit's.
    `received`: the day the unit's file came, said with them."""
    province, today = desk.province, desk.clock.today()
    key = desk.assistant.resolve_key(spell_out(words, province, today), province, today)
    if key is None or province.task_at(key) is None:
        # the task by its form and period, read among the unit's as the unit's own `/nop
        # thang 8` reads them (ux30 #8): "mau 01 thang 8 yen son" is August's Mẫu số 01
        pool = [t for t in _own_tasks(desk, unit) if takes_files(province, t)]
        named = desk.assistant.tasks_named(words, today, province, unit, pool) if pool else None
        if named is not None and len(named.tasks) == 1:
            one, due = named.tasks[0], named.due.get(named.tasks[0].id)
            missing = _no_occurrence(one, due, named)
            if missing is not None:
                return missing
            return _file_wait(desk, caller, one.key_of(due) if due else one.id, unit, received)
        task = file_task(desk, caller, words, None, unit)
        ours = _form_task(desk, words, unit) if task is None else None
        if ours is not None:  # a form of ours: its template, or "sent" by /capnhat
            return _form_pointer(ours, unit, received)
        if task is None:
            return Refusal(
                f"Không rõ nhiệm vụ «{esc(words[:60])}» của {esc(unit)} nhận tệp. Không có "
                "gì thay đổi."
            )
        key = task.id
    task = province.task(split_key(key)[0])
    if task is not None and task_forms(province, task.id) and not takes_files(province, task):
        # a task of our forms named by its key (ux38 #6: "/nop tq-2021-05-20 so y te nhan
        # email ngay 17/5" was told to use the bot's form, with no word of the way that works)
        return _form_pointer(task, unit, received)
    return _file_wait(desk, caller, key, unit, received)


def _form_pointer(task: Task, unit: str, received: date | None) -> Refusal:
    """A unit's form of ours an admin would keep as a file: the two ways that work, the
    /capnhat line that records it as sent on the day it came written out whole."""
    day = f" ngày {received.day}/{received.month}" if received is not None else ""
    return Refusal(
        f"{esc(task.form or task.title)} <code>{esc(task.id)}</code> của {esc(unit)} là "
        "biểu của bot: gửi tệp mẫu đơn vị đã điền (.xlsx, mẫu ở /baocao), bot đọc dòng "
        "đơn vị và lưu là bản nộp của đơn vị; đơn vị đã gửi bằng văn bản, e-mail thì "
        f"báo: <code>/capnhat {esc(task.id)} {esc(unit)} đã nộp{day}</code>. Không có gì "
        "thay đổi."
    )


def _form_task(desk: Desk, words: str, unit: str) -> Task | None:
    """The one task of the unit's whose forms the bot lays out (BIỂU 02) the words name."""
    province, today = desk.province, desk.clock.today()
    pool = [t for t in _own_tasks(desk, unit) if task_forms(province, t.id)]
    named = desk.assistant.tasks_named(words, today, province, unit, pool) if pool else None
    return named.tasks[0] if named is not None and len(named.tasks) == 1 else None


@use_case(writes=True)
def pick(desk: Desk, caller: Caller, reference: str, form: str | None) -> Started:
    """A button of `Choices`: that task (and form), as if named alone."""
    key = refs.item_key(desk, reference)
    if key is None or desk.province.task_at(key) is None:
        return Refusal(STALE)
    if form is not None:
        wanted = form_named(form)
        if wanted is None or wanted not in task_forms(desk.province, split_key(key)[0]):
            return Refusal(STALE)
        return start_form(desk, caller, wanted.code)
    return _start(desk, caller, key)
