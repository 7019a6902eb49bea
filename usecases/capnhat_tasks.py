"""The task /capnhat names by its form, date or letter instead of its id ("/capnhat mau so 01
Sở Xây dựng đã nộp", "/capnhat cv 618 sxd xong"): the unit's own task among those the name fits
(knowledge/reader/task_keys.py), weighed as a question naming them is when the unit owes several
(knowledge/reader/task_choice.py); several left are asked back with each exact line to type.

An admin may also name it by its own words before the unit ("/capnhat danh sách dịch vụ công
đã tích hợp thanh toán Sở Y tế xong"): the unit's tasks whose text holds them, read by the
reader of a task's own words (knowledge/reader/task_words.py), offered for a press as free text
is."""

from __future__ import annotations

from knowledge.catalogue.model import split_key
from knowledge.catalogue.near_ids import near_tasks
from knowledge.messages import offers
from knowledge.messages.no_occurrence import period_gap
from knowledge.messages.refusals import no_such_task
from knowledge.reader.task_keys import owed_first, referenced
from knowledge.render.answers import esc, key_tag
from knowledge.rules.statuses import Status
from usecases.desk import Desk
from usecases.own_words import task_word_tokens
from usecases.results import UNCHANGED, Refusal


def task_keys(desk: Desk, text: str, unit: str | None) -> tuple[str, ...]:
    """The keys of the tasks `text` names when it is nothing but a task's name, for `unit`
    (the unit written for, or the writer's own; None: the coordinator's province)."""
    return task_keys_read(desk, text, unit)[0]


def task_keys_read(desk: Desk, text: str, unit: str | None) -> tuple[tuple[str, ...], str | None]:
    """`task_keys`, with the line saying that the one recurring task named has no occurrence
    in the period named beside it ("mẫu số 02 tháng 8" of a report from September), if so."""
    province, today = desk.province, desk.clock.today()
    tasks = referenced(desk.assistant.parse(text, today, province), province)
    if not tasks:
        return (), None
    pool = owed_first(tasks, province, unit)
    # weighed as a question naming them is; a period picks a recurring task's occurrence
    named = desk.assistant.tasks_named(text, today, province, unit, pool)
    chosen = named.tasks or tuple(pool)
    keys = tuple(t.key_of(named.due[t.id]) if t.id in named.due else t.id for t in chosen)
    one = chosen[0] if len(chosen) == 1 else None
    gap = period_gap(one, named.due.get(one.id), named.period, "/capnhat") if one else None
    return keys, gap


def which_task(
    desk: Desk, typed: str, keys: tuple[str, ...], status: Status | None, unit: str | None
) -> Refusal:
    """A name several tasks answer to: each task's exact /capnhat line, nothing written; a unit
    that owes none of them is told so."""
    listed = ", ".join(key_tag(k) for k in keys)
    own = {t.id for t in desk.province.tasks_of(unit)} if unit is not None else set()
    if unit is not None and not any(split_key(k)[0] in own for k in keys):
        return Refusal(
            f"{esc(unit)} không phải nộp nhiệm vụ nào của «{esc(typed)}» ({listed}). {UNCHANGED}"
        )
    said = status.label.lower() if status is not None else "<trạng thái>"
    lines = "; ".join(offers.code(offers.capnhat_line(k, said, unit or "")) for k in keys)
    return Refusal(f"«{esc(typed)}» là tên của {len(keys)} nhiệm vụ. Gõ: {lines}. {UNCHANGED}")


def unknown_item(desk: Desk, typed: str, unit: str, status: Status) -> Refusal:
    """An admin's line whose unit and status read, but not the row or task before them ("báo
    cáo thanh toán sxd đã nộp"): the exact line for each task the unit owes, nothing written."""
    tasks = desk.province.tasks_of(unit)[-4:]  # the newest letters' first in mind
    said = status.label.lower()
    lines = "; ".join(
        offers.code(offers.capnhat_line(t.id, said, unit))
        + (f" ({esc(t.form)})" if t.form else "")
        for t in tasks
    )
    hint = f" Nhiệm vụ của {esc(unit)}: {lines}." if lines else ""
    return Refusal(
        f"«{esc(typed)}» không phải mã mục, biểu mẫu, ngày hạn hay số công văn của nhiệm vụ "
        f"nào.{hint} {UNCHANGED}"
    )


def tasks_by_words(desk: Desk, text: str, unit: str) -> tuple[str, ...]:
    """The keys of the unit's tasks whose own words `text` holds best (tied ones all), as a
    question naming a task by its words is read (knowledge/reader/task_words.py); a period it
    names picks a recurring task's occurrence ("báo cáo tháng 10"). () when none holds them."""
    province, today = desk.province, desk.clock.today()
    pool = province.tasks_of(unit)
    if not pool or not text.strip():
        return ()
    assistant = desk.assistant
    tokens, support = task_word_tokens(assistant, text, today, province)
    # no row to weigh against: the words come where the item stands and the unit's own
    # rows were read first (usecases/statuses.py)
    fit = assistant.task_words.fit([t.id for t in pool], tokens, lambda: None, support)
    if fit is None:
        return ()
    tasks = [t for t in pool if t.id in fit.tasks]
    named = assistant.tasks_named(text, today, province, unit, tasks)
    chosen = named.tasks or tuple(tasks)
    return tuple(t.key_of(named.due[t.id]) if t.id in named.due else t.id for t in chosen)


def row_not_theirs(desk: Desk, words: str, unit: str | None) -> Refusal | None:
    """ "/capnhat lltp đang làm": the words name one catalogue row for sure, which `unit` has
    no part in (411-13, outside the plan; another agency's row): said which row it is and
    why no status is written for the unit, not only the command's syntax (ux22 #10)."""
    if unit is None or not words.strip():
        return None
    answer = desk.assistant.ask(words, desk.clock.today(), desk.province.slug, unit)
    if answer.intent != "service" or not answer.sure or not answer.items:
        return None
    view = answer.items[0]
    if view.role is not None:
        return None  # the unit's own row: offered elsewhere
    lead = view.assignment.lead if view.assignment is not None and view.in_plan else ()
    text = offers.row_not_theirs(view.row.key, view.row.short_title, unit, lead)
    return Refusal(text)


def unknown_id(desk: Desk, typed: str, unit: str | None) -> Refusal:
    """/capnhat with an id no task has: the nearest ids, the unit's own first; a unit that owes
    no task is told so, not offered the others' as its own (ux22 #10)."""
    province = desk.province
    near = near_tasks(province, typed, unit)
    none = unit if unit is not None and not province.tasks_of(unit) else ""
    return Refusal(no_such_task(typed, [(t.id, t.title) for t in near], none))
