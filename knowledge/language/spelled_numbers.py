"""Months and numbers as Vietnamese writes them in words ("tháng sáu", "hai mươi tháng tư",
"mục mười bốn", "thủ tục thứ ba mươi chín"), read once here for rows, dates and periods alike:
split from vocabulary.py, which holds the words officers use beside the catalogue's."""

from __future__ import annotations

from collections.abc import Sequence

from knowledge.language.text import MarkedWords, Token, strip_marks

# Months written as words ("tháng sáu", "tháng mười một", "tháng chạp"), as typed with marks.
# Without marks "sau" is also "sau" (next) and "nam" also "năm" (year): the period parser decides.
SPELLED_MONTHS: dict[str, int] = {
    "một": 1,
    "giêng": 1,
    "hai": 2,
    "ba": 3,
    "tư": 4,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
    "mười một": 11,
    "mười hai": 12,
    "chạp": 12,
}

# Numbers spelled out, for a day named in words ("hai mươi tháng tư", "ngày mười lăm tháng
# năm", "ba mươi mốt"): the units, as typed with marks, with the forms they take after "mươi"
# ("mốt" 1, "tư" 4, "lăm"/"nhăm" 5); "mười" is ten, "mươi" the tens after a unit.
SPELLED_UNITS: dict[str, int] = {
    "một": 1,
    "mốt": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "tư": 4,
    "năm": 5,
    "lăm": 5,
    "nhăm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
}
TEN_WORD = "mười"  # ten, and the first word of 11-19
TENS_WORD = "mươi"  # after a unit: "hai mươi" 20, "ba mươi" 30
# An ordinal: "thứ ba mươi chín" (39th), "thứ 3"; "thứ nhất" is the first. Whether it counts
# rows or names a weekday ("thứ Ba") is the reader's to say, from the word before it.
ORDINAL_WORD = MarkedWords("thứ")
FIRST_WORDS = MarkedWords("nhất nhứt")
HUNDRED_WORD = "trăm"  # after a unit: "một trăm" 100
# After the hundreds, a unit with no tens is joined by "linh" (North) or "lẻ" (South): "một trăm
# linh năm" 105.
ZERO_TENS = MarkedWords("linh lẻ")
# The forms a unit takes after the tens stand for "mươi" and the unit in speech: "hai mốt" 21,
# "ba lăm" 35, "hai tư" 24. Typed without marks "lam" is "làm" and "tu" "từ" far more often,
# so only "mot" and "nham" count unmarked there.
TENS_LEFT_OUT = MarkedWords("mốt tư lăm nhăm", marked_only="tư lăm")

# The units typed without marks: "hai muoi", "muoi lam" (each fold is one number).
UNMARKED_UNITS = {strip_marks(word): value for word, value in SPELLED_UNITS.items()}


def _at(tokens: Sequence[Token], i: int) -> Token | None:
    return tokens[i] if 0 <= i < len(tokens) else None


def _unit(token: Token | None) -> int | None:
    """A unit spelled as a word: as printed when typed with marks ("năm" is 5, "nằm" nothing)."""
    if token is None:
        return None
    if token.has_marks:
        return SPELLED_UNITS.get(token.raw.lower())
    return UNMARKED_UNITS.get(token.fold)


def _spelled_as(token: Token | None, word: str) -> bool:
    """ "mười" (ten), "mươi" (tens), "trăm": typed without marks, the one its position allows."""
    if token is None or token.fold != strip_marks(word):
        return False
    return not token.has_marks or token.raw.lower() == word


def _below_hundred(tokens: Sequence[Token], i: int) -> tuple[int, int] | None:
    """(value, end) of 1 to 99 in words at i: "mười lăm", "hai mươi", "ba mươi mốt", "hai mốt"."""
    if _spelled_as(_at(tokens, i), TEN_WORD):
        unit = _unit(_at(tokens, i + 1))
        return (10 + unit, i + 2) if unit else (10, i + 1)
    unit = _unit(_at(tokens, i))
    if unit is None:
        return None
    if _spelled_as(_at(tokens, i + 1), TENS_WORD) and unit > 1:
        more = _unit(_at(tokens, i + 2))
        return (unit * 10 + more, i + 3) if more else (unit * 10, i + 2)
    after = _at(tokens, i + 1)
    if unit > 1 and after in TENS_LEFT_OUT and after is not None:
        return unit * 10 + (_unit(after) or 0), i + 2
    return unit, i + 1


def spelled_number(tokens: Sequence[Token], i: int) -> tuple[int, int] | None:
    """(value, end) of a number from 1 to 999 spelled in words at i: "hai mươi" 20, "mười lăm"
    15, "ba mươi mốt" 31, "hai mốt" 21, "tư" 4, "một trăm linh năm" 105. A unit typed with marks
    counts only as printed ("năm" is 5, "nằm" is not)."""
    found = _below_hundred(tokens, i)
    if found is None:
        return None
    value, end = found
    hundred = _at(tokens, end)
    if end != i + 1 or hundred is None or not _spelled_as(hundred, HUNDRED_WORD):
        return found
    rest = end + 1
    if _at(tokens, rest) in ZERO_TENS:
        unit = _unit(_at(tokens, rest + 1))
        return (value * 100 + unit, rest + 2) if unit else (value * 100, rest)
    more = _below_hundred(tokens, rest)
    return (value * 100 + more[0], more[1]) if more else (value * 100, rest)


def number_at(tokens: Sequence[Token], i: int) -> tuple[int, int] | None:
    """(value, end) of a number at i, in figures ("14") or in words ("mười bốn")."""
    token = _at(tokens, i)
    if token is None:
        return None
    if token.fold.isdecimal():
        return int(token.fold), i + 1
    return spelled_number(tokens, i)


def ordinal_at(tokens: Sequence[Token], i: int) -> tuple[int, int] | None:
    """(value, end) of an ordinal at i: "thứ 14", "thứ mười bốn", "thứ nhất"."""
    if _at(tokens, i) not in ORDINAL_WORD:
        return None
    if _at(tokens, i + 1) in FIRST_WORDS:
        return 1, i + 2
    return number_at(tokens, i + 1)
