"""The letters in force, as each use reads them: a publish or a withdrawal swaps the catalogue at
once, so the reminders and the notices read it at once; the reader of the questions is built by
the first question after it, from the letters then in force, never one built before."""

from __future__ import annotations

from datetime import datetime

from bot.clock import TZ
from tests.usecases.conftest import ADMIN, caller, officer
from tests.usecases.test_letters import _review
from usecases import asking, publishing, readers, reminders
from usecases.asking import Answered
from usecases.desk import Desk
from usecases.publishing import LetterPublished, LetterWithdrawn

TASK = "tq-2021-08-20"  # the letter's report, owed by Sở Y tế by 20/8/2021


def _asked(desk, user: int, question: str) -> list[str]:
    found = desk.call(asking.ask, caller(desk, user), question)
    if isinstance(found, asking.StatusesNeeded):  # a task the unit owes: where it stands
        found = desk.call(asking.answer_progress, caller(desk, user), found)
    assert isinstance(found, Answered)
    return [t.task.id for t in found.answer.tasks]


def test_the_tick_after_a_publish_reminds_and_the_first_question_reads_the_letter(
    desk, monkeypatch
):
    officer(desk, 1001, "Sở Y tế")
    admin = caller(desk, ADMIN)
    before = _asked(desk, 1001, TASK)
    assert TASK not in before
    built = []
    real = readers.Assistant
    monkeypatch.setattr(readers, "Assistant", lambda c: built.append(c) or real(c))
    monkeypatch.setattr(readers, "_kept", [])  # no reader an earlier test built for these letters
    review = _review(desk)
    done = desk.call(publishing.publish_letter, admin, review.letter, review.revision)
    assert isinstance(done, LetterPublished)
    desk.clock.set(datetime(2021, 8, 20, 9, 0, tzinfo=TZ))  # the task's day
    desk.call(reminders.plan_tick)
    reminded = [r.keys for r in desk.reminders.log() if r.chat_id == 1001 and r.offset == 0]
    assert TASK in reminded
    assert built == []  # the notices and the reminders read the catalogue, not the reader
    assert _asked(desk, 1001, TASK) == [TASK]
    assert built == [desk.catalogue]  # once, for the letters in force

    gone = desk.call(publishing.withdraw_letter, admin, review.letter)
    assert isinstance(gone, LetterWithdrawn)
    assert TASK not in _asked(desk, 1001, TASK)


def test_a_desk_opened_again_on_the_same_letters_reads_with_the_reader_built_for_them(
    desk, monkeypatch
):
    """A count guard: a reader takes a third of a second to build, and every restarted bot (and
    every test publishing one of the same few letters) built one again for an equal catalogue
    (usecases/readers.py). The second desk answers the letter's task with the first's reader."""
    officer(desk, 1001, "Sở Y tế")
    built = []
    real = readers.Assistant
    monkeypatch.setattr(readers, "Assistant", lambda c: built.append(c) or real(c))
    monkeypatch.setattr(readers, "_kept", [])
    review, admin = _review(desk), caller(desk, ADMIN)
    done = desk.call(publishing.publish_letter, admin, review.letter, review.revision)
    assert isinstance(done, LetterPublished)
    assert _asked(desk, 1001, TASK) == [TASK] and len(built) == 1
    again = Desk.open(desk.config, desk.clock, desk.base)
    try:
        assert again.catalogue is desk.catalogue and again.in_force[1] is desk.assistant
        assert _asked(again, 1001, TASK) == [TASK]
        assert len(built) == 1
    finally:
        again.close()
