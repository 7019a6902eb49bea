"""Which of a person's acts `/hoantac` is about: the newest of their last status change, last
submission, last blank form attached to a task, last change of the province's letters (a
publication, a withdrawal, an end of tracking, a deadline moved, a rollback) and last version of
the assignment table. Each kind is undone
its own way; the person means the one they did last, whatever its kind, never an older write
because it is of another kind.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from enum import StrEnum


class Act(StrEnum):
    STATUS = "status"
    SUBMISSION = "submission"
    LETTERS = "letters"
    BLANK_FORM = "blank_form"  # a task's blank form attached (usecases/letter_forms.py)
    TABLE = "table"  # a version of the assignment table applied (usecases/table_undo.py)


# At the same instant a write of a row or task is taken before a change of the letters: undoing
# a status by mistake costs one line, undoing a publication tells every unit it was withdrawn.
# A version of the table is taken first: the chat names the row write beside its undo as a
# choice of its own (handlers/undoing.py), while the reverse would not name the table at all.
_TIE_ORDER = (Act.TABLE, Act.SUBMISSION, Act.STATUS, Act.BLANK_FORM, Act.LETTERS)


def newest_act(acts: Mapping[Act, datetime | None]) -> Act | None:
    """The kind of the newest act among those that happened (None: nothing done)."""
    done = {kind: at for kind, at in acts.items() if at is not None}
    if not done:
        return None
    # SQLite reads a time back without its zone: it is in the zone of the others
    zone = next((at.tzinfo for at in done.values() if at.tzinfo is not None), None)
    return max(
        done,
        key=lambda kind: (
            done[kind] if done[kind].tzinfo is not None else done[kind].replace(tzinfo=zone),
            -_TIE_ORDER.index(kind),
        ),
    )


def not_before(at: datetime, other: datetime) -> bool:
    """`at` is as new as `other` or newer (either read back from SQLite without its zone)."""
    zone = at.tzinfo or other.tzinfo
    return at.replace(tzinfo=at.tzinfo or zone) >= other.replace(tzinfo=other.tzinfo or zone)


def undoes_letters(action: str, restores: int | None) -> bool:
    """A change of the letters that is itself a step back (a "Hoàn tác" or a rollback): undoing
    it again by words is not what /hoantac does; it is said instead."""
    return action == "rollback" and restores is not None


def took_back(number: int, after_action: str, after_restores: int | None) -> bool:
    """Version `number` (of the letters, or of the assignment table) was taken back by its
    "Hoàn tác": the version right after it put the one before it back in force."""
    return after_action == "rollback" and after_restores == number - 1
