"""The day a document was sent, said with the status: "báo cáo … đã gửi ubnd tỉnh ngày 9/4 rồi",
"đã nộp hôm qua". Read as the day it went out, not as the note: a report sent before its
deadline and recorded after it was counted late, and "ngày 9/4" kept as the note.

A day typed without its year is read in the year of what it is said about (`anchor`: the
task's or row's date, knowledge/calendar/yearless.py; "20/12" said on 5/1 of a task due in
December is last year's), never turned into last year's day because this year's has not come
(ux24 #5: "ngày 25/6" said on 22/6/2021 was read as 25/6/2020). Only a day that has come is
read as the day sent; a day ahead is no day sent, and stays in the note (`said_ahead` says
it, for the slip to be refused). Whether the day may stand for the write (not
before the item's last status, nor before the province's plan) is the use case's to decide
(knowledge/rules/sent_days.py).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from knowledge.calendar.yearless import typed_day
from knowledge.language.text import fold
from knowledge.reader.past_days import come_day, happened

# "ngày 9/4", "hôm 9/4/2020", "vào ngày 09-04", a bare "9/4": the day, month and perhaps year
_DAY = re.compile(
    r"(?:\b(?:vào|vao)\s+)?(?P<said>\b(?:ngày|ngay|hôm|hom)\s+)?"
    r"\b(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?\b",
    re.IGNORECASE,
)
# a day said by its distance from today, as the question reader reads "hôm qua"
_BACK = {"hom qua": 1, "hom kia": 2}
_BACK_WORDS = re.compile(r"(?:\b(?:vào|vao)\s+)?\b(hôm|hom)\s+(qua|kia)\b", re.IGNORECASE)


def _day(
    match: re.Match[str], anchor: date, today: date | None = None, note: str = ""
) -> date | None:
    """The day a match names (its year, else the year of `anchor`; said as done in `note`, the
    day that has come by `today`: knowledge/reader/past_days.py); None for no real day."""
    year = int(match.group(4)) if match.group(4) else None
    found = typed_day(int(match.group(2)), int(match.group(3)), year, anchor)
    if found is None or today is None:
        return found
    return come_day(found, year is not None, today, happened(note, match.group("said") or ""))


def without_day(note: str) -> str:
    """The note without the one day it says ("biểu 02 ngày 21/4" -> "biểu 02"), whether or not
    that day has come: what is left names the task."""
    days = list(_DAY.finditer(note)) + list(_BACK_WORDS.finditer(note))
    if len(days) != 1:
        return note
    match = days[0]
    return " ".join((note[: match.start()] + " " + note[match.end() :]).split()).strip(" ,;.")


def said_sent(
    note: str, today: date, bare: bool = True, anchor: date | None = None
) -> tuple[date | None, str]:
    """The day a note says the document was sent, and the note without it ("ubnd tinh ngay
    9/4" -> 9/4, "ubnd tinh"); (None, the note) when it says none that has come. One day only:
    a note naming two days is left as typed (which of them is not guessed). `bare`: a date
    alone ("9/4") counts; else only one said as a day ("ngày 9/4", "hôm qua"), as where a
    line is read exactly and a date alone may be a key (/capnhat). `anchor`: the date of what
    the note is said about, whose year a day typed without one is read in (else today)."""
    days = [m for m in _DAY.finditer(note) if bare or m.group("said")]
    back = list(_BACK_WORDS.finditer(note))
    if len(days) + len(back) != 1:
        return None, note
    if days:
        match = days[0]
        found = _day(match, anchor or today, today, note)
        if found is not None and found > today:
            found = None  # not come yet: no day sent (`said_ahead`)
    else:
        match = back[0]
        found = today - timedelta(days=_BACK[fold(match.group(0)).removeprefix("vao ")])
    if found is None:
        return None, note
    rest = (note[: match.start()] + " " + note[match.end() :]).split()
    return found, " ".join(rest).strip(" ,;.")


def said_ahead(note: str, today: date, anchor: date | None = None) -> date | None:
    """The one day a note says as the day sent ("ngày 21/4/2021"; "ngày 25/6", read in the year
    of `anchor` as `said_sent` reads it) when it has not come: a slip the unit must correct,
    never a note kept beside a status (u23c #4, ux24 #5). A date alone ("hạn 30/4") may be the
    deadline talked of, not the day sent, and is not read."""
    days = [m for m in _DAY.finditer(note) if m.group("said")]
    if len(days) != 1 or _BACK_WORDS.search(note):
        return None
    found = _day(days[0], anchor or today, today, note)
    return found if found is not None and found > today else None


# the words an admin says a unit's file came by, before the day ("nhận email ngày 3/9", "gửi
# qua thư ngày 3/9", "bản giấy nhận ngày 3/9"): dropped with the day, they name no unit
_CAME_BY = re.compile(
    r"(?:\b(?:nhận|nhan|gửi|gui|qua|e-?mail|mail|thư|thu|bản|ban|giấy|giay|được|duoc|đã|da)"
    r"\s+)+$",
    re.IGNORECASE,
)


def said_received(words: str, anchor: date) -> tuple[date | None, str]:
    """The one day an admin's `/nop … <unit> ngày 3/9` says the unit's file was received (said
    as a day: "ngày 3/9", "hôm 3/9/2021"; read in `anchor`'s year as `said_sent` reads it),
    and the words without it and the words it came by ("nhận email"); (None, the words) when
    they say none, or several. A day ahead is returned too: whether it may stand is the use
    case's rule."""
    days = [m for m in _DAY.finditer(words) if m.group("said")]
    if len(days) != 1:
        return None, words
    match = days[0]
    found = _day(match, anchor)
    if found is None:
        return None, words
    before = _CAME_BY.sub("", words[: match.start()])
    return found, " ".join(f"{before} {words[match.end() :]}".split()).strip(" ,;.")
