""" "không có" in the ways it is typed at a step of a form filled in the chat is that step's
"Không có" (knowledge/reader/form_asides.py `nothing_at_step`)."""

from __future__ import annotations

import pytest

from knowledge.deliverables.forms import FORMS
from knowledge.reader.form_asides import Nothing, nothing_at_step

PL1, PL3, BIEU02 = FORMS["pl1"], FORMS["pl3"], FORMS["bieu02"]


@pytest.mark.parametrize("typed", ["ko co", "khong co", "không có", "Không có ạ", "ko", "k", "0"])
def test_nothing_typed_at_a_tier_is_its_button(typed):
    assert nothing_at_step(PL1, 0, 0, typed) == Nothing.TIER
    assert nothing_at_step(PL1, 2, 0, typed) == Nothing.TIER
    assert nothing_at_step(PL1, 3, 0, typed) is None  # every tier in: only ✅ Nộp or Hủy


@pytest.mark.parametrize("typed", ["co", "12 8 3 1", "không biết", "khong co so lieu gpxd"])
def test_anything_else_is_the_steps_answer_or_not(typed):
    assert nothing_at_step(PL1, 0, 0, typed) is None


def test_a_list_says_nothing_only_before_its_first_line():
    assert nothing_at_step(PL3, 0, 0, "ko co") == Nothing.LIST
    assert nothing_at_step(PL3, 0, 2, "ko co") is None
    assert nothing_at_step(BIEU02, 0, 0, "ko co") is None
