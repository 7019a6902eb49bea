"""An agency told of in a clause of its own beside the officer's question about their own unit
is not what is asked about. Phrasings written for these tests."""

from __future__ import annotations

import datetime as dt

from knowledge.reader.side_clauses import clause_numbers

JUNE = dt.date(2021, 6, 2)


def test_clause_numbers_follow_the_punctuation():
    assert clause_numbers("a b, c. d", 4) == [0, 0, 1, 2]
    assert clause_numbers("a b, c", 5) is None  # the parse's words are not the clauses'


def test_an_agency_in_a_side_clause_leaves_the_askers_unit(assistant):
    answer = assistant.ask(
        "bên mình còn việc gì quá hạn không, văn phòng ubnd tỉnh mới hỏi", JUNE, None, "Sở Y tế"
    )
    assert answer.intent == "progress" and answer.agency == "Sở Y tế"


def test_an_agency_in_the_asking_clause_is_still_asked_about(assistant):
    answer = assistant.ask(
        "bên mình cần biết, sở xây dựng còn việc gì quá hạn", JUNE, None, "Sở Y tế"
    )
    assert answer.intent == "progress" and answer.agency == "Sở Xây dựng"
