"""The caller read once per update, and a waiting prompt ended by an update that is not its
answer."""

from __future__ import annotations

from datetime import timedelta

from tests.usecases.conftest import ADMIN, caller, officer
from usecases import statuses
from usecases.callers import end_prompt_unless_answer, open_update
from usecases.prompts import NotePrompt


def test_the_caller_carries_registration_agency_and_waiting_prompt(desk):
    stranger = caller(desk, 1002)
    assert (stranger.agency, stranger.is_admin, stranger.waiting) == (None, False, None)
    assert "/dangky" in stranger.standing
    assert caller(desk, ADMIN).is_admin
    who = officer(desk)
    assert who.agency == "Sở Xây dựng" and who.registration is not None
    asked = desk.call(statuses.update_status, who, "/capnhat 406-15 vướng mắc")
    assert isinstance(asked, statuses.NoteAsked)
    again = caller(desk, 1001)
    assert again.waiting is not None
    assert again.waiting.prompt == NotePrompt("406-15", "Sở Xây dựng", statuses.Status.VUONG_MAC)
    # an inline query has no chat: no prompt is read for it
    assert desk.call(open_update, 1001, None).waiting is None
    assert desk.call(open_update, None, 1001) is None


def test_a_prompt_ends_on_a_command_a_question_or_after_its_wait_not_on_its_answer(desk):
    who = officer(desk)
    desk.call(statuses.update_status, who, "/capnhat 406-15 vướng mắc")
    waiting = caller(desk, 1001)
    assert desk.call(end_prompt_unless_answer, waiting, "chờ máy chủ của Bộ", None) is None
    ended = desk.call(end_prompt_unless_answer, waiting, "/tiendo", None)
    assert ended is not None and ended.why == "command" and ended.because == ""
    assert desk.repo.peek_pending(1001, 1001) is None  # written: nothing waits any more

    desk.call(statuses.update_status, who, "/capnhat 406-15 vướng mắc")
    desk.clock.set(desk.clock.now() + timedelta(minutes=31))  # a note's wait: 30 minutes
    ended = desk.call(end_prompt_unless_answer, caller(desk, 1001), "chờ máy chủ", None)
    assert ended is not None and "30 phút" in ended.because
    assert ended.late_note  # the line reads as the note: offered by a button (drafts.late_note)
