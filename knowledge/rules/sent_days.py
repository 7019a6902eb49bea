"""Whether a day said as when a document was sent ("đã gửi ngày 9/4") may stand as the day its
status counts from (knowledge/rules/standing.py `day_of`): a day that has come, not before the
province's plan began, and not before the item's last status (the history stays in order: a
status written on 12/4 is not followed by one that counts from 9/4). Structured: the words are
knowledge/messages/offers.py's."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Any

from knowledge.rules.standing import DONE_STATUS, day_of


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


def corrected_day(current: Any, status: str, sent_on: date | None) -> date | None:
    """The day sent that a done status said again with another day corrects (a dossier recorded
    "ghi thay" with the wrong day, then the right one): the day it replaces; None when the
    status is no correction of the day (not done, no day said, or the same day). `current`: the
    item's last change for the unit, or None."""
    if sent_on is None or current is None or status != DONE_STATUS:
        return None
    if current.new != DONE_STATUS:
        return None
    was = day_of(current)
    return was if was != sent_on else None
