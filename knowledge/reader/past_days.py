"""A day typed without its year in words that say it happened ("đã gửi bằng văn bản hôm 19/4",
"nộp ngày 12/4 rồi"): the day that has come, this year's, when the item's year would put it
ahead (ux38 #1: "hôm 19/4" said on 24/5/2021 of a row due in late 2021 was read as 19/4/2022,
"not yet come", and nothing was written). A day still ahead this year stays ahead: "ngày 25/6"
said on 22/6 is a slip to correct, never last year's (ux24 #5, knowledge/calendar/yearless.py)."""

from __future__ import annotations

import re
from datetime import date

from knowledge.language.text import fold

# "đã", "rồi", "hôm" (the day said as one that was): the words say the sending happened
_HAPPENED = frozenset({"da", "roi", "r"})
_SAID_AS_PAST = frozenset({"hom"})


def happened(note: str, said: str) -> bool:
    """Whether the words say the thing was done: "đã"/"rồi" in them, or the day said "hôm"."""
    words = set(re.findall(r"\w+", fold(note)))
    return bool(words & _HAPPENED) or fold(said.strip()) in _SAID_AS_PAST


def come_day(found: date, typed_year: bool, today: date, past: bool) -> date:
    """`found` (the day as the item's year reads it), or this year's same day when the year
    was not typed, the words say it happened, `found` is ahead and this year's has come."""
    if typed_year or not past or found <= today:
        return found
    try:
        this_year = found.replace(year=today.year)
    except ValueError:  # 29/2 in a common year
        return found
    return this_year if this_year <= today else found
