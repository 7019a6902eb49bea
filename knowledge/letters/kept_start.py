"""Where a corrected recurrence starts. A coordinator who retypes a recurring task's schedule
("sửa hạn nv 3 thành ngày 18 tháng cuối quý") corrects how often and on which day, not when the
duty begins: the letter's start ("bắt đầu từ quý IV/2021") stays unless the correction names a
new one ("từ 18/12/2021", "kể từ tháng 11/2021"). Without this, a quarterly report the letter
asks for from quý IV was first due in the letter's own quarter, and every unit late for it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from knowledge.letters.dates import Found
from knowledge.letters.model import Recurrence

# "từ 18/12/2021", "bắt đầu từ 18/12/2021": a start typed as a bare date (the letters' reader
# reads "từ ngày …", a month or a quarter; a correction is typed shorter)
_FROM_DATE = re.compile(
    r"\b(?:ke tu|bat dau tu|tu)\s+(?:ngay\s+)?(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*"
    r"(?P<y>\d{4})\b"
)
_MONTHS = {"month": 1, "quarter": 3, "half-year": 6, "year": 12}


def typed_start(found: Found, low: str) -> Found | str:
    """The recurrence with the start the coordinator typed as a bare date, or one line when that
    date does not exist; unchanged when the line names none (or names it as the reader does)."""
    if found.since is not None:
        return found
    m = _FROM_DATE.search(low)
    if m is None:
        return found
    try:
        since = date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return f"ngày {m.group('d')}/{m.group('m')}/{m.group('y')} không có thật"
    return replace(found, since=since)


def kept_floor(before: Recurrence | None, floor: date, strict: bool = True) -> date:
    """The day after which (`strict`, as recurring.first_occurrence counts from a letter's date)
    or on which a corrected recurrence's first occurrence may fall when the correction names no
    start: the start of the period the task's first occurrence fell in (the quarter of
    18/12/2021: 1/10/2021), never before `floor` (the letter's date)."""
    if before is None or before.first is None:
        return floor
    span = _MONTHS.get(before.every, 1)
    first = before.first
    opens = date(first.year, (first.month - 1) // span * span + 1, 1)
    return max(floor, opens - timedelta(days=1) if strict else opens)
