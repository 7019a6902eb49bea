"""The "Hoàn tác" (or /hoantac) of a deadline move ("/doihan"), when the date it puts back has
already passed: asked once more, as /doihan itself asks before a move to a passed date (ux24
#4), with the units that turn late at once; nothing is written nor told before the second
press (u26 #1: the undo went straight back to 20/4 on 22/4 and made the units late in
silence). The rule of who turns late is knowledge/rules/move_effects.py's."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from db.letter_repo import MOVE
from knowledge.catalogue.occurrence_names import short_key
from knowledge.letters.publish import LetterVersion
from knowledge.rules.move_effects import MoveEffect, move_effect
from usecases.desk import Desk


@dataclass(frozen=True)
class BackTo:
    """One deadline the undo would put back on a date already passed."""

    shown: str  # the task id, or an occurrence's short key ("tq-2021-12-20 T12/2021")
    now: date  # the date in force, the move's
    back: date  # the date put back
    effect: MoveEffect


@dataclass(frozen=True)
class UndoPastAsked:
    """The first press of the undo of a move back to a passed date: nothing written."""

    number: int  # the version the undo would take back
    back: tuple[BackTo, ...]


def past_returns(desk: Desk, version: LetterVersion) -> tuple[BackTo, ...]:
    """The deadlines the undo of `version` (a move) would put back on a date already passed,
    with what that does to each task's units today; none for any other version."""
    if version.action != MOVE or desk.letters is None:
        return ()
    prior = desk.letters.version(version.number - 1) if version.number > 1 else None
    before = prior.moved if prior is not None else {}
    today = desk.clock.today()
    marks = desk.statuses().marks
    found = []
    for key, move in version.moved.items():
        if before.get(key) == move:
            continue  # moved before this version: the undo leaves it
        at = desk.province.task_at(key)
        if at is None:
            continue
        task, scheduled = at
        effect = move_effect(task, key, move.due, move.was, marks, today)
        # asked again only when it harms someone: a unit turned late, or sent late (ux28 #10)
        if effect.past and (effect.late or effect.sent_late):
            shown = short_key(key) if scheduled is not None else key
            found.append(BackTo(shown, move.due, move.was, effect))
    return tuple(found)
