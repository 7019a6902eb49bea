"""A letter's own form ("Mẫu số 01 kèm theo"): the coordinator attaches the blank file to the task
that asks for it, and the units download it from /baocao (and the task's notices point there).

The coordinator sends the file with the caption `/mautrong <nhiệm vụ>` (the task named as
`/capnhat` and `/nop` name it: its id, date, form, letter's number). The attach is quoted back
with "Hoàn tác" (10 minutes, while it is the task's form in force), and every attach and undo is
a row of its own (db/blank_form_repo.py): a newer file replaces the task's form from then on.
A task whose form the bot has a layout of (BIỂU 02, Phụ lục I–IV) has its template in /baocao
already and takes none.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from db.blank_form_repo import BlankFormRepo, BlankFormView
from db.delivery_log import BLANK, notice_key
from db.reminder_repo import Owed
from knowledge.catalogue.key_lists import join_keys
from knowledge.catalogue.model import Task, split_key
from knowledge.deliverables.forms import task_forms
from knowledge.deliverables.handed_files import file_problem
from knowledge.deliverables.tracking import collects
from knowledge.messages.markup import key_tag
from knowledge.messages.undo_spent import blank_form_undone
from knowledge.render.answers import esc
from knowledge.rules.statuses import WINDOW_MINUTES, within_window
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.results import Refusal, known_id
from usecases.runner import use_case
from usecases.task_naming import named_task

COMMAND = "/mautrong"
USAGE = (
    "Gắn mẫu trống của công văn cho một nhiệm vụ: gửi tệp (.docx, .xlsx, .pdf) kèm chú thích "
    f"<code>{COMMAND} &lt;mã nhiệm vụ&gt;</code>, ví dụ <code>{COMMAND} tq-2021-08-20</code>. "
    "Các đơn vị tải mẫu ở /baocao."
)


@dataclass(frozen=True)
class FormAttached:
    form: BlankFormView
    task: Task
    replaced: BlankFormView | None  # the task's form before it
    units: int  # the task's addressees, who now find it in /baocao
    told: int = 0  # their officers' chats the word of it was recorded for


@dataclass(frozen=True)
class FormDetached:
    form: BlankFormView
    task: Task
    back: BlankFormView | None  # the task's form in force again, if any


@dataclass(frozen=True)
class OfferedForm:
    form: BlankFormView
    task: Task


def _repo(desk: Desk) -> BlankFormRepo:
    assert desk.blank_forms is not None
    return desk.blank_forms


def _task(desk: Desk, arg: str) -> Task | None:
    """The task the words name, as `/doihan` and `/ketthuc` read them (its id, date, form, the
    letter's number: usecases/task_naming.py); an occurrence named: its task."""
    found = named_task(desk, arg)
    return found[0] if found is not None else None


@use_case(writes=True)
def attach_blank_form(
    desk: Desk, caller: Caller, arg: str, name: str, content: bytes
) -> FormAttached | Refusal:
    """The coordinator's file kept as the task's blank form."""
    if not caller.is_admin or desk.blank_forms is None:
        return Refusal("Chỉ quản trị viên (Sở TT&amp;TT) gắn mẫu trống cho nhiệm vụ.")
    task = _task(desk, arg) if arg.strip() else None
    if task is None:
        said = f"Không rõ nhiệm vụ «{esc(arg.strip()[:60])}». " if arg.strip() else ""
        return Refusal(f"{said}{USAGE} Không có gì được lưu.")
    if task_forms(desk.province, task.id):
        return Refusal(
            f"{key_tag(task.id)} dùng biểu của bot; mẫu của biểu có sẵn ở /baocao. "
            "Không có gì được lưu."
        )
    if not collects(desk.province, task):
        return Refusal(
            f"{key_tag(task.id)} không có biểu mẫu phải nộp về Sở TT&amp;TT. Không có gì được lưu."
        )
    problem = file_problem(name, content)
    if problem is not None:
        return Refusal(f"{problem.reason}")
    repo = _repo(desk)
    before = repo.current().get(task.id)
    saved = repo.add(task.id, name, content, caller.user_id, desk.clock.now())
    return FormAttached(saved, task, before, len(task.addressees), _tell_units(desk, task, saved))


def _tell_units(desk: Desk, task: Task, form: BlankFormView) -> int:
    """A word for each officer (reminders on) of the units that owe the task, delivered as the
    reminders are; its text is made at send time (`blank_notice`). How many were recorded."""
    now = desk.clock.now()
    chats = desk.reminders.recipients(groups=False)
    slug = desk.config.province
    entries = [
        {
            "uniq": notice_key(slug, BLANK, form.id, form.id, unit, chat),
            "chat_id": chat,
            "day": now.date(),
            "agency": unit,
            "due": task.due or now.date(),
            "offset": 0,
            "keys": join_keys((task.id,)),
        }
        for unit in task.addressees
        for chat in chats.get(unit, [])
    ]
    return desk.reminders.record(entries, now)


def blank_notice(desk: Desk, item: Owed) -> str | None:
    """At send time, the word of a task's blank form to a unit's officer; None when that form is
    no longer the task's (undone, replaced) or its task left force."""
    key = item.keys[0] if item.keys else ""
    form = _repo(desk).current().get(key) if desk.blank_forms is not None else None
    task = desk.province.task(key)
    if form is None or form.id != item.letter or task is None:
        return None
    what = esc(task.form) if task.form else "Mẫu trống"
    return (
        f"📎 <b>Mẫu trống — {esc(item.agency)}</b>\n"
        f"{key_tag(task.id)} {what}: Sở TT&amp;TT đã gửi mẫu trống {esc(form.file_name)}. "
        f"Tải ở /baocao (nút “{what} — {esc(task.id)}”), điền rồi nộp: "
        f"<code>/nop {esc(task.id)}</code> rồi gửi tệp."
    )


@use_case(writes=True)
def undo_blank_form(desk: Desk, caller: Caller, form_id: int) -> FormDetached | Refusal:
    """The attach taken back, within the window, while it is the task's form in force."""
    if not caller.is_admin or desk.blank_forms is None:
        return Refusal("Chỉ quản trị viên hoàn tác được. Không có gì thay đổi.")
    repo = _repo(desk)
    form = repo.get(form_id) if known_id(form_id) else None
    taken = repo.undo_of(form.id) if form is not None else None
    if form is not None and taken is not None:  # pressed again: when, and the form now
        current = repo.current().get(form.task)
        return Refusal(
            blank_form_undone(
                form.file_name,
                form.task,
                taken.at,
                current.file_name if current is not None else None,
            )
        )
    if form is None or repo.current().get(form.task) != form:
        return Refusal("Mẫu này không còn là mẫu đang dùng của nhiệm vụ. Không có gì thay đổi.")
    if not within_window(form.at, desk.clock.now()):
        return Refusal(
            f"Đã quá {WINDOW_MINUTES} phút: gửi lại mẫu đúng kèm chú thích "
            f"<code>{COMMAND} {esc(form.task)}</code>. Không có gì thay đổi."
        )
    repo.undo(form, caller.user_id, desk.clock.now())
    task = desk.province.task(form.task)
    assert task is not None
    return FormDetached(form, task, repo.current().get(form.task))


@use_case(writes=False)
def blank_forms_for(desk: Desk, caller: Caller) -> tuple[OfferedForm, ...]:
    """The blank forms of the tasks in force the caller's unit owes or supports (an admin: every
    one), by the task's date."""
    if desk.blank_forms is None or (caller.agency is None and not caller.is_admin):
        return ()
    found = []
    for key, form in _repo(desk).current().items():
        task = desk.province.task(key)
        if task is None:  # its letter withdrawn: not offered
            continue
        if caller.is_admin or caller.agency in (*task.addressees, *task.supporting):
            found.append(OfferedForm(form, task))
    return tuple(sorted(found, key=lambda f: (f.task.due or f.task.starts or date.max, f.task.id)))


@use_case(writes=False)
def blank_form_file(desk: Desk, caller: Caller, form_id: int) -> tuple[str, bytes] | Refusal:
    offered = {f.form.id: f for f in blank_forms_for(desk, caller)}
    chosen = offered.get(form_id) if known_id(form_id) else None
    if chosen is None:
        return Refusal("Mẫu này không còn dùng; xem lại /baocao.")
    return chosen.form.file_name, _repo(desk).content(form_id)


@use_case(writes=False)
def blank_form_named(
    desk: Desk, caller: Caller, arg: str
) -> tuple[str, bytes, Task] | Refusal | None:
    """`/baocao <nhiệm vụ>`: the task's blank form, the file its reminder's button and the
    /baocao menu give (the task named as /mautrong names it); None when the words name no
    task (the menu, as before)."""
    task = _task(desk, arg) if arg.strip() else None
    if task is None or task_forms(desk.province, task.id):
        return None  # a form of ours (BIỂU 02, Phụ lục): its template is in the menu
    mine = [f for f in blank_forms_for(desk, caller) if f.task.id == task.id]
    if not mine:
        return Refusal(
            f"{key_tag(task.id)} chưa có mẫu trống cho đơn vị của bạn (Sở TT&amp;TT gắn bằng "
            f"{COMMAND}); xem các mẫu có ở /baocao."
        )
    return mine[0].form.file_name, _repo(desk).content(mine[0].form.id), task


@use_case(writes=False)
def blank_forms_of(desk: Desk, keys: tuple[str, ...]) -> tuple[OfferedForm, ...]:
    """The blank forms of the tasks a reminder names (an occurrence's key: its task's form),
    the same stored files /baocao offers, in the order the keys come."""
    if desk.blank_forms is None:
        return ()
    current = _repo(desk).current()
    found: dict[str, OfferedForm] = {}
    for key in keys:
        task_id = split_key(key)[0]
        task, form = desk.province.task(task_id), current.get(task_id)
        if task is not None and form is not None and task_id not in found:
            found[task_id] = OfferedForm(form, task)
    return tuple(found.values())


@use_case(writes=False)
def forms_of_tasks(desk: Desk) -> dict[str, str]:
    """task id -> its blank form's file name: where a notice or reminder says it is."""
    if desk.blank_forms is None:
        return {}
    return {key: f.file_name for key, f in _repo(desk).current().items()}
