"""The day a document was sent, said with the status: "báo cáo … đã gửi ubnd tỉnh ngày 9/4 rồi",
"đã nộp hôm qua". Read as the day it went out, not as the note: a report sent before its
deadline and recorded after it was counted late, and "ngày 9/4" kept as the note.

Only a day that has come is read (the latest such day: "20/12" said on 5/1 is last year's); a
day ahead is no day sent, and stays in the note. Whether the day may stand for the write (not
before the item's last status, nor before the province's plan) is the use case's to decide
(knowledge/rules/sent_days.py).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from knowledge.language.text import fold

# "ngày 9/4", "hôm 9/4/2020", "vào ngày 09-04", a bare "9/4": the day, month and perhaps year
_DAY = re.compile(
    r"(?:\b(?:vào|vao)\s+)?(?P<said>\b(?:ngày|ngay|hôm|hom)\s+)?"
    r"\b(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?\b",
    re.IGNORECASE,
)
# a day said by its distance from today, as the question reader reads "hôm qua"
_BACK = {"hom qua": 1, "hom kia": 2}
_BACK_WORDS = re.compile(r"(?:\b(?:vào|vao)\s+)?\b(hôm|hom)\s+(qua|kia)\b", re.IGNORECASE)


def _day(day: int, month: int, year: int | None, today: date) -> date | None:
    """The day named, the latest such one up to today when no year is said; None for no real
    day or one ahead."""
    years = [year] if year is not None else [today.year, today.year - 1]
    for y in years:
        try:
            found = date(y, month, day)
        except ValueError:
            return None
        if found <= today:
            return found
    return None


def said_sent(note: str, today: date, bare: bool = True) -> tuple[date | None, str]:
    """The day a note says the document was sent, and the note without it ("ubnd tinh ngay
    9/4" -> 9/4, "ubnd tinh"); (None, the note) when it says none that has come. One day only:
    a note naming two days is left as typed (which of them is not guessed). `bare`: a date
    alone ("9/4") counts; else only one said as a day ("ngày 9/4", "hôm qua"), as where a
    line is read exactly and a date alone may be a key (/capnhat)."""
    days = [m for m in _DAY.finditer(note) if bare or m.group("said")]
    back = list(_BACK_WORDS.finditer(note))
    if len(days) + len(back) != 1:
        return None, note
    if days:
        match = days[0]
        year = int(match.group(4)) if match.group(4) else None
        found = _day(int(match.group(2)), int(match.group(3)), year, today)
    else:
        match = back[0]
        found = today - timedelta(days=_BACK[fold(match.group(0)).removeprefix("vao ")])
    if found is None:
        return None, note
    rest = (note[: match.start()] + " " + note[match.end() :]).split()
    return found, " ".join(rest).strip(" ,;.")


def said_ahead(note: str, today: date) -> date | None:
    """The one day a note says as the day sent ("ngày 21/4/2021", its year typed) when it has not
    come: a slip the unit must correct, never a note kept beside a status (u23c #4). A day
    without its year is the latest such day that has come (`said_sent`), so never ahead; a date
    alone ("hạn 30/4") may be the deadline talked of, not the day sent, and is not read."""
    days = [m for m in _DAY.finditer(note) if m.group("said") and m.group(4)]
    if len(days) != 1 or _BACK_WORDS.search(note):
        return None
    m = days[0]
    try:
        found = date(int(m.group(4)), int(m.group(3)), int(m.group(2)))
    except ValueError:
        return None
    return found if found > today else None
