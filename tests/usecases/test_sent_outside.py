"""The web desk marks a unit reported sent with nothing in the bot as the chat's /nopbai tinh
does (usecases/desk_views.py reads the same details)."""

from __future__ import annotations

from tests.usecases.conftest import ADMIN, caller, officer
from usecases import desk_views, statuses
from usecases.desk_views import Board


def test_the_desk_marks_a_document_reported_sent_outside_the_bot(desk):
    builder = officer(desk)
    desk.call(statuses.update_status, builder, "/capnhat tq-2021-04-20 đã nộp")
    board = desk.call(desk_views.board, caller(desk, ADMIN))
    assert isinstance(board, Board)
    [task] = [t for t in board.handins if t.key == "tq-2021-04-20"]
    [unit] = [u for u in task.units if u.unit == "Sở Xây dựng"]
    assert unit.sent and unit.detail == "báo đã nộp, không có biểu trong bot"
    own = desk.call(desk_views.board, caller(desk, 1001))
    [mine] = [t for t in own.my_handins if t.key == "tq-2021-04-20"]
    assert mine.units[0].detail == "báo đã nộp, không có biểu trong bot"
