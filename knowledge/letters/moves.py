"""Deadlines the coordinator moved after a letter was published ("Đổi hạn"): a one-off task's,
or one occurrence's of a recurring task, as a version of the province's letters carries them
(db/letter_repo.py), and the catalogue's tasks with them applied — the one place every view
(reminders, the overdue cadence, /nopbai, /quahan, /tiendo, the digest, the web desk) reads a
task's date from.

A move keeps the key a task or an occurrence is tracked under (a one-off task's id; an
occurrence's key names its scheduled date), so what a unit reported or sent for it stays
counted: only when it is due changes, and with it whether it is open or late.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date

from knowledge.calendar.deadlines import fmt_date
from knowledge.catalogue.model import Task, split_key
from knowledge.catalogue.occurrence_names import short_key


@dataclass(frozen=True)
class Move:
    """One deadline moved: the date and text it is due on now, and those it had before."""

    due: date
    text: str  # as the views quote it: "trước 17 giờ 00 ngày 22/10/2021"
    was: date
    was_text: str

    def to_json(self) -> dict:
        return {
            "due": self.due.isoformat(),
            "text": self.text,
            "was": self.was.isoformat(),
            "was_text": self.was_text,
        }

    @classmethod
    def from_json(cls, data: Mapping) -> Move:
        return cls(
            date.fromisoformat(data["due"]),
            str(data["text"]),
            date.fromisoformat(data["was"]),
            str(data["was_text"]),
        )


def moved_tasks(tasks: Iterable[Task], moved: Mapping[str, Move]) -> list[Task]:
    """The tasks with the moves applied: a one-off task moved under its id has the new date
    and text; a recurring task's occurrence moved under its key is due on the new date."""
    by_task: dict[str, list[tuple[date, date]]] = {}
    for key, each in moved.items():
        task_id, scheduled = split_key(key)
        if scheduled is not None:
            by_task.setdefault(task_id, []).append((scheduled, each.due))
    result = []
    for task in tasks:
        move = moved.get(task.id)
        if move is not None and task.due is not None:
            task = replace(task, due=move.due, deadline_text=move.text)
        elif task.id in by_task and task.due is None:
            task = replace(task, shifted=tuple(sorted(by_task[task.id])))
        result.append(task)
    return result


def move_text(due: date, hour: str = "") -> str:
    """How a moved date is quoted: "trước ngày 22/10/2021", "trước 17 giờ 00 ngày 22/10/2021"."""
    return f"trước {hour} ngày {fmt_date(due)}" if hour else f"trước ngày {fmt_date(due)}"


def change_line(key: str, move: Move) -> str:
    """ "tq-2021-10-11: hạn 11/10/2021 → 17 giờ 00 ngày 22/10/2021", as quoted back."""
    # an occurrence by its short key ("tq-2021-12-20 T12/2021"), as every view names it
    shown = short_key(key)
    return f"{shown}: hạn {_bare(move.was_text, move.was)} → {_bare(move.text, move.due)}"


def deadlines(tasks: Iterable[Task]) -> dict[str, tuple[date, str]]:
    """key -> (date, text) of every one-off task and every moved occurrence: what a change of
    version is compared on (`changed_lines`)."""
    found: dict[str, tuple[date, str]] = {}
    for task in tasks:
        if task.due is not None:
            found[task.id] = (task.due, task.deadline_text)
        for _, now in task.shifted:
            found[task.key_of(now)] = (now, fmt_date(now))
    return found


def changed_keys(
    before: Mapping[str, tuple[date, str]], after: Mapping[str, tuple[date, str]]
) -> list[str]:
    """The keys whose date a change of version moved (as `changed_lines` quotes them)."""
    return [line.partition(": hạn ")[0] for line in changed_lines(before, after)]


def changed_lines(
    before: Mapping[str, tuple[date, str]], after: Mapping[str, tuple[date, str]]
) -> list[str]:
    """The deadlines a change of version moved (an undo, a rollback, a withdrawal of an
    extension letter), each "key: hạn X → Y"; a task that came or went is no move."""
    lines = []
    for key in sorted(set(before) & set(after)):
        (was, was_text), (now, text) = before[key], after[key]
        if was != now:
            lines.append(change_line(key, Move(now, text, was, was_text)))
    for key in sorted(set(before) ^ set(after)):
        scheduled = split_key(key)[1]
        if scheduled is None:
            continue  # a one-off task published or withdrawn
        # a moved occurrence back on (or off) its scheduled date
        (was, was_text) = before.get(key, (scheduled, fmt_date(scheduled)))
        (now, text) = after.get(key, (scheduled, fmt_date(scheduled)))
        if was != now:
            lines.append(change_line(key, Move(now, text, was, was_text)))
    return lines


def undo_line(key: str, taken: Move | None, due: date, text: str) -> str:
    """ "tq-2021-05-20: bỏ hạn 14/5/2021, hạn trở lại 20/5/2021": a move taken back ("Hoàn
    tác"), ending with the date in force after it, so a history's last line is that date."""
    gone = f"bỏ hạn {_bare(taken.text, taken.due)}, " if taken is not None else ""
    return f"{short_key(key)}: {gone}hạn trở lại {_bare(text, due)}"


def _bare(text: str, day: date) -> str:
    """A deadline's text without its leading "trước (ngày)": the date with its hour."""
    low = text.strip()
    for lead in ("trước ngày ", "Trước ngày ", "trước ", "Trước "):
        if low.startswith(lead):
            low = low[len(lead) :]
            break
    return low if any(ch.isdigit() for ch in low) else fmt_date(day)
