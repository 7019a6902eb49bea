"""Whether a day said as when a document was sent ("đã gửi ngày 9/4") may stand as the day its
status counts from (knowledge/rules/standing.py `day_of`): a day that has come, not before the
province's plan began, and not before the item's last status (the history stays in order: a
status written on 12/4 is not followed by one that counts from 9/4). Structured: the words are
knowledge/messages/offers.py's."""

from __future__ import annotations

from datetime import date
from enum import StrEnum


class SentDayRefused(StrEnum):
    AHEAD = "ahead"  # the day has not come
    BEFORE = "before"  # before the item's last status, or the plan


def sent_day_refused(said: date, today: date, floor: date) -> SentDayRefused | None:
    """Why `said` may not stand as the day sent; None when it may. `floor`: the first day of
    the plan's year, or the item's last status's day when later."""
    if said > today:
        return SentDayRefused.AHEAD
    if said < floor:
        return SentDayRefused.BEFORE
    return None
