"""The date a moved deadline replaced, as the hand-in tables head it (ux23 #4)."""

from __future__ import annotations

from datetime import date

from knowledge.deliverables.moved_dues import Before, Moved, before_now
from knowledge.render.tracking_text import before_text

APR20, APR30, MAY5 = date(2021, 4, 20), date(2021, 4, 30), date(2021, 5, 5)
OWN = (APR20, "Trước ngày 20/4/2021")


def test_the_move_that_set_the_date_now_says_the_date_it_replaced():
    moves = [Moved(APR30, APR20, "20/4/2021")]
    found = before_now(moves, APR30, OWN)
    assert found == Before(APR20, "20/4/2021")
    assert before_text(found) == " (trước: 20/4/2021)"


def test_moved_twice_the_last_move_and_the_tasks_own_date():
    moves = [Moved(APR30, APR20, "20/4/2021"), Moved(MAY5, APR30, "30/4/2021")]
    found = before_now(moves, MAY5, OWN)
    assert before_text(found) == " (trước: 30/4/2021; ban đầu 20/4/2021)"


def test_a_move_taken_back_says_nothing():
    # /doihan undone (or an extension withdrawn): the date now is the task's own again
    assert before_now([Moved(APR30, APR20, "20/4/2021")], APR20, OWN) is None
    assert before_now([], APR20, OWN) is None
    assert before_now([Moved(APR30, None, "")], APR30, OWN) is None  # replaced date unknown
    assert before_text(None) == ""


def test_the_hour_a_letter_printed_is_kept():
    moves = [Moved(APR30, APR20, "trước 17 giờ 00 ngày 20/4/2021")]
    assert before_text(before_now(moves, APR30)) == " (trước: 17 giờ 00 ngày 20/4/2021)"
