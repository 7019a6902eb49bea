"""A file said to be filed under the wrong period (ux32 #3): "em gửi nhầm bc tháng 5 rồi, đó là
bc tháng 4", "nộp nhầm kỳ, là của tháng 4", "tệp tháng 5 là của tháng 4". A word of error
("nhầm") or the period it belongs to ("là của tháng 4"), and the month it belongs to: after
"là"/"phải là"/"sang", else the last of two months named (the first is the wrong one). Read
from the words' structure, never a list of sentences; the file and its occurrences are
usecases/file_moves.py's, which offers the move by a button (nothing is written from words).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.language.text import nfc, strip_marks

MAX_WORDS = 30  # longer: a note or a question of its own, read as usual
# a month as officers type it: "tháng 4", "thang4", "th 4", "T4", "t4/2021"
_MONTH = r"(?:thang|thg|th|t)\s*(?P<{name}>\d{{1,2}})(?:\s*[/.-]\s*(?P<{name}y>\d{{4}}))?\b"
_ANY_MONTH = re.compile(r"\b" + _MONTH.format(name="m"))
# the month it belongs to, named after the word that says so: "là (của) (bc) tháng 4",
# "phải là …", "đúng là …", "sang …", "cho …" after the error word
_BELONGS = re.compile(
    r"\b(?:la|sang|vao)\s+(?:cua\s+|cho\s+)?(?:(?:bc|bao cao|file|tep|ky|ban)\s+)*"
    + _MONTH.format(name="r")
)
_ERROR = re.compile(r"\bnham\b")
_FILE_WORDS = re.compile(r"\b(?:bc|bao cao|file|tep|ky|mau|bieu|nop|gui)\b")


@dataclass(frozen=True)
class Misfiled:
    """The month (and year, when typed) the file belongs to, and the one it was filed under
    when the words name it."""

    right: tuple[int, int | None]
    wrong: tuple[int, int | None] | None = None


def _month(match: re.Match[str], name: str) -> tuple[int, int | None] | None:
    month = int(match[name])
    year = match[name + "y"]
    return (month, int(year) if year else None) if 1 <= month <= 12 else None


def misfiled(text: str) -> Misfiled | None:
    """What the words say of a file filed under the wrong month; None when they say no such
    thing (no error word and no "là của tháng …", no month it belongs to, no file word)."""
    plain = strip_marks(nfc(text)).lower()
    if text.lstrip().startswith("/") or len(plain.split()) > MAX_WORDS:
        return None
    if not _FILE_WORDS.search(plain):
        return None
    belongs = _BELONGS.search(plain)
    said_error = bool(_ERROR.search(plain))
    if not said_error and not (belongs and re.search(r"\bla\s+cua\b", plain)):
        return None
    named = [m for m in (_month(x, "m") for x in _ANY_MONTH.finditer(plain)) if m is not None]
    right = _month(belongs, "r") if belongs else None
    if right is None:
        if len(named) < 2:
            return None  # "nộp nhầm tháng 5": which month it belongs to is not said
        right = named[-1]
    wrong = next((m for m in named if m[0] != right[0]), None)
    return Misfiled(right, wrong)
