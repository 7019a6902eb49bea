"""What the question-answering core hands out: a question read (Asked) and its answer (Answer),
with the intents of `python -m bot ask --json`. Apart from the Assistant that builds them
(ask.py), which is long enough on its own."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from knowledge.catalogue.model import Catalogue, Province
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
    # the parts are the several things of one kind the message names (several_subjects.py):
    # their kind (thing | agency | period), and whether it asks how they compare
    several: str | None = None
    compared: bool = False
    # the row asked about has several dates in the province (`dated_row`): its answer says
    # where the unit stands on them, read from the statuses
    dated: bool = False

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
            # a task its unit owes, asked about by it: where it stands, as /nopbai says (ux34 #1)
            or owed_asked(reading, self.province)
            or (reading.intent in ("letter", "deadline") and reading.agency is not None)
            # the province's list of a period: what every unit has done said apart (u26 #3)
            or (reading.intent == "deadline" and reading.period is not None)
            or next_due_of_agency(reading)
            or self.dated
            or duty_standing(reading, self.province)
        )


def owed_asked(reading: Reading, province: Province) -> bool:
    """A task asked about by a unit that owes it (the one answered): its answer says where the
    unit stands on it, read from the statuses."""
    task, agency = reading.task, reading.agency
    if reading.intent != "task" or agency is None:
        return False
    named = [task] if task is not None else list(reading.tasks[:1])
    return any(agency in province.expand(t.addressees) for t in named)


def duty_standing(reading: Reading, province: Province) -> bool:
    """One unit's list surely asked ("bên em phải làm gì", "Sở Xây dựng phải làm gì"): each of
    its items is said where it stands for it, by the standing rule of /tiendo and /quahan, read
    from the statuses (ux28 #3). A group of units ("UBND huyện") keeps the list of its rows."""
    agency = reading.agency
    return (
        reading.intent == "agency"
        and reading.sure
        and agency is not None
        and province.members(agency) == (agency,)
    )


def dated_row(catalogue: Catalogue, province: Province, reading: Reading) -> bool:
    """A row asked about, or offered ("Có phải bạn hỏi…"), that the province assigned: its
    answer says where the unit stands on it, from the statuses, by /tiendo's rule — a row of
    several dates each where it stands (406-39's milestones, the decision's date beside the
    province's, ux28 #1), a row done or closed without days counted on its dates (ux35 #2:
    406-14 done on 25/5 was said "quá hạn 32 ngày" beside ✅)."""
    if reading.intent not in ("item", "service", "suggest"):
        return False
    keys = [h.key for h in reading.hits]
    if reading.row is not None and reading.row.decision:
        keys.append(f"{reading.row.decision}-{reading.row.number}")
    elif reading.row is not None:
        keys.append(f"{province.decision}-{reading.row.number}")
    return any(key in province.assignments and key in catalogue.rows for key in keys)


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
    # a message of several parts (two questions, or several things of one kind named): each
    # part's answer in the message's order, the first also the head of this one
    parts: list[Answer] = field(default_factory=list)
    comparison: str | None = None  # the line comparing them, when the message asks it

    @property
    def text(self) -> str:
        return answers.to_plain(self.html)

    def to_json(self) -> dict:
        found = self._keys() | {"text": self.text}
        if self.parts:
            # several parts: the keys above are the first part's; each part's beside them
            found["parts"] = [p._keys() for p in self.parts]
            found["comparison"] = self.comparison
        return found

    def _keys(self) -> dict:
        return {
            "intent": self.intent,
            "sure": self.sure,
            "agency": self.agency,
            "items": [v.to_json() for v in self.items],
            "tasks": [t.to_json() for t in self.tasks],
        }
