"""A free text read in one unit (usecases/chat_turn.py): the first of the chat's readings that
holds, in their order, with what it read; the readings after one that had nothing to do."""

from __future__ import annotations

from tests.usecases.conftest import caller, officer
from usecases import chat_turn, statuses
from usecases.chat_turn import Step


def test_a_text_is_read_as_the_first_reading_that_holds(desk):
    who = officer(desk)
    asked = desk.call(chat_turn.read_turn, who, "406-14 hạn khi nào", "")
    assert asked.step is Step.QUESTION and "406-14" in asked.found.answer.html
    stated = desk.call(chat_turn.read_turn, who, "406-14 xong rồi", "")
    assert stated.step is Step.STATEMENT
    assert (stated.found.key, stated.found.status) == ("406-14", statuses.Status.HOAN_THANH)
    # the readings after the statement: the same words answered as a question
    rest = desk.call(chat_turn.read_turn, who, "406-14 xong rồi", "", stated.at)
    assert rest.step is Step.QUESTION and rest.at > stated.at


def test_cancel_after_a_write_carries_that_write(desk):
    who = officer(desk)
    desk.call(statuses.update_status, who, "/capnhat 406-14 dang lam")
    cancelled = desk.call(chat_turn.read_turn, caller(desk, 1001), "huỷ", "")
    assert cancelled.step is Step.CANCEL
    assert cancelled.found.change is not None and cancelled.found.change.key == "406-14"
    # someone who wrote nothing: /huy, nothing to undo
    other = desk.call(chat_turn.read_turn, caller(desk, 1002), "thôi", "")
    assert other.step is Step.CANCEL and other.found.change is None


def test_a_question_beside_a_status_prompt_goes_to_the_prompt(desk):
    who = officer(desk)
    desk.call(statuses.update_status, who, "/capnhat 406-14")  # its status buttons wait
    waiting = caller(desk, 1001)
    assert waiting.waiting is not None
    found = desk.call(chat_turn.read_turn, waiting, "đang làm", "")
    assert found.step is Step.PENDING
