"""A published letter withdrawn from /congvan ("🗑 Thu hồi") the way an end is: shown first
(its tasks, where their units stand, how many units are told it is withdrawn) and done only on
the pressed confirmation, as a new version with "Hoàn tác" (ux22 #6: one press withdrew it and
told every officer). Both buttons carry the version of the letters in force when they were
shown: a press on a list older than the letters in force (a letter published, ended or
withdrawn since, its numbering changed) does nothing and shows the list again.
"""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.letters.publish import Published, document_of
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.letters import ADMINS_ONLY
from usecases.publishing import InForce, LetterWithdrawn, in_force, withdraw_letter
from usecases.results import UNCHANGED, Refusal, known_id
from usecases.runner import use_case
from usecases.task_ends import EndItem, end_item

GONE = "Công văn này không còn được theo dõi. " + UNCHANGED


@dataclass(frozen=True)
class WithdrawPlan:
    """What the confirmation would withdraw: nothing written yet."""

    letter: int
    title: str
    current: int  # the version in force when shown, carried by the confirmation
    items: tuple[EndItem, ...]
    units: int  # the units its tasks are owed by, told it is withdrawn


@dataclass(frozen=True)
class StaleList:
    """A button of a list older than the letters in force: nothing done, the list again."""

    shown: int
    found: InForce


def _stale(desk: Desk, caller: Caller, shown: int | None) -> StaleList | Refusal | None:
    assert desk.letters is not None
    if shown is None or shown == desk.letters.in_force_number():
        return None
    found = in_force(desk, caller)
    return found if isinstance(found, Refusal) else StaleList(shown, found)


@use_case(writes=False)
def plan_withdraw(
    desk: Desk, caller: Caller, letter: int, shown: int | None
) -> WithdrawPlan | StaleList | Refusal:
    """ "🗑 Thu hồi" pressed: what the confirmation would withdraw. `shown`: the version the
    button was shown under (None: a button from before it was carried, shown as it is now)."""
    if not caller.is_admin or desk.letters is None:
        return Refusal(ADMINS_ONLY)
    stale = _stale(desk, caller, shown)
    if stale is not None:
        return stale
    stored = desk.letters.letter(letter) if known_id(letter) else None
    if stored is None or not any(p.id == letter for p in desk.letters.in_force()):
        return Refusal(GONE)
    # an extension letter's tasks are the deadlines it moved, not tasks of its own
    ids = [
        i
        for n, i in enumerate(desk.letters.task_ids(letter))
        if n >= len(stored.draft.tasks) or not stored.draft.tasks[n].extends
    ]
    title = document_of(Published(letter, stored.file_name, stored.draft.letter, ())).title
    tasks = [t for t in (desk.province.task(i) for i in ids) if t is not None]
    units = {u for t in tasks for u in t.addressees}
    items = tuple(end_item(desk, t) for t in tasks)
    return WithdrawPlan(letter, title, desk.letters.in_force_number(), items, len(units))


@use_case(writes=True)
def confirm_withdraw(
    desk: Desk, caller: Caller, letter: int, shown: int
) -> LetterWithdrawn | StaleList | Refusal:
    """The confirmation pressed, while the letters are still at the version it was shown under:
    the letter withdrawn, as a new version (its tasks' statuses and files kept)."""
    if not caller.is_admin or desk.letters is None:
        return Refusal(ADMINS_ONLY)
    return _stale(desk, caller, shown) or withdraw_letter(desk, caller, letter)
