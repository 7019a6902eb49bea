"""Tasks of letters no longer in force (withdrawn, or their publication undone, or rolled back):
an officer who names one — by its id, its form as printed ("mẫu số 01") or its own words — hears
that it was taken back, by which letter and when, instead of the generic answer a name of no
tracked task gets (their list, "Không có biểu …"). Nothing else reads them: they are in no view.

Read from the letters' versions (db/letter_repo.py) once per version of the letters in force.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from db.letter_repo import WITHDRAW
from knowledge.catalogue.model import Task, split_key
from knowledge.deliverables.handed_files import form_words
from knowledge.letters.publish import Published, document_of, tracked_tasks
from knowledge.reader.task_words import TaskWords
from knowledge.render.withdrawn_text import UNPUBLISHED, WITHDRAWN, withdrawn_line
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.own_words import task_word_tokens
from usecases.runner import use_case

MAX_SAID = 3  # tasks said at once (a letter's tasks named together)


@dataclass(frozen=True)
class Withdrawn:
    task: Task  # as it was tracked
    letter: str  # "Công văn số 512/STTTT-CNTT ngày 2/8/2021 của …"
    how: str  # WITHDRAWN or UNPUBLISHED
    at: datetime  # when it left force


@dataclass(frozen=True)
class _Known:
    tasks: tuple[Withdrawn, ...]
    words: TaskWords | None


def _known(desk: Desk) -> _Known:
    """The tasks out of force now, and their words, once per version of the letters."""
    cache: dict[int, _Known] = desk.per_catalogue("withdrawn", dict)
    number = desk.letters_number
    if number not in cache:
        cache.clear()
        cache[number] = _read(desk)
    return cache[number]


def _read(desk: Desk) -> _Known:
    letters = desk.letters
    if letters is None or not desk.letters_number:
        return _Known((), None)
    # each letter ever in force and out of it now: the version that last took it out
    gone: dict[int, tuple[str, datetime]] = {}
    before: tuple[int, ...] = ()
    for version in letters.history():
        for letter in before:
            if letter not in version.letters:
                how = WITHDRAWN if version.action == WITHDRAW else UNPUBLISHED
                gone[letter] = (how, version.at)
        for letter in version.letters:
            gone.pop(letter, None)
        before = version.letters
    catalogue, province = desk.catalogue, desk.province
    found: list[Withdrawn] = []
    subjects: dict[str, str] = {}
    for letter, (how, at) in gone.items():
        stored = letters.letter(letter)
        if stored is None:
            continue
        ids = letters.task_ids(letter)
        pairs = tuple(zip(ids, stored.draft.tasks, strict=False))  # as published, in order
        published = Published(letter, stored.file_name, stored.draft.letter, pairs)
        title = document_of(published).title.removesuffix(f" ({stored.file_name})")
        for task in tracked_tasks(catalogue, province, published):
            found.append(Withdrawn(task, title, how, at))
            subjects[task.id] = stored.draft.letter.subject or ""
    if not found:
        return _Known((), None)
    words = TaskWords([w.task for w in found], subjects, desk.assistant.matcher)
    return _Known(tuple(found), words)


def _named(desk: Desk, known: _Known, text: str, answered: tuple[str, ...]) -> list[Withdrawn]:
    """The withdrawn tasks the text names: by id, by a form no task in force asks for, else by
    their own words, better than the tasks in force the answer found (`answered`)."""
    lowered = text.lower()
    by_id = [w for w in known.tasks if re.search(rf"(?<![\w-]){re.escape(w.task.id)}", lowered)]
    if by_id:
        return by_id
    typed = f" {form_words(text)} "
    live = {form_words(t.form) for t in desk.province.tasks if t.form}
    by_form = [
        w
        for w in known.tasks
        if w.task.form
        and form_words(w.task.form) not in live
        and f" {form_words(w.task.form)} " in typed
    ]
    if by_form or known.words is None:
        return by_form
    tokens, support = task_word_tokens(desk.assistant, text, desk.clock.today(), desk.province)
    fit = known.words.fit([w.task.id for w in known.tasks], tokens, lambda: None, support)
    if fit is None:
        return []
    if answered:
        # the answer's own tasks (in force) hold the words as well: that answer stands
        held = desk.assistant.task_words.fit(list(answered), tokens, lambda: None, support)
        if held is not None and held.task_weight >= fit.task_weight - 1e-6:
            return []
    return [w for w in known.tasks if w.task.id in fit.tasks]


def withdrawn_task(desk: Desk, typed: str) -> Withdrawn | None:
    """The task of a letter out of force that an id names (an occurrence's raw key: its
    task's), for /capnhat and /lichsu; None when it names none."""
    known = _known(desk)
    task_id = split_key(typed.strip().lower())[0]
    return next((w for w in known.tasks if w.task.id == task_id), None)


def withdrawn_owed_by(desk: Desk, unit: str) -> tuple[Withdrawn, ...]:
    """The tasks of letters out of force that `unit` had to deliver (/nopbai says them)."""
    return tuple(w for w in _known(desk).tasks if unit in desk.province.expand(w.task.addressees))


def refused_line(found: Withdrawn) -> str:
    """What is said of it where an officer names it: which letter took it back, and when."""
    task = found.task
    return withdrawn_line(task.id, task.title, task.form, found.letter, found.how, found.at)


@use_case(writes=False)
def withdrawn_said(
    desk: Desk, caller: Caller | None, text: str, answered: tuple[str, ...] = ()
) -> str | None:
    """What to say of the withdrawn tasks `text` names (None: it names none). `answered`: the
    tasks in force the answer to it found, which the words must fit less well."""
    known = _known(desk)
    if not known.tasks or not text.strip():
        return None
    found = _named(desk, known, text, answered)
    if not found:
        return None
    unit = caller.agency if caller is not None else None
    own = [w for w in found if unit in (*w.task.addressees, *w.task.supporting)]
    return "\n".join(
        withdrawn_line(w.task.id, w.task.title, w.task.form, w.letter, w.how, w.at)
        for w in (own or found)[:MAX_SAID]
    )
