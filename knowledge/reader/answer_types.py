"""What the question-answering core hands out: a question read (Asked) and its answer (Answer),
with the intents of `python -m bot ask --json`. Apart from the Assistant that builds them
(ask.py), which is long enough on its own."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from knowledge.catalogue.model import Province
from knowledge.catalogue.views import RowView, TaskView
from knowledge.reader.parse import Parsed
from knowledge.reader.reading import Reading
from knowledge.render import answers

# The intents of `python -m bot ask --json` (README, ../shared/eval).
Intent = Literal[
    "service",
    "agency",
    "deadline",
    "item",
    "task",
    "progress",
    "absent",
    "stats",
    "help",
    "unknown",
]


def next_due_of_agency(reading: Reading) -> bool:
    """ "còn bao nhiêu ngày nữa đến hạn" for an agency: answered with its late items beside."""
    return (
        reading.intent == "deadline"
        and reading.agency is not None
        and reading.period is not None
        and reading.period.nearest
    )


@dataclass(frozen=True)
class Asked:
    """A question read, before it is answered."""

    province: Province
    today: date
    parsed: Parsed
    reading: Reading | None  # None: nothing typed, or a statistics question
    typed: bool  # the question had any text
    stats: bool = False
    # a message that asks two things (two_questions.py): each clause read alone, all answered
    parts: tuple[Asked, ...] = ()
    unanswered: tuple[str, ...] = ()  # clauses that ask and were read as nothing sure

    @property
    def needs_statuses(self) -> bool:
        """Whether the answer is read from the statuses (a progress question, a letter asked
        about by an officer)."""
        if any(p.needs_statuses for p in self.parts):
            return True
        reading = self.reading
        if reading is None:
            return False
        # a letter asked about by an officer: where each of its tasks stands for their unit; a
        # period asked for one unit: where each of its items stands (rendering.with_standing);
        # an agency's next deadline: what is already late beside it; a unit's occurrence asked
        # about: where it stands on it
        return (
            reading.intent == "progress"
            or (reading.intent == "task" and reading.standing is not None)
            # one occurrence asked by a unit ("bc tháng 11 nộp khi nào"): late only if unsent
            or (reading.intent == "task" and reading.period is not None and bool(reading.agency))
            or (reading.intent in ("letter", "deadline") and reading.agency is not None)
            # the province's list of a period: what every unit has done said apart (u26 #3)
            or (reading.intent == "deadline" and reading.period is not None)
            or next_due_of_agency(reading)
            or self._phased_row(reading)
        )

    def _phased_row(self, reading: Reading) -> bool:
        """A row of several milestones asked about: each is said with where it stands
        (knowledge/render/milestone_answers.py), read from the statuses."""
        if reading.intent not in ("item", "service"):
            return False
        keys = [h.key for h in reading.hits[:1]]
        if reading.row is not None and reading.row.decision:
            keys.append(f"{reading.row.decision}-{reading.row.number}")
        elif reading.row is not None:
            keys.append(f"{self.province.decision}-{reading.row.number}")
        found = (self.province.assignments.get(k) for k in keys)
        return any(a is not None and len(a.milestones) > 1 for a in found)


@dataclass
class Answer:
    intent: Intent
    agency: str | None
    items: list[RowView]
    tasks: list[TaskView]
    html: str
    close: bool = False  # the best rows are too close to pick one: offer a choice
    extra: dict = field(default_factory=dict)
    sure: bool = True  # False: the answer is a question back ("Có phải bạn hỏi…")

    @property
    def text(self) -> str:
        return answers.to_plain(self.html)

    def to_json(self) -> dict:
        return {
            "intent": self.intent,
            "sure": self.sure,
            "agency": self.agency,
            "items": [v.to_json() for v in self.items],
            "tasks": [t.to_json() for t in self.tasks],
            "text": self.text,
        }
