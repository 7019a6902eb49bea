"""A unit that only supports a task (comments on the proposals, coordinates, helps): it owes no
document and has no status to write for it, and saying it did its part is acknowledged, never
refused as a stranger's write nor answered with the recipient's list (ux20 #10)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from knowledge.catalogue.model import Province, Task
from knowledge.rules.standing import Standing


def only_supports(province: Province, unit: str, key: str) -> bool:
    """Is `unit` among the units that support the task `key` (as the province lists them:
    "UBND các huyện, thành phố" is each district) and among none that owe it?"""
    found = province.task_at(key)
    if found is None:
        return False
    task, members = found[0], set(province.members(unit))
    return bool(members & set(task.supporting)) and not members & set(task.addressees)


@dataclass(frozen=True)
class Support:
    """One date a unit's support serves (never its own deadline): a task it only supports, at
    the owners' date (a recurring one's next), or a row it only coordinates with no date of its
    own, at one of the sectors' dates (knowledge/rules/standing.py `Standing.beside`)."""

    day: date
    key: str
    task: Task | None  # None: a row coordinated


def supports(
    province: Province, unit: str, units: Sequence[Standing], today: date
) -> list[Support]:
    """Every date `unit`'s support serves, in date order; `units`: its standings
    (knowledge/rules/progress.py `standings`), whose coordinated rows say their sectors' dates.
    A group of units ("UBND huyện") supports nothing of its own: each unit does."""
    if province.members(unit) != (unit,):
        return []
    found = [
        Support(day, t.id, t)
        for t in province.tasks
        if only_supports(province, unit, t.id) and (day := t.next_due(today)) is not None
    ]
    found += [Support(day, s.key, None) for s in units if not s.is_task for day in s.beside]
    return sorted(found, key=lambda s: (s.day, s.key))


def first_support(found: Sequence[Support], today: date) -> list[Support]:
    """The supports that fall on the first of their dates from today on ("hạn gần nhất" of a
    unit that only supports): none when every one is past."""
    ahead = [s for s in found if s.day >= today]
    return [s for s in ahead if s.day == ahead[0].day] if ahead else []


def supports_within(found: Sequence[Support], start: date, end: date) -> list[Support]:
    return [s for s in found if start <= s.day <= end]


def supported_tasks(province: Province, unit: str, today: date) -> list[tuple[Task, date | None]]:
    """The tasks `unit` only supports, each with the owners' date that applies (a recurring
    task's next, a one-off's own even when past), in date order: whose deliverable it comments
    on, asked as "bên em góp ý cho sở nào" (ux32)."""
    found = [
        (t, t.next_due(today) or t.due)
        for t in province.tasks
        if only_supports(province, unit, t.id)
    ]
    return sorted(found, key=lambda p: (p[1] or date.max, p[0].id))
