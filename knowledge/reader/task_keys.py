"""A task named in the key's place of /capnhat by what only ever names a task: its id, its date
("20/4", "hạn 20/4"), its form ("mẫu số 01", "biểu 02") or its letter's number ("cv 618"), alone
or together ("cv 618 mẫu 01"). Such a name is as exact as the task's id: a unit and a status
after it write (`/capnhat mau so 01 Sở Xây dựng đã nộp`), as `/capnhat tq-2021-09-24 sxd đã
nộp` does. The task's own words ("báo cáo thanh toán") are a question's evidence, not a key:
what free text offers for them is offered for a press, never written (usecases/statuses.py)."""

from __future__ import annotations

from collections.abc import Sequence

from knowledge.catalogue.model import Province, Task
from knowledge.language.text import MarkedWords
from knowledge.reader.parse import Parsed
from knowledge.reader.task_refs import one_form

# Words that only say a task's name follows ("hạn 20/4", "nhiệm vụ mẫu 01", "nv 20/4"); any
# other word makes the text more than a task's name.
KEY_WORDS = MarkedWords("hạn ngày nhiệm vụ nv")


def referenced(parsed: Parsed, province: Province) -> tuple[Task, ...]:
    """The tasks a text names when it is nothing but names of tasks (ids, dates, forms, letters'
    numbers, and a period choosing a recurring task's occurrence, "mẫu 02 tháng 10"), each name
    narrowing the others ("cv 618 mẫu 01": the letter's task asking for Mẫu số 01); () when a
    word is anything else, or when a form of several is named by its number ("pl3" of Phụ lục
    I–IV: one form sent is not the task done)."""
    tokens = parsed.tokens
    if not tokens or not (parsed.tasks or parsed.letters):
        return ()
    covered: set[int] = set()
    spans: dict[tuple[int, int], set[str]] = {}
    for ref in parsed.tasks:
        if ref.number is not None and one_form(ref.task, tokens, province) is not None:
            return ()
        spans.setdefault((ref.start, ref.end), set()).add(ref.task.id)
        covered.update(range(ref.start, ref.end))
    for letter in parsed.letters:
        ids = {t.id for found in letter.letters for t in found.tasks}
        spans.setdefault((letter.start, letter.end), set()).update(ids)
        covered.update(range(letter.start, letter.end))
    for period in parsed.periods:
        covered.update(range(period.start, period.end))
    for year in parsed.years:
        covered.update(range(year.start, year.end))
    if any(i not in covered and tokens[i] not in KEY_WORDS for i in range(len(tokens))):
        return ()
    # each name narrows the others; a date is also a period, and may name no task beside a form
    named: set[str] | None = None
    for found in spans.values():
        named = set(found) if named is None else named & found
    return tuple(t for t in province.tasks if named and t.id in named)


def owed_first(tasks: Sequence[Task], province: Province, unit: str | None) -> list[Task]:
    """The tasks the unit owes among `tasks`, else all of them (a unit owing none is refused
    for the task by the write itself, saying so)."""
    if unit is None:
        return list(tasks)
    own = {t.id for t in province.tasks_of(unit)}
    return [t for t in tasks if t.id in own] or list(tasks)
