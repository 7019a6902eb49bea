"""The task, or one occurrence of a recurring task, that the coordinator's words name in a
command (`/doihan`, `/ketthuc`, `/molai`): one resolver, so that the words one command takes
for a month's report ("bc tháng 7", "mẫu 01 tháng 7") every other takes too (ux22 #8).

In order: an id, an occurrence's short or raw key, a button's reference, a one-off task's
date; the task /capnhat reads in a name ("mẫu số 04", "cv 815"), when one answers; the task
the question reader reads in the words, with the occurrence of the period they name. A period
named beside several tasks picks the one recurring task with an occurrence in it: "bc tháng 7"
is the July report of the monthly one, not a one-off report whose date was moved into July.
"""

from __future__ import annotations

from datetime import date

from knowledge.catalogue.model import Task
from knowledge.catalogue.occurrence_names import spell_out
from knowledge.catalogue.task_lookup import find_task
from knowledge.letters.sources import find_letter, tracked_letters
from knowledge.reader.month_reports import occurrence
from knowledge.reader.report_periods import occurrences_in
from usecases import refs
from usecases.capnhat_tasks import task_keys
from usecases.deadline_history import dates_had
from usecases.desk import Desk

Named = tuple[Task, date | None]  # the task, and for one occurrence its scheduled date


def by_key(desk: Desk, text: str, extra_refs: tuple[str, ...] = ()) -> tuple[str, Named | None]:
    """An id, an occurrence's key or a one-off task's date: (the text with a button's
    reference spelled out, what it names or None). `extra_refs`: other keys a button may
    carry (a letter's), spelled out too."""
    province = desk.province
    by_ref = refs.index([*(t.id for t in province.tasks), *extra_refs])
    text = by_ref.get(refs.ref(text.strip()), text.strip())
    spelled = spell_out(text, province, desk.clock.today())  # a short occurrence key: raw
    found = province.task_at(spelled) or province.task_at(spelled.lower())
    if found is not None:
        return text, found
    task = find_task(spelled, province, dates_had(desk))
    return text, ((task, None) if task is not None else None)


def of_letter(desk: Desk, text: str) -> Named | None:
    """A letter's number, then what names one of its tasks ("618 T10/2021", "cv 618 tháng
    10"): the task (or occurrence) the rest names among that letter's tasks, read as if typed
    after the task's id; None when no letter leads the words or the rest fits none or several
    (ux29 #4: each part worked alone, not the two together)."""
    words = text.split()
    letters = tracked_letters(desk.catalogue, desk.province)
    for cut in range(len(words) - 1, 0, -1):
        letter = find_letter(" ".join(words[:cut]), letters)
        if letter is None:
            continue
        rest = " ".join(words[cut:])
        fits = {
            found
            for task in letter.tasks
            for found in [by_key(desk, f"{task.id} {rest}")[1] or _in_words(desk, task, rest)]
            if found is not None and found[0].id == task.id
        }
        return fits.pop() if len(fits) == 1 else None
    return None


def _in_words(desk: Desk, task: Task, rest: str) -> Named | None:
    """The period the words name, of this task ("tháng 10" of a monthly one)."""
    asked = desk.assistant.understand(rest, desk.clock.today(), desk.province.slug)
    periods = [s.period for s in asked.parsed.periods]
    if len(periods) != 1 or not task.recurring:
        return None
    days = occurrences_in(task, periods[0])
    return (task, days[0]) if len(days) == 1 else None


def in_words(desk: Desk, text: str) -> Named | None:
    """The task the words name by its form, letter or title words (see the module's
    docstring), with the occurrence of the period they name; None when none or several."""
    lettered = of_letter(desk, text)
    if lettered is not None:
        return lettered
    province, today = desk.province, desk.clock.today()
    keys = task_keys(desk, text, None)
    if len(keys) == 1:
        return province.task_at(keys[0])
    asked = desk.assistant.understand(text, today, province.slug)
    reading = asked.reading
    if reading is None or reading.intent != "task":
        return None
    if reading.task is not None:
        due = occurrence(reading)
        return reading.task, due
    periods = [s.period for s in asked.parsed.periods]
    if len(periods) != 1:
        return None
    dated = [(t, occurrences_in(t, periods[0])) for t in reading.tasks if t.recurring]
    found = [(t, days[0]) for t, days in dated if days]
    return found[0] if len(found) == 1 else None


def named_task(desk: Desk, text: str) -> Named | None:
    """The task or occurrence `text` names, by key first, else in words."""
    text, found = by_key(desk, text)
    return found if found is not None else in_words(desk, text)
