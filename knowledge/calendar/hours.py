"""The hour a deadline's day ends at, when the letter prints one ("trước 17 giờ 00 ngày
30/9/2021", "trước 16h30 ngày 5/10"): a reminder and a list that said only "hạn 30/9/2021 — hạn
hôm nay" dropped the hour the officer needs on the last day. The date stays the deadline's (a
deadline's day is its last day, knowledge/calendar/deadlines.py); the hour is said beside it.
"""

from __future__ import annotations

import re
from datetime import date

from knowledge.calendar.deadlines import fmt_date, fmt_due
from knowledge.language.text import fold

# an hour before the day it ends: "17 giờ 00", "17 giờ", "17h00", "16h30 phút", "8 giờ 30 phút"
_HOUR = re.compile(
    r"(?<!\d)(?P<h>\d{1,2})\s*(?:gio|h)\s*(?P<m>\d{1,2})?\s*(?:phut|')?\s*,?\s*"
    r"(?=(?:cung\s+)?(?:ngay|thu\s|chu nhat|\d{1,2}\s*/))"
)


def due_hour(deadline_text: str) -> str:
    """ "17 giờ 00" from "trước 17 giờ 00 ngày 30/9/2021"; "" when no hour is printed (or it is
    not an hour of the day)."""
    m = _HOUR.search(fold(deadline_text or ""))
    if m is None:
        return ""
    hour, minute = int(m.group("h")), int(m.group("m") or 0)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return ""
    return f"{hour} giờ {minute:02d}"


def dated(day: date, deadline_text: str, beside: str = "", ends: bool = True) -> str:
    """ "17 giờ 00 ngày 20/8/2021" when the letter prints the hour its day ends at, else
    "20/8/2021": the date as /nopbai tinh and the desk both say it; a day off with the day it
    ends, `beside` (the days left or late) in its brackets (deadlines.fmt_due); `ends` False:
    a date no longer in force (a move replaced it), said as it was printed."""
    hour = due_hour(deadline_text)
    said = fmt_due(day, beside) if ends else fmt_date(day)
    return f"{hour} ngày {said}" if hour else said
