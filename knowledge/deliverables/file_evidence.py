"""What a file sent with no task named says of its task (ux22 #4): the words of its name
("bc_stp_mau02.docx": "bc stp mau02", the reader splitting "mau02" into the form "Mẫu số 02"),
and a workbook's title rows, read as the unit's own words would be (`/nop <words>`). The tasks
those words name come first among the choices offered; when they name none, or every one, the
choices stay as they were and none is put forward: a press still decides, never a default."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from datetime import date
from pathlib import PurePath

from knowledge.catalogue.model import split_key

HEAD_ROWS = 6  # a workbook's title rows: where a template prints its form and title
HEAD_CHARS = 300  # of their text, read as words: a title, not a sheet of figures
_SEPARATORS = re.compile(r"[_\-.+,()\[\]]+")


def file_words(name: str) -> str:
    """A file's name as words: its stem, with the separators people put between words as
    spaces ("bc_stp_mau02.docx" -> "bc stp mau02")."""
    return " ".join(_SEPARATORS.sub(" ", PurePath(name).stem).split())


def named_first(
    offered: Sequence[str], named: Collection[str], due: Mapping[str, date]
) -> tuple[tuple[str, ...], frozenset[str]]:
    """`offered` (task ids or occurrence keys) with the ones the file's words name first, and
    those: a task named (`named`, ids), of a recurring task the occurrence its words' period
    falls on (`due`) when that one is offered, else each of its occurrences offered. Nothing
    named, or everything: as offered, none put forward."""
    picked = []
    for key in offered:
        task_id, on = split_key(key)
        if task_id not in named:
            continue
        wanted = due.get(task_id)
        if wanted is None or on == wanted or f"{task_id}@{wanted.isoformat()}" not in offered:
            picked.append(key)
    if not picked or len(picked) == len(offered):
        return tuple(offered), frozenset()
    rest = [k for k in offered if k not in picked]
    return (*picked, *rest), frozenset(picked)
