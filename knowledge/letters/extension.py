"""A letter that moves the deadline of an earlier letter's task ("gia hạn thời gian gửi báo cáo
đến ngày …", "điều chỉnh thời hạn …"), citing that letter by its number ("Công văn số
815/STTTT-CNTT"): read as a change to the task already tracked, not as a task of its own.

`reading` tells whether a letter is such an extension and which letters it cites; `linked` finds,
among the tasks in force (the seeds' and the published letters', as `/congvan` lists them), the
one it moves: a task of a cited letter, one-off, owed by the units the extension asks. Found, the
draft's task carries its key (`Task.extends`): the review shows "tq-…: hạn X → Y", and
publishing moves that task's deadline (knowledge/letters/publish.py `extended_moves`), its form
and units kept. A cited letter not tracked, or several tasks that fit, is said under "Cần kiểm
tra" with the choices, and the coordinator names the task ("gia hạn nv 1 cho tq-…") or checks
that it is new work ("Đã kiểm tra"): never a silent second task for the same report.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from knowledge.calendar.deadlines import fmt_date
from knowledge.letters import dates
from knowledge.letters.model import DOUBT, Draft, Problem, Task
from knowledge.letters.moves import Move, change_line
from knowledge.letters.text import plain

# an earlier letter cited by its number: "Công văn số 815/STTTT-CNTT", "Văn bản số 480/SNV-CCHC"
_CITED = re.compile(
    r"\b(?:cong van|van ban|ke hoach|thong bao)\s+(?:so\s+)?"
    r"(\d+\s*/\s*[a-z0-9&.-]+(?:-[a-z0-9&]+)*)"
)
WHICH = "gia hạn nv {n} cho {key}"  # the correction that names the task (draft_talk.py)


@dataclass(frozen=True)
class Extension:
    """A letter read as moving an earlier letter's deadline: the numbers of the letters it cites
    (as folded, "815/sttttt-cntt"), its own number excluded."""

    cited: tuple[str, ...]


@dataclass(frozen=True)
class Candidate:
    """A task in force that an extension may move (built by the caller from the catalogue)."""

    key: str
    title: str
    letter: str | None  # the number of the letter it comes from, as printed
    units: tuple[str, ...]
    form: str
    due: date | None  # None: recurring (an occurrence is named by hand)
    deadline_text: str


def _number(text: str) -> str:
    return re.sub(r"\s+", "", plain(text))


def reading(text: str, draft: Draft) -> Extension | None:
    """The letter as an extension: it says it moves a date (subject or body, as the reader
    knows a time moved: `dates.EXTENDED`) and cites an earlier letter by its number; None
    otherwise."""
    low = plain(text)
    subject = plain(draft.letter.subject or "")
    if not (dates.EXTENDED.search(subject) or dates.EXTENDED.search(low)):
        return None
    own = _number(draft.letter.number or "")
    cited = tuple(
        dict.fromkeys(n for m in _CITED.finditer(low) if (n := _number(m.group(1))) != own)
    )
    return Extension(cited) if cited else None


def _same_letter(number: str | None, cited: Sequence[str]) -> bool:
    if not number:
        return False
    mine = _number(number)
    return any(
        mine == c or (mine.split("/")[0] == c.split("/")[0] and _code(mine, c)) for c in cited
    )


def _code(a: str, b: str) -> bool:
    """The same figure and the same issuing code once the office's letters are set aside
    ("815/STTTT-CNTT" typed "815/STTTT")."""
    return a.split("/", 1)[-1].startswith(b.split("/", 1)[-1]) or b.split("/", 1)[-1].startswith(
        a.split("/", 1)[-1]
    )


def _fits(task: Task, candidate: Candidate) -> bool:
    """The candidate is owed by units the extension asks (some of them at least)."""
    return bool(set(task.units) & set(candidate.units))


def _narrowed(task: Task, found: list[Candidate]) -> list[Candidate]:
    """Among several, those on the form the extension names, when some are; then those owed by
    exactly the units it asks, when some are."""
    forms = {plain(f) for f in task.forms}
    found = [c for c in found if c.form and plain(c.form) in forms] or found
    return [c for c in found if set(c.units) == set(task.units)] or found


def linked(draft: Draft, extension: Extension, candidates: Sequence[Candidate]) -> Draft:
    """The draft with each one-off task of the extension linked to the task in force it moves
    (`Task.extends`), or a doubt saying which tasks it may move and how to name one."""
    cited = [c for c in candidates if _same_letter(c.letter, extension.cited)]
    tasks, problems = list(draft.tasks), list(draft.problems)
    for n, task in enumerate(draft.tasks, start=1):
        if task.extends or task.deadline is None:
            continue
        fits = _narrowed(task, [c for c in cited if _fits(task, c)])
        if len(fits) == 1 and fits[0].due is not None:
            tasks[n - 1] = replace(task, extends=fits[0].key)
            continue
        problems.append(Problem(None, doubt(n, extension, fits or cited)))
    return replace(draft, tasks=tuple(tasks), problems=tuple(problems))


def doubt(n: int, extension: Extension, choices: Sequence[Candidate]) -> str:
    """What the review says when the task an extension moves is not known for sure."""
    letters = ", ".join(c.upper() for c in extension.cited)
    if not choices:
        return (
            f"{DOUBT}: nhiệm vụ {n} gia hạn theo công văn số {letters}, nhưng công văn đó chưa "
            "được theo dõi trong bot — nếu là nhiệm vụ đang theo dõi, gõ "
            f"“{WHICH.format(n=n, key='<mã nhiệm vụ>')}” (xem /congvan); nếu là việc mới, "
            "kiểm tra rồi bấm “Đã kiểm tra”"
        )
    listed = "; ".join(f"{c.key} ({c.form or c.title[:40]}, hạn {_when(c)})" for c in choices[:6])
    return (
        f"{DOUBT}: nhiệm vụ {n} gia hạn một nhiệm vụ của công văn số {letters}: {listed} — gõ "
        f"“{WHICH.format(n=n, key=choices[0].key)}” (nhiệm vụ định kỳ: /doihan cho một kỳ); "
        "nếu là việc mới, bấm “Đã kiểm tra”"
    )


def _when(c: Candidate) -> str:
    return fmt_date(c.due) if c.due else c.deadline_text


def change_of(task: Task, candidate: Candidate) -> str:
    """ "tq-2021-10-11: hạn 11/10/2021 → 17 giờ 00 ngày 22/10/2021", as the review shows it."""
    assert task.deadline is not None
    was = candidate.due or task.deadline
    move = Move(task.deadline, task.deadline_text, was, candidate.deadline_text)
    return change_line(candidate.key, move)


def settled(draft: Draft) -> Draft:
    """The draft without the doubts of tasks now linked (the coordinator named the task)."""
    linked_n = {n for n, t in enumerate(draft.tasks, start=1) if t.extends}
    kept = tuple(
        p
        for p in draft.problems
        if not any(p.message.startswith(f"{DOUBT}: nhiệm vụ {n} gia hạn") for n in linked_n)
    )
    return replace(draft, problems=kept)
