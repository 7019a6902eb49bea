"""Numbers written in words, read once for rows, dates and periods: the forms Vietnamese gives a
unit after the tens ("mốt", "tư", "lăm"), the tens left out in speech ("hai mốt"), hundreds
joined by "linh"/"lẻ", and a word typed with other marks that is no number. Phrasings written
for these tests."""

from __future__ import annotations

import pytest

from knowledge.language.spelled_numbers import number_at, ordinal_at, spelled_number
from knowledge.language.text import tokenize


def read(text: str):
    return spelled_number(tokenize(text), 0)


@pytest.mark.parametrize(
    "text, value",
    [
        ("mười", 10),
        ("mười bốn", 14),
        ("muoi bon", 14),
        ("mười lăm", 15),
        ("mười nhăm", 15),
        ("hai mươi", 20),
        ("hai mươi mốt", 21),
        ("hai mốt", 21),
        ("hai mot", 21),
        ("ba mươi tư", 34),
        ("ba tư", 34),
        ("ba lăm", 35),
        ("ba muoi chin", 39),
        ("năm mươi lăm", 55),
        ("một trăm linh năm", 105),
        ("mot tram le hai", 102),
        ("hai trăm mười", 210),
    ],
)
def test_a_number_in_words_reads_as_its_value_marked_or_not(text, value):
    tokens = tokenize(text)
    assert spelled_number(tokens, 0) == (value, len(tokens))


def test_a_word_typed_with_other_marks_is_no_number():
    assert read("nằm") is None
    assert read("tứ") is None


def test_unmarked_lam_and_tu_after_a_unit_are_other_words():
    # "hai lam" is "hai làm" (two do), "ba tu" "ba từ": the tens are left out only when marked
    assert read("hai lam gi") == (2, 1)
    assert read("ba tu phap") == (3, 1)


def test_figures_and_ordinals_read_the_same_as_words():
    assert number_at(tokenize("14"), 0) == (14, 1)
    assert number_at(tokenize("mười bốn"), 0) == (14, 2)
    assert ordinal_at(tokenize("thứ ba mươi chín"), 0) == (39, 4)
    assert ordinal_at(tokenize("thu 3"), 0) == (3, 2)
    assert ordinal_at(tokenize("thứ nhất"), 0) == (1, 2)
    assert ordinal_at(tokenize("thủ tục"), 0) is None
