"""The draft a letter is read into: the letter, its tasks and what could not be read.

A draft is plain data: it goes to JSON and back unchanged (`Draft.to_json` / `Draft.from_json`),
so that it can be shown for review, stored, published and versioned. Nothing here knows the
register or the text: knowledge/letters/extract.py fills it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

EVERY = ("month", "quarter", "half-year", "year")
TASK_KEYS = (
    "title",
    "deadline",
    "deadline_text",
    "recurrence",
    "units",
    "supporting",
    "forms",
    "recipient",
    "steps",
    "contents",
    "source",
)
LETTER_KEYS = ("number", "date", "sender", "subject")


class DraftError(ValueError):
    """A JSON object that is not a draft (a wrong key, a date that is not ISO)."""


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _day(value: Any, what: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise DraftError(f"{what}: {value!r} is not an ISO date") from None


def _strings(value: Any, what: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DraftError(f"{what}: expected a list of strings")
    return tuple(value)


def _text(value: Any, what: str) -> str | None:
    if value is not None and not isinstance(value, str):
        raise DraftError(f"{what}: expected a string or null")
    return value


@dataclass(frozen=True)
class Recurrence:
    """ "định kỳ hằng tháng, trước ngày 20" → every month, day 20; "trước ngày 15 của tháng cuối
    quý" → every quarter, day 15 of its last month; "trước ngày 15/6 và 15/12 hằng năm" →
    every half year, day 15 of the month of `first` and of six months on; "định kỳ hằng năm
    trước ngày 15/12" → every year, day 15 of the month of `first`. `first` is the first
    occurrence (a quarter's and a year's say which month the day falls in: a yearly recurrence
    without it cannot be dated).
    """

    every: str  # "month" | "quarter" | "half-year" | "year"
    day: int
    first: date | None

    def to_json(self) -> dict:
        return {"every": self.every, "day": self.day, "first": _iso(self.first)}

    @classmethod
    def from_json(cls, data: Any) -> Recurrence | None:
        if data is None:
            return None
        if not isinstance(data, dict) or set(data) != {"every", "day", "first"}:
            raise DraftError("recurrence: expected {every, day, first}")
        if data["every"] not in EVERY:
            raise DraftError(f"recurrence: every {data['every']!r} is not one of {EVERY}")
        if type(data["day"]) is not int or not 1 <= data["day"] <= 31:
            raise DraftError(f"recurrence: day {data['day']!r} is not 1–31")
        return cls(data["every"], data["day"], _day(data["first"], "recurrence.first"))


@dataclass(frozen=True)
class Task:
    """One duty the letter sets with a date or a period."""

    title: str
    deadline: date | None  # None for a recurring task, or when the date could not be read
    deadline_text: str  # as printed: "trước ngày 20/4/2021", "định kỳ hằng tháng, trước ngày 20"
    recurrence: Recurrence | None
    units: tuple[str, ...]  # register names of the units that must deliver it
    supporting: tuple[str, ...]  # units with a duty and no deliverable (phối hợp, góp ý, hỗ trợ)
    forms: tuple[str, ...]  # as printed: "Biểu 02", "Phụ lục I", "Mẫu số 01"
    recipient: str | None  # who receives it: a register name, or "UBND tỉnh"
    steps: tuple[str, ...]  # "Bước 1: …", in order
    contents: tuple[str, ...]  # what the dossier holds ("Hồ sơ gồm có: …")
    source: str  # "<letter>#mục 2 và mục 6"
    # months a recurring report trails the period it reports: "trước ngày 05 của tháng sau" is
    # 1 (the occurrence due 5/11 is October's report), "trước ngày 20 hằng tháng" 0. Kept
    # beside the recurrence, whose keys stay every/day/first; in the JSON only when not 0.
    lag: int = 0
    # an extension letter's task: the key of the published task (or occurrence) whose deadline
    # it moves (knowledge/letters/extension.py), tracked under that key, not as a task of its
    # own. Kept in the draft and the published task, like the lag; never in `--json`.
    extends: str | None = None

    def to_json(self, stored: bool = True) -> dict:
        """stored: with the lag and what it extends, which the draft and the published task
        keep; the command line's `--json` prints exactly the issue's keys
        (`Draft.to_json(stored=False)`)."""
        lag: dict[str, int | str] = {"lag": self.lag} if self.lag and stored else {}
        if self.extends and stored:
            lag["extends"] = self.extends
        return {
            "title": self.title,
            "deadline": _iso(self.deadline),
            "deadline_text": self.deadline_text,
            "recurrence": self.recurrence.to_json() if self.recurrence else None,
            "units": list(self.units),
            "supporting": list(self.supporting),
            "forms": list(self.forms),
            "recipient": self.recipient,
            "steps": list(self.steps),
            "contents": list(self.contents),
            "source": self.source,
            **lag,
        }

    @classmethod
    def from_json(cls, data: Any) -> Task:
        if not isinstance(data, dict) or set(data) - {"lag", "extends"} != set(TASK_KEYS):
            raise DraftError(f"task: expected the keys {', '.join(TASK_KEYS)}")
        lag = data.get("lag", 0)
        if type(lag) is not int or not 0 <= lag <= 12:
            raise DraftError(f"lag: {lag!r} is not 0–12 months")
        return cls(
            title=_text(data["title"], "title") or "",
            deadline=_day(data["deadline"], "deadline"),
            deadline_text=_text(data["deadline_text"], "deadline_text") or "",
            recurrence=Recurrence.from_json(data["recurrence"]),
            units=_strings(data["units"], "units"),
            supporting=_strings(data["supporting"], "supporting"),
            forms=_strings(data["forms"], "forms"),
            recipient=_text(data["recipient"], "recipient"),
            steps=_strings(data["steps"], "steps"),
            contents=_strings(data["contents"], "contents"),
            source=_text(data["source"], "source") or "",
            lag=lag,
            extends=_text(data.get("extends"), "extends"),
        )


@dataclass(frozen=True)
class Letter:
    number: str | None  # "3363/UBND-KSTT"; None when printed blank ("Số: /STTTT-CNTT")
    date: date | None  # None when the day is printed blank ("ngày tháng 4 năm 2021")
    sender: str | None  # a register name, or "UBND tỉnh"
    subject: str | None  # the "V/v …" line, wrapped lines joined, without "V/v"


_PROBLEM = re.compile(r"^dòng (\d+): (.*)$", re.S)


# A line of a draft that says what the reader chose where the letter leaves a doubt (a deadline
# counted from the letter's date, two dates for one report): the task is read and shown with
# that value, and the coordinator checks it ("Sửa n", or "Đã kiểm tra") before publishing. The
# rest of the letter is not refused for it.
DOUBT = "cần kiểm tra"

# A line of a draft that the coordinator should look at but that holds nothing back: the review
# lists it under "Cần xem lại" (a unit a section names that the reader placed in no task).
NOTE = "cần xem lại"

# What the reader and the publisher say of a draft with no dated duty: one line, not two.
NO_TASKS = "không thấy nhiệm vụ nào có thời hạn trong công văn"


@dataclass(frozen=True)
class Problem:
    """Something the reader could not read, at a line of the letter (None: the whole letter)."""

    line: int | None
    message: str

    def __str__(self) -> str:
        return f"dòng {self.line}: {self.message}" if self.line else self.message

    @property
    def doubt(self) -> bool:
        """A value the reader chose and says so (`DOUBT`), not something it could not read."""
        return self.message.startswith(DOUBT)

    @property
    def note(self) -> bool:
        """Something to look at that does not hold the draft back (`NOTE`)."""
        return self.message.startswith(NOTE)

    @staticmethod
    def once(problems: list[Problem]) -> tuple[Problem, ...]:
        """Each thing unread said once, at the first line it is printed on (a unit the register
        lacks is named in Kính gửi and again over its section)."""
        said: dict[str, Problem] = {}
        for problem in sorted(problems, key=lambda p: p.line or 0):
            said.setdefault(problem.message, problem)
        return tuple(p for p in problems if said[p.message] is p)

    @classmethod
    def parse(cls, text: str) -> Problem:
        m = _PROBLEM.match(text)
        return cls(int(m.group(1)), m.group(2)) if m else cls(None, text)


@dataclass(frozen=True)
class Draft:
    letter: Letter
    tasks: tuple[Task, ...]
    problems: tuple[Problem, ...] = field(default=())

    @property
    def publishable(self) -> bool:
        """Nothing unread and at least one task: what a reviewer may publish as it is."""
        return bool(self.tasks) and not self.blocking

    @property
    def unread(self) -> tuple[Problem, ...]:
        """What could not be read at all: the problems less the doubts (a draft with tasks and
        only doubts was read whole; its doubts still wait for the coordinator's check)."""
        return tuple(p for p in self.blocking if not p.doubt)

    @property
    def blocking(self) -> tuple[Problem, ...]:
        """The problems that hold the draft back: all but the notes."""
        return tuple(p for p in self.problems if not p.note)

    @property
    def notes(self) -> tuple[Problem, ...]:
        """What the review lists under "Cần xem lại" without holding the draft back."""
        return tuple(p for p in self.problems if p.note)

    def to_json(self, stored: bool = True) -> dict:
        return {
            "number": self.letter.number,
            "date": _iso(self.letter.date),
            "sender": self.letter.sender,
            "subject": self.letter.subject,
            "tasks": [t.to_json(stored) for t in self.tasks],
            # The command's JSON says what could not be read (a good letter prints none); the
            # review's notes travel only in a stored draft, which the review reads back.
            "problems": [str(p) for p in (self.problems if stored else self.blocking)],
        }

    @classmethod
    def from_json(cls, data: Any) -> Draft:
        keys = {*LETTER_KEYS, "tasks", "problems"}
        if not isinstance(data, dict) or set(data) != keys:
            raise DraftError(f"draft: expected the keys {', '.join(sorted(keys))}")
        if not isinstance(data["tasks"], list):
            raise DraftError("tasks: expected a list")
        letter = Letter(
            number=_text(data["number"], "number"),
            date=_day(data["date"], "date"),
            sender=_text(data["sender"], "sender"),
            subject=_text(data["subject"], "subject"),
        )
        problems = _strings(data["problems"], "problems")
        return cls(
            letter,
            tuple(Task.from_json(t) for t in data["tasks"]),
            tuple(Problem.parse(p) for p in problems),
        )

    def without_task(self, index: int) -> Draft:
        return replace(self, tasks=self.tasks[:index] + self.tasks[index + 1 :])
