"""A deadline as typed, in the catalogue's printed form ("thang 9/2021" -> "Tháng 9/2021"):
what /giao and an imported table store, so that a row reads as the documents print it whatever
the keyboard (an imported "Thang 7/2021" was kept as typed beside its agencies' printed names).
"""

from __future__ import annotations

import re
from calendar import monthrange

from knowledge.calendar.deadlines import DeadlineError, parse_deadline
from knowledge.language.text import fold

_ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV", "i": "I", "ii": "II", "iii": "III"}
_ROMAN["iv"] = "IV"
# on the folded text, where "/" reads as a space: "thang 9 2021", "quy iii 2021", "30 9 2021"
_MONTH = re.compile(r"^(?:thang|t)\s*(\d{1,2})\s+(\d{4})$")
_QUARTER = re.compile(r"^(?:quy|q)\s*(iv|i{1,3}|[1-4])\s+(\d{4})$")
_DAY = re.compile(r"^(?:truoc ngay |ngay )?(\d{1,2})\s+(\d{1,2})\s+(\d{4})$")
# the same typed without a year ("tháng 10", "quý 3", "30/9")
_YEARLESS = re.compile(
    r"^(?:(?:thang|t)\s*\d{1,2}|(?:quy|q)\s*(?:iv|i{1,3}|[1-4])"
    r"|(?:truoc ngay |ngay )?\d{1,2}\s+\d{1,2})$"
)


def read_deadline(text: str, year: int | None = None) -> str:
    """A deadline as typed, in the catalogue's printed form when it is a month, a quarter or a
    day ("thang 9/2021" -> "Tháng 9/2021", "quy 3/2021" -> "Quý III/2021", "30/9/2021" ->
    "Trước ngày 30/9/2021"); any other wording the deadline reader reads is kept as typed.
    `year`: the year of one typed without it ("tháng 10", "quý 3", "30/9"), printed in full
    so that the preview shows it before anything is applied. Raises DeadlineError for what does
    not read or a day that does not exist (31/4)."""
    typed = " ".join(text.split()).strip(" .;")
    folded = fold(typed)
    if year is not None and _YEARLESS.match(folded):
        folded = f"{folded} {year}"
    if m := _MONTH.match(folded):
        month, year = int(m.group(1)), int(m.group(2))
        if not 1 <= month <= 12:
            raise DeadlineError(f"tháng {month} không có")
        return f"Tháng {month}/{year}"
    if m := _QUARTER.match(folded):
        return f"Quý {_ROMAN[m.group(1)]}/{m.group(2)}"
    if m := _DAY.match(folded):
        day, month, year = (int(g) for g in m.groups())
        if not 1 <= month <= 12 or not 1 <= day <= monthrange(year, month)[1]:
            raise DeadlineError(f"ngày {day}/{month}/{year} không có")
        return f"Trước ngày {day}/{month}/{year}"
    parse_deadline(typed)  # raises DeadlineError
    return typed


def printed_period(text: str) -> str:
    """A month, a quarter or a day as the documents print it ("Thang 7/2021" -> "Tháng 7/2021",
    "quy 3/2021" -> "Quý III/2021", "31/12/2021" -> "Trước ngày 31/12/2021": a date typed in a
    spreadsheet's cell is read as /giao reads it); any other text as it is (a phase's wording).
    Raises DeadlineError for a month or a day that does not exist."""
    folded = fold(" ".join(text.split()).strip(" .;"))
    if _MONTH.match(folded) or _QUARTER.match(folded) or _DAY.match(folded):
        return read_deadline(text)
    return text
