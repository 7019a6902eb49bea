"""Which year a month named without one means: the nearest such month on the side of today the
question looks to. "bc tháng 1 nộp khi nào" asked in December looks ahead (next January);
"tháng 11 bên em nộp chưa" asked in January looks back (last November, unless that is before
the plan); a question that looks
neither way is the asker's year (a quarter likewise: `period_year`). The answer's label states
the year, so the reading is seen.

Ahead: a question of when ("khi nào", "bao giờ", "ngày nào", "lúc nào"), a deadline ("hạn",
"mốc"), "sắp", "tới", "phải" (still to do). Back: what is done or owed already ("đã", "rồi",
a closing "chưa", "quá hạn", "trễ", "muộn"), which wins over a deadline word ("hạn nộp tháng
11 đã qua chưa").
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import date
from typing import Literal

from knowledge.language.progress_words import DUE_WORDS, LATE_WORDS, PAST_WORDS
from knowledge.language.text import MarkedWords, Token

Direction = Literal["ahead", "back"]

_WHEN = MarkedWords("nào giờ")  # after "khi", "bao", "ngày", "hôm", "lúc": when
_WHEN_BEFORE = MarkedWords("khi bao ngày hôm lúc")
# "phải nộp", "phải làm": what is still to do, ahead
_AHEAD = MarkedWords("sắp tới phải")
_BACK = MarkedWords("rồi quá")
_CLOSING = MarkedWords("chưa")


def direction(tokens: Sequence[Token]) -> Direction | None:
    """The side of today a question looks to, from its words; None: neither."""
    if any(t in PAST_WORDS or t in _BACK or t in LATE_WORDS or t in _CLOSING for t in tokens):
        return "back"
    when = any(a in _WHEN_BEFORE and b in _WHEN for a, b in itertools.pairwise(tokens))
    if when or any(t in DUE_WORDS or t in _AHEAD for t in tokens):
        return "ahead"
    return None


def month_year(
    month: int, today: date, looks: Direction | None, default: int, plan: Sequence[int] = ()
) -> int:
    """The year of a month named without one (`period_year` of a one-month span)."""
    return period_year(month, 1, today, looks, default, plan)


def period_year(
    first: int,
    months: int,
    today: date,
    looks: Direction | None,
    default: int,
    plan: Sequence[int] = (),
) -> int:
    """The year of a month or quarter named without one (from month `first`, `months` long),
    counted from the asker's day: looking back ("nộp chưa"), the latest one begun; looking
    ahead ("hạn", "sắp tới", "phải nộp"), the next one not yet over (this one included);
    looking neither way, the asker's year. Never back before the plan's first year ("tháng 5
    nộp chưa" in April of the plan's first year is that year's May, the one still to send);
    asked before the plan began, the plan's year (`default`, the nearest of the plan's years).
    A year after the plan is the asker's too (ux36 #1: "tháng 2" on 21/2/2022 is 2/2022)."""
    if plan and today.year < min(plan):
        return default
    if looks == "ahead" and first + months - 1 < today.month:
        return today.year + 1
    if looks == "back" and first > today.month and (not plan or today.year > min(plan)):
        return today.year - 1
    return today.year
