"""The unit a line says a file was meant for, beside a word of error (ux34 #5)."""

from __future__ import annotations

import pytest

from knowledge.reader.wrong_unit import unit_meant


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("nham roi, day la file cua so y te", "Sở Y tế"),
        ("nhầm rồi, đây là file của huyện Hàm Yên", "UBND huyện Hàm Yên"),
        ("day la file cua so y te", None),  # no word of error: no refile asked
        ("nham roi", None),  # no unit named
    ],
)
def test_a_unit_named_beside_a_word_of_error(assistant, text, unit):
    assert unit_meant(text, assistant.agencies) == unit
