"""The date of the letter a task comes from: a deadline set before it is no deadline the letter
could have set (the reader refuses one in a draft; `/doihan` refuses one too, ux24 #4). A seed
letter's date is its reviewed draft's (knowledge/data/letters; the Tuyên Quang letters print
their day blank, so theirs is unknown); a published letter's is its stored header's."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from functools import lru_cache

from knowledge.catalogue.loader import DATA_DIR, draft_path
from knowledge.catalogue.model import Task
from knowledge.letters.publish import SOURCE_PREFIX, Published


def letter_day(task: Task, published: Sequence[Published]) -> date | None:
    """The day the task's letter is dated; None when it prints none (or is not found)."""
    source = task.source.partition("#")[0]
    if source.startswith(SOURCE_PREFIX):
        wanted = source[len(SOURCE_PREFIX) :]
        return next((p.letter.date for p in published if str(p.id) == wanted), None)
    return seed_letter_day(source)


@lru_cache(maxsize=16)
def seed_letter_day(letter: str) -> date | None:
    try:
        data = json.loads(draft_path(DATA_DIR, letter).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    day = data.get("date") if isinstance(data, dict) else None
    try:
        return date.fromisoformat(day) if isinstance(day, str) else None
    except ValueError:
        return None
