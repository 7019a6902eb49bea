"""Rows that explain the same share of a question, beside a word of its own that leads it — what
is done, where Vietnamese puts it — are offered, not one said as sure; the row's own verb stays
sure. Phrasings written for these tests."""

from __future__ import annotations

import datetime as dt

APRIL = dt.date(2021, 4, 13)


def test_a_leading_verb_no_row_prints_makes_the_tie_a_choice(assistant):
    assert not assistant.ask("quyết toán thuế cá nhân online", APRIL).sure


def test_the_rows_own_verb_is_sure(assistant):
    answer = assistant.ask("kê khai thuế cá nhân online", APRIL)
    assert answer.sure and answer.items[0].key == "406-40"
