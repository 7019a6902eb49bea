"""Ending and reopening the tracking of a task or a letter: admins only, nothing before the press,
each a version carrying the ended tasks, undone within 10 minutes, the desk's views at once."""

from __future__ import annotations

from tests.usecases.conftest import ADMIN, caller, officer
from usecases import publishing, task_ends
from usecases.publishing import LettersRestored
from usecases.results import Refusal
from usecases.task_ends import EndPlan, TrackingChanged

DOSSIER = "tq-2021-04-20"


def test_only_an_admin_ends_and_the_plan_writes_nothing(desk):
    assert desk.letters is not None
    clerk = officer(desk)
    assert isinstance(desk.call(task_ends.plan_end, clerk, DOSSIER), Refusal)
    assert isinstance(desk.call(task_ends.end_tracking, clerk, DOSSIER), Refusal)
    plan = desk.call(task_ends.plan_end, caller(desk, ADMIN), "20/4")
    assert isinstance(plan, EndPlan) and [i.id for i in plan.pending] == [DOSSIER]
    assert desk.letters.history() == [] and desk.letters.ended() == {}


def test_end_reopen_and_undo_are_versions(desk):
    assert desk.letters is not None
    admin = caller(desk, ADMIN)
    done = desk.call(task_ends.end_tracking, admin, DOSSIER)
    assert isinstance(done, TrackingChanged) and (done.number, done.reopen) == (1, False)
    assert desk.province.task(DOSSIER).ended == done.day  # the desk follows at once
    assert desk.letters.ended() == {DOSSIER: done.day}
    # ending again changes nothing
    assert isinstance(desk.call(task_ends.end_tracking, admin, DOSSIER), Refusal)
    again = desk.call(task_ends.reopen_tracking, admin, DOSSIER)
    assert isinstance(again, TrackingChanged) and again.number == 2
    assert desk.province.task(DOSSIER).ended is None and desk.letters.ended() == {}
    undone = desk.call(publishing.undo_version, admin, 2)
    assert isinstance(undone, LettersRestored) and undone.restored == 1
    assert desk.letters.ended() == {DOSSIER: done.day}
    assert [v.action for v in desk.letters.history()] == ["end", "reopen", "rollback"]
    # a rollback from chat: refused when another change came in since it was shown
    stale = desk.call(publishing.rollback_chat, admin, 0, 2)
    assert isinstance(stale, Refusal) and desk.letters.in_force_number() == 3
    back = desk.call(publishing.rollback_chat, admin, 0, 3)
    assert isinstance(back, LettersRestored) and desk.letters.ended() == {}
