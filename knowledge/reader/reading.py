"""What a question was read as (`Reading`): the intent the evidence chose and what it names,
before the answer is written (ask.py). Apart from the reading itself (interpret.py), which the
task and letter readings (task_choice.py) also build."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from knowledge.catalogue.model import Task
from knowledge.letters.sources import TrackedLetter
from knowledge.reader.asking import Standing
from knowledge.reader.periods import Period
from knowledge.reader.question_words import Hit
from knowledge.reader.row_refs import RowRef

ReadingKind = Literal[
    "help",
    "item",
    "task",
    "letter",
    "forms",
    "service",
    "named",
    "deadline",
    "agency",
    "progress",
    "whose",
    "suggest",
    "absent",
    "figures",  # dossier counts the province's data does not hold (figures.py)
    "unknown",
]


@dataclass(frozen=True)
class Reading:
    intent: ReadingKind
    agency: str | None = None
    period: Period | None = None
    task: Task | None = None
    # "task": the tasks the question's words name (the one chosen among them; all of them, to
    # choose from, when `sure` is False); "letter": the letter's
    tasks: tuple[Task, ...] = ()
    letter: TrackedLetter | None = None  # a letter named by its number
    row: RowRef | None = None
    hits: tuple[Hit, ...] = ()
    named: int | None = None  # a province's named service, by its position
    sure: bool = True  # False: offer the choices ("Có phải bạn hỏi…")
    # progress: which units to list (open also lists late); task: where the agency stands on
    # the task is what is asked ("…, mà bên em nộp chưa", two_questions.py)
    standing: Standing | None = None
    # absent: the words that name the service asked about; task with no tasks: the recurrence
    # asked about that no task in force has (recurring_reports.py)
    asked: str = ""
    # agency: the question asks whom the unit turns to ("… thì liên hệ ai", concern.py)
    contact: bool = False
    # progress: which unit is the most late, the units ranked by their count (ranking_asked.py)
    ranked: bool = False
