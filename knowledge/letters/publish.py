"""A reviewed letter made into tracked work: what keeps a draft from being published, the ids its
tasks are tracked under, and the catalogue with the province's published letters in force.

A published task is a task like the seeds' (knowledge/catalogue/model.py): it is answered,
reminded, collected and tracked the same way, under an id made as the seeds' are: the
province's prefix and the task's date ("tq-2021-08-20", a recurring task's first occurrence),
"-2", "-3"… when that id is taken. Its source names the letter as stored ("cv-7#mục 2"), and
the catalogue cites it by its number, date and sender.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from knowledge.calendar.deadlines import fmt_date
from knowledge.catalogue.loader import CatalogueError, task_from_draft
from knowledge.catalogue.model import Catalogue, Document, Province, split_key
from knowledge.catalogue.model import Task as TrackedTask
from knowledge.letters.edits import printed_part
from knowledge.letters.model import NO_TASKS, Draft, Letter, Problem, Task
from knowledge.letters.moves import Move, moved_tasks
from knowledge.letters.past import past_message

SOURCE_PREFIX = "cv-"  # a published letter's document key: "cv-<stored id>"


@dataclass(frozen=True)
class Published:
    """A published letter as stored: its header and its tasks under their ids."""

    id: int
    file_name: str
    letter: Letter
    tasks: tuple[tuple[str, Task], ...]  # (task id, the task as reviewed)


@dataclass(frozen=True)
class LetterVersion:
    """One version of the province's published letters (db/letter_repo.py)."""

    number: int
    action: str  # publish | withdraw | rollback | end | reopen | move | rename
    letter: int | None  # the letter published or withdrawn
    letters: tuple[int, ...]  # every letter in force from this version on
    restores: int | None  # a rollback: the version it put back
    by: int | None
    at: datetime
    # every task whose tracking was ended, the seeds' too: task id -> the day it was ended
    ended: Mapping[str, date] = field(default_factory=dict)
    # every deadline moved ("Đổi hạn", knowledge/letters/moves.py): task id or occurrence key ->
    # its move
    moved: Mapping[str, Move] = field(default_factory=dict)
    # every title the coordinator gave a task: task id -> (its title, the one before)
    renamed: Mapping[str, tuple[str, str]] = field(default_factory=dict)


def prefix(slug: str) -> str:
    """ "tuyen-quang" -> "tq", "khanh-hoa" -> "kh": the seeds' task ids start so."""
    return "".join(part[0] for part in slug.split("-") if part)


def first_date(task: Task) -> date | None:
    """A one-off task's date, a recurring task's first occurrence."""
    return task.deadline or (task.recurrence.first if task.recurrence else None)


def task_ids(slug: str, tasks: Sequence[Task], taken: Iterable[str]) -> list[str]:
    """An id for each task, none of them `taken` nor given twice."""
    used = set(taken)
    ids = []
    for task in tasks:
        when = first_date(task)
        base = f"{prefix(slug)}-{when.isoformat() if when else 'x'}"
        found, n = base, 2
        while found in used:
            found, n = f"{base}-{n}", n + 1
        used.add(found)
        ids.append(found)
    return ids


def blockers(draft: Draft, catalogue: Catalogue, province: Province) -> list[str]:
    """What keeps the draft from being published, one Vietnamese line each (none: publishable).
    The reader's problems first, then each task's: no unit that delivers, a unit the register
    does not know, no date, a recurrence without a first occurrence, a date before the letter's.
    """
    lines = [str(p) for p in draft.blocking]  # (a note is listed apart: it holds nothing back)
    if not draft.tasks and NO_TASKS not in lines:
        lines.append(NO_TASKS)
    for n, task in enumerate(draft.tasks, start=1):
        where = f"nhiệm vụ {n}"
        if not task.units:
            lines.append(f"{where}: chưa có đơn vị phải thực hiện")
        unknown = [u for u in (*task.units, *task.supporting) if u not in catalogue.agencies]
        if unknown:
            lines.append(f"{where}: không có trong danh sách đơn vị: {', '.join(unknown)}")
        if task.recurrence is None and task.deadline is None:
            lines.append(f"{where}: chưa có hạn")
        if task.recurrence is not None and task.recurrence.first is None:
            lines.append(f"{where}: chưa rõ lần thực hiện đầu tiên")
        when, day = first_date(task), draft.letter.date
        # (said once: the reader's problem already tells this date and how to correct it)
        if when and day and when < day and past_message(when) not in " ".join(lines):
            lines.append(f"{where}: hạn {fmt_date(when)} trước ngày của công văn")
    return lines


def published_before(draft: Draft, in_force: Iterable[Published]) -> Draft:
    """The draft, with a problem when a letter of the same number and date is in force already
    (the same letter forwarded twice): published again, every task would be tracked twice, each
    unit reminded twice. A problem, so the coordinator who checked that it is another letter
    sets it aside as any other ("Đã kiểm tra, bỏ qua lỗi đọc")."""
    letter = draft.letter
    if not letter.number:
        return draft
    for other in in_force:
        same = other.letter.number == letter.number and other.letter.date == letter.date
        if same:
            when = f" ngày {fmt_date(letter.date)}" if letter.date else ""
            said = Problem(
                None,
                f"công văn số {letter.number}{when} đã được công bố và đang theo dõi (tệp "
                f"{other.file_name}): công bố lần nữa sẽ theo dõi trùng mọi nhiệm vụ; nếu là "
                "văn bản khác, kiểm tra rồi bỏ qua",
            )
            return replace(draft, problems=(*draft.problems, said))
    return draft


