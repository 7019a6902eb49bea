"""The subjects of a message that names several things of one kind (several_subjects.py), each
read with the message's frame. Apart from the Assistant (ask.py), which calls it once a message.

Each subject that reads sure is answered, in the message's order; one that does not is named
back as not answered, never dropped without a word. Subjects that read as the same answer (a
row asked "hạn tháng 5 hay tháng 6": the row, whichever month) are one question: the message's
own reading stands.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from knowledge.reader.answer_types import Asked
from knowledge.reader.clause_reading import read_parsed
from knowledge.reader.several_subjects import several
from knowledge.reader.two_questions import answered, what

if TYPE_CHECKING:
    from knowledge.reader.ask import Assistant


def read_several(assistant: Assistant, whole: Asked, agency: str | None) -> Asked | None:
    """The message read subject by subject; None when it names at most one thing of a kind or
    its subjects read as one answer. agency: the asking officer's."""
    if whole.reading is None or whole.parts:
        return None
    found = several(whole.parsed)
    if found is None:
        return None
    prov, today = whole.province, whole.today
    read = [read_parsed(assistant, p, today, prov, agency) for p in found.parses]
    sure = [a for a in read if answered(a.reading)]
    # two periods' lists are told apart by their periods, which `what` does not hold
    if len({(what(a.reading), a.reading.period) for a in sure if a.reading}) < 2:
        return None
    left = tuple(
        found.named(whole.parsed, i) for i, a in enumerate(read) if not answered(a.reading)
    )
    return replace(
        sure[0],
        parts=tuple(sure),
        several=found.kind,
        compared=found.compared,
        unanswered=left,
    )
