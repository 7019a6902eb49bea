"""Months and numbers as Vietnamese writes them in words ("tháng sáu", "hai mươi tháng tư"), as
typed with marks: split from vocabulary.py, which holds the words officers use beside the
catalogue's."""

from __future__ import annotations

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
