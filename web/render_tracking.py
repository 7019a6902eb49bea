"""The tracking views of the desk as JSON (web/tracking.py): the letters in force and their
tasks, what ending or reopening a task's tracking would do and did, a rollback of the letters.
Split from web/render.py, whose day helper it shares, in the chat's words as it does.
"""

from __future__ import annotations

from datetime import datetime

from knowledge.calendar.deadlines import fmt_date
from knowledge.messages.markup import plain_key
from knowledge.messages.move_undo_asked import move_undo_asked
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
from usecases.move_undo import UndoPastAsked
from usecases.publishing import InForce, LettersRestored
from usecases.task_ends import EndItem, EndPlan, TrackingChanged
from web.render import day


def _when(at: datetime) -> str:
    return f"{fmt_date(at.date())} {at:%H:%M}"


def _move(entry: DeadlineMoveEntry, undo: dict | None = None) -> dict:
    return {
        "key": entry.key,
        "when": _when(entry.at),
        "how": entry.how,
        "change": entry.change,
        "version": entry.version,
        "in_force": entry.in_force,
        "undo": undo if undo is not None and entry.letter is None else None,
    }


def _move_undo(found: InForce, now: datetime | None) -> dict | None:
    """The "Hoàn tác" of the version in force when it is a /doihan move less than 10 minutes
    old, as the chat's button under it (a move back to a date passed is asked again)."""
    latest = next((v for v in found.versions if v.number == found.number), None)
    if now is None or latest is None or latest.action != "move":
        return None
    left = int((WRITE_WINDOW - (now - latest.at)).total_seconds())
    return {"version": latest.number, "seconds": left} if left > 0 else None


def _extension(letter: ExtensionLetter) -> dict:
    return {
        "letter": letter.letter,
        "title": letter.title,
        "when": _when(letter.at),
        "in_force": letter.in_force,
        "moved": [{"task": t, "title": title, "change": c} for t, title, c in letter.moved],
    }


def tracked(
    found: InForce, history: DeadlineHistory | None = None, now: datetime | None = None
) -> dict:
    """The letters the tasks in force come from, each task with its deadline in force, the
    moves of that deadline (old → new, by /doihan or by which letter, when) and the day its
    tracking ended; the extension letters apart, each with the task it moved."""
    moves = history.moves if history is not None else {}
    undo = _move_undo(found, now)
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
                        "moves": [
                            _move(m, undo if m.version == found.number else None)
                            for m in moves.get(t.id, ())
                        ],
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
        "counts": end_counts(item.counts, item.units, item.periods),
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


def tracking_changed(done: TrackingChanged, told: str = "") -> dict:
    """The end (or reopening) quoted back, with whom its word reached (`told`, as HTML)."""
    return {
        "text": to_plain(changed_head(done.title, done.number, done.reopen, done.day)),
        "told": [to_plain(line) for line in told.splitlines() if line],
        "reopen": done.reopen,
        "number": done.number,
        "items": [end_item(i) for i in done.items],
        "undo": {"version": done.number, "seconds": int(WRITE_WINDOW.total_seconds())},
    }


def letters_restored(done: LettersRestored, told: str = "") -> dict:
    """The undo quoted back, with whom its words reached (`told`: the chat's lines, as HTML)."""
    return {
        "text": to_plain(restored_line(done.restored, done.number, done.letters, done.ended)),
        "number": done.number,
        "told": [to_plain(line) for line in told.splitlines() if line],
    }


def undo_asked(asked: UndoPastAsked) -> dict:
    """The undo of a move back to a date already passed, pressed once: asked again in the page
    in the chat's words (knowledge/messages/move_undo_asked.py), with the units that turn late
    at once; nothing written nor told before "⚠️ Vẫn hoàn tác"."""
    found = move_undo_asked(asked.back)
    return {
        "asked": True,
        "version": asked.number,
        "title": found.title,
        "lines": [to_plain(line).strip() for line in found.lines],
        "question": to_plain(found.question),
    }
