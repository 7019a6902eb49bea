"""The letters the province's tasks come from, as the coordinator names them: the seeds' letters
(read at start-up from knowledge/data/letters) and the letters published in chat ("cv-<id>"), each
with its tasks in force. /congvan lists them, and ending or reopening the tracking of "a letter"
(usecases/task_ends.py) acts on its tasks.

A letter is named by its document key, or by its number as printed ("3363/UBND-KSTT", or only
its figure "3363"); a letter left unnumbered ("Số: .../STTTT-CNTT") is reached by its buttons.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.catalogue.model import Catalogue, Province, Task
from knowledge.language.text import fold
from knowledge.letters.publish import SOURCE_PREFIX

_NUMBER = re.compile(r"\bsố\s+(\S*\d\S*)", re.IGNORECASE)
_FILLER = re.compile(r"^(?:cong van|van ban|cv|so)\b\s*")


@dataclass(frozen=True)
class TrackedLetter:
    key: str  # the document key: "cv-7", or the seed letter's file
    title: str  # how answers cite it
    number: str | None  # as printed ("3363/UBND-KSTT"); None when left blank
    seed: bool  # read at start-up from the data files, not published in chat
    tasks: tuple[Task, ...]


def _number(title: str) -> str | None:
    found = _NUMBER.search(title)
    return found.group(1).rstrip(",;") if found else None


def tracked_letters(catalogue: Catalogue, province: Province) -> list[TrackedLetter]:
    """Every letter the province's tasks in force come from, the seeds' first, in the order
    their tasks are listed."""
    grouped: dict[str, list[Task]] = {}
    for task in province.tasks:
        grouped.setdefault(task.source.partition("#")[0], []).append(task)
    result = []
    for key, tasks in grouped.items():
        document = catalogue.documents.get(key)
        title = document.title if document else key
        seed = not key.startswith(SOURCE_PREFIX)
        result.append(TrackedLetter(key, title, _number(title), seed, tuple(tasks)))
    return result


def find_letter(text: str, letters: list[TrackedLetter]) -> TrackedLetter | None:
    """The letter `text` names: its key, or its number whole or by its figure alone when only
    one letter has it."""
    folded = fold(text)
    for letter in letters:
        if folded and fold(letter.key) == folded:
            return letter
    wanted = _FILLER.sub("", folded).strip()
    if not wanted:
        return None
    whole = [x for x in letters if x.number and fold(x.number) == wanted]
    if len(whole) == 1:
        return whole[0]
    figure = [x for x in letters if x.number and fold(x.number).split()[0] == wanted]
    return figure[0] if len(figure) == 1 else None