def document_of(published: Published) -> Document:
    """How answers cite a published letter: its number, date and sender as printed."""
    letter = published.letter
    parts = ["Công văn" + (f" số {letter.number}" if letter.number else "")]
    if letter.date:
        parts.append(f"ngày {fmt_date(letter.date)}")
    if letter.sender:
        parts.append(f"của {letter.sender}")
    title = " ".join(parts) + f" ({published.file_name})"
    return Document(title, f"V/v {letter.subject}" if letter.subject else "")


def tracked_tasks(
    catalogue: Catalogue, province: Province, published: Published
) -> list[TrackedTask]:
    """The letter's tasks as the province tracks them, each citing the stored letter."""
    key = f"{SOURCE_PREFIX}{published.id}"
    result = []
    for task_id, task in published.tasks:
        if task.extends:
            continue  # it moves the deadline of a task tracked already (`extended_moves`)
        section = task.source.partition("#")[2]
        # the draft's edit mark ("28/6/2021 (đã sửa)", "trước ngày 20/6/2021 (đã sửa: 28/6/2021)")
        # is the coordinator's review aid: the officers are told the date in force, never whether
        # the letter was amended (ux25 #8)
        printed, correction = printed_part(task.deadline_text)
        printed = correction or printed
        source = f"{key}#{section}" if section else key
        cited = replace(task, source=source, deadline_text=printed)
        try:
            result.append(task_from_draft(key, province, task_id, cited, dict(catalogue.agencies)))
        except CatalogueError:
            continue  # checked when published; a register changed since drops only this task
    return result


def _ended(task: TrackedTask, ended: Mapping[str, date]) -> TrackedTask:
    """The task with the day its tracking was ended, and the days its occurrences ended one by
    one were (kept under their raw keys, "tq-2021-12-20@2021-12-20")."""
    dues = tuple(
        (due, day)
        for key, day in ended.items()
        for task_id, due in [split_key(key)]
        if task_id == task.id and due is not None
    )
    if task.id not in ended and not dues:
        return task
    return replace(task, ended=ended.get(task.id), ended_dues=dues)


def extended_moves(letters: Sequence[Published], tasks: Sequence[TrackedTask]) -> dict[str, Move]:
    """The deadlines the extension letters in force move, in the order they were published:
    the key each extends -> its new date and text, beside the date it had before."""
    found: dict[str, Move] = {}
    by_id = {t.id: t for t in tasks}
    for published in letters:
        for _, task in published.tasks:
            if not task.extends or task.deadline is None:
                continue
            task_id, scheduled = split_key(task.extends)
            target = by_id.get(task_id)
            if target is None:
                continue
            was = scheduled if scheduled is not None else target.due
            if was is None:
                continue
            before = found.get(task.extends)
            was_text = before.was_text if before else target.deadline_text
            if scheduled is not None and before is None:
                was_text = fmt_date(scheduled)
            found[task.extends] = Move(
                task.deadline, task.deadline_text, before.was if before else was, was_text
            )
    return found


def with_letters(
    catalogue: Catalogue,
    slug: str,
    letters: Sequence[Published],
    ended: Mapping[str, date] | None = None,
    moved: Mapping[str, Move] | None = None,
    renamed: Mapping[str, str] | None = None,
) -> Catalogue:
    """The catalogue with the province's published letters in force: their tasks after the
    seeds', their documents beside the seeds'; every task in `ended` (the seeds' too) carries the
    day its tracking was ended (knowledge/rules/standing.py); every deadline in `moved`, and
    every one an extension letter in force moves (knowledge/letters/extension.py), is due on its
    new date (knowledge/letters/moves.py); every task in `renamed` has the title the
    coordinator gave it. Unchanged when there is none of these."""
    if (
        not letters and not ended and not moved and not renamed
    ) or slug not in catalogue.provinces:
        return catalogue
    province = catalogue.provinces[slug]
    tasks = list(province.tasks)
    documents = dict(catalogue.documents)
    for published in letters:
        tasks += tracked_tasks(catalogue, province, published)
        documents[f"{SOURCE_PREFIX}{published.id}"] = document_of(published)
    if ended:
        tasks = [_ended(t, ended) for t in tasks]
    if renamed:
        tasks = [replace(t, title=renamed[t.id]) if t.id in renamed else t for t in tasks]
    moves = {**extended_moves(letters, tasks), **(moved or {})}
    if moves:
        tasks = moved_tasks(tasks, moves)
    changed = replace(province, tasks=tasks)
    return replace(
        catalogue, provinces={**catalogue.provinces, slug: changed}, documents=documents
    )
