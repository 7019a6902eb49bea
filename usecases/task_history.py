"""/lichsu of a task named by its id alone or by its form ("mẫu 02", as /capnhat reads it): a
recurring task's history is its occurrences', each under its short key (a write always lands
on an occurrence, so the bare id's own history is empty and said nothing had happened)."""

from __future__ import annotations

from dateutil.relativedelta import relativedelta

from knowledge.catalogue.model import Task
from knowledge.catalogue.occurrence_names import short_key
from knowledge.messages import offers
from knowledge.render.answers import esc
from knowledge.render.occurrence_history import occurrences_text
from knowledge.rules.statuses import Change
from usecases.callers import Caller
from usecases.capnhat_tasks import task_keys
from usecases.desk import Desk
from usecases.results import Refusal

SHOWN_EACH = 5  # the latest changes shown of one occurrence
OCCURRENCES_SHOWN = 4  # occurrences with changes shown, newest first
LOOK_BACK_YEARS = 3  # occurrences looked at when a task has no first date


def recurring(desk: Desk, key: str) -> Task | None:
    """The recurring task `key` names by its bare id (not one of its occurrences)."""
    found = desk.province.task_at(key)
    if found is None or not found[0].recurring or found[1] is not None:
        return None
    return found[0]


def occurrences_history(desk: Desk, task: Task) -> str:
    """Each occurrence up to the next one's date that has changes, newest first."""
    today = desk.clock.today()
    start = task.starts or today - relativedelta(years=LOOK_BACK_YEARS)
    dues = task.occurrences(start, today + relativedelta(years=1))
    pages: list[tuple] = []
    names: dict[int, str] = {}
    for due in reversed(dues):
        page = desk.repo.latest_changes(task.key_of(due), SHOWN_EACH)
        if page.changes:
            # the older changes left out are counted on the page (ux37 #10: they vanished)
            pages.append((due, page.changes, page.older))
            names.update(page.names)
    shown: list[tuple] = pages[:OCCURRENCES_SHOWN]
    return occurrences_text(task, shown, names, len(pages) - len(shown))


def task_by_name(desk: Desk, caller: Caller, arg: str) -> str | Refusal | None:
    """The task key `arg` names as /capnhat reads a task's name ("mẫu 02", "biểu 02"), for the
    caller's unit (the province's for an admin); several: each one's exact /lichsu line."""
    unit = None if caller.actor.is_admin else caller.agency
    keys = task_keys(desk, arg, unit)
    if len(keys) == 1:
        return keys[0]
    if not keys:
        return None
    lines = "; ".join(offers.code(f"/lichsu {short_key(k)}") for k in keys[:4])
    return Refusal(f"«{esc(arg[:60])}» là tên của {len(keys)} nhiệm vụ. Gõ: {lines}.")


__all__ = ["Change", "occurrences_history", "recurring", "task_by_name"]
