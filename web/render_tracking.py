"""The tracking views of the desk as JSON (web/tracking.py): the letters in force and their
tasks, what ending or reopening a task's tracking would do and did, a rollback of the letters.
Split from web/render.py, whose day helper it shares, in the chat's words as it does.
"""

from __future__ import annotations

from datetime import datetime

from knowledge.calendar.deadlines import fmt_date
from knowledge.messages.markup import plain_key
from knowledge.render.answers import to_plain
from knowledge.render.letter_versions import restored_line
from knowledge.render.task_end_text import (
    END_EFFECT,
    NOTHING_TO_END,
    NOTHING_TO_REOPEN,
    REOPEN_EFFECT,
    changed_head,
    end_counts,
    later_periods,
)
from usecases.deadline_history import DeadlineHistory, DeadlineMoveEntry, ExtensionLetter
from usecases.desk_views import WRITE_WINDOW
from usecases.publishing import InForce, LettersRestored
from usecases.task_ends import EndItem, EndPlan, TrackingChanged
from web.render import day


def _when(at: datetime) -> str:
    return f"{fmt_date(at.date())} {at:%H:%M}"


def _move(entry: DeadlineMoveEntry) -> dict:
    return {
        "key": entry.key,
        "when": _when(entry.at),
        "how": entry.how,
        "change": entry.change,
        "version": entry.version,
        "in_force": entry.in_force,
    }


def _extension(letter: ExtensionLetter) -> dict:
    return {
        "letter": letter.letter,
        "title": letter.title,
        "when": _when(letter.at),
        "in_force": letter.in_force,
        "moved": [{"task": t, "title": title, "change": c} for t, title, c in letter.moved],
    }


def tracked(found: InForce, history: DeadlineHistory | None = None) -> dict:
    """The letters the tasks in force come from, each task with its deadline in force, the
    moves of that deadline (old → new, by /doihan or by which letter, when) and the day its
    tracking ended; the extension letters apart, each with the task it moved."""
    moves = history.moves if history is not None else {}
    return {
        "number": found.number,
        "extensions": [_extension(x) for x in history.extensions] if history else [],
        "letters": [
            {
                "key": letter.key,
                "title": letter.title,
                "seed": letter.seed,
                "tasks": [
                    {
                        "id": t.id,
                        "title": t.title,
                        "deadline": t.deadline_text,
                        "ended": day(t.ended),
                        "moves": [_move(m) for m in moves.get(t.id, ())],
                    }
                    for t in letter.tasks
                ],
            }
            for letter in found.tracked
        ],
    }


def end_item(item: EndItem) -> dict:
    return {
        "id": item.id,
        "shown": plain_key(item.id),  # an occurrence by its short key, as the chat names it
        "title": item.title,
        "deadline": item.deadline,
        "counts": end_counts(item.counts, item.units),
        "ended": day(item.ended),
    }


def end_plan(plan: EndPlan) -> dict:
    """What a press would end (or reopen), in the chat's words; nothing is written yet."""
    nothing = NOTHING_TO_REOPEN if plan.reopen else NOTHING_TO_END
    return {
        "target": plan.target,
        "title": plan.title,
        "reopen": plan.reopen,
        "items": [end_item(i) for i in plan.items],
        "pending": [i.id for i in plan.pending],
        "effect": (REOPEN_EFFECT if plan.reopen else END_EFFECT) if plan.pending else nothing,
        # a recurring task ended whole: its later periods stop too, said as the chat says it
        "later": [
            to_plain(later_periods(i.id, i.later, i.one))
            for i in plan.pending
            if not plan.reopen and i.later and i.one
        ],
    }


def tracking_changed(done: TrackingChanged) -> dict:
    return {
        "text": to_plain(changed_head(done.title, done.number, done.reopen, done.day)),
        "reopen": done.reopen,
        "number": done.number,
        "items": [end_item(i) for i in done.items],
        "undo": {"version": done.number, "seconds": int(WRITE_WINDOW.total_seconds())},
    }


def letters_restored(done: LettersRestored) -> dict:
    return {
        "text": to_plain(restored_line(done.restored, done.number, done.letters, done.ended)),
        "number": done.number,
    }
