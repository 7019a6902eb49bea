"""Which of a draft's problems a correction settles.

The reader says what it could not read, and what it read with a doubt ("cần kiểm tra: hạn
“trong vòng 05 ngày làm việc …” tính là 17/5/2021 …"), at a line of the letter; the draft is
held back until the coordinator has looked. A correction is a look at one task only: it
settles the problems about that task's deadline when it corrects that deadline (or drops the
task), and keeps every other one, so that correcting task 1 never publishes task 3's doubt
unseen. What no correction can settle is set aside only by "Đã kiểm tra"
(usecases/letter_edits.py `accept_problems`).

A problem is about a task's deadline when it quotes the task's deadline as printed (every doubt
the reader has about a task's date does: the counted days, the quarter before, two dates of one
report, a weekday that is not the date's), or, for what could not be read, names a date that
the task's deadline prints ("hạn 15/8/2022 trước ngày của công văn"). A problem two tasks fit
stays until neither does.
"""

from __future__ import annotations

import re
from dataclasses import replace

from knowledge.letters.model import Draft, Problem, Task
from knowledge.letters.text import plain

_QUOTED = re.compile(r"“([^”]{3,})”")
_DATE = re.compile(r"\b(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})\b")


def _same(text: str) -> str:
    return " ".join(plain(text).split()).strip(" .,;:…")


def _dates(text: str) -> set[tuple[int, int, int]]:
    return {(int(d), int(m), int(y)) for d, m, y in _DATE.findall(text)}


def about(problem: Problem, task: Task) -> bool:
    """Whether `problem` is about `task`'s deadline (see the module docstring)."""
    printed = _same(task.deadline_text)
    if not printed:
        return False
    if any(_same(q) == printed for q in _QUOTED.findall(problem.message)):
        return True
    # a doubt quotes what it is about; only what could not be read is found by its date
    return not problem.doubt and bool(_dates(problem.message) & _dates(task.deadline_text))


def task_of(problem: Problem, tasks: tuple[Task, ...]) -> int | None:
    """The one task (0-based) a problem is about, None when none or several."""
    found = [i for i, t in enumerate(tasks) if about(problem, t)]
    return found[0] if len(found) == 1 else None


def about_task(problem: Problem, tasks: tuple[Task, ...]) -> str:
    """The problem as the review lists it, after the task it is about ("nhiệm vụ 3, dòng 22:
    cần kiểm tra: …"), so the coordinator knows which "Sửa n" settles it."""
    index = task_of(problem, tasks)
    return str(problem) if index is None else f"nhiệm vụ {index + 1}, {problem}"


def corrected(draft: Draft, index: int, task: Task | None, deadline: bool) -> Draft:
    """The draft with its task `index` replaced by `task` (None: dropped). The problems about
    the task's deadline go when `deadline` was corrected or the task dropped, unless another
    task fits them too; every other problem stays."""
    before = draft.tasks[index]
    others = draft.tasks[:index] + draft.tasks[index + 1 :]
    settles = task is None or deadline
    kept = tuple(
        p
        for p in draft.problems
        if not (settles and about(p, before) and not any(about(p, t) for t in others))
    )
    tasks = others if task is None else (*draft.tasks[:index], task, *draft.tasks[index + 1 :])
    return replace(draft, tasks=tasks, problems=kept)
