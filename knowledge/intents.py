"""What kind of question this is: a service, an agency, a period, a row by its number, help."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from knowledge.agencies import AgencyMention
from knowledge.deadlines import ROMAN, month_end, quarter_end
from knowledge.vocabulary import AGENCY_QUESTION_WORDS, FILLER_PHRASES, FILLER_WORDS, HELP_WORDS

SOON_DAYS = 30

_ITEM = re.compile(r"\b(406|411)\s+0*(\d{1,3})\b(?:\s+(.*))?")
_ITEM_WORD = re.compile(r"\b(?:muc|so|stt|dong|hang|item|tt|dich vu)\s+0*(\d{1,3})\b(?:\s+(.*))?")
_MONTH = re.compile(r"\b(?:thang|t)\s*(\d{1,2})(?:\s+(?:nam\s+)?(\d{4}))?\b")
_QUARTER = re.compile(r"\b(?:quy|q)\s*(iv|iii|ii|i|[1-4])(?:\s+(?:nam\s+)?(\d{4}))?\b")
_SOON = re.compile(r"\b(?:sap|gan|chuan bi)\s+(?:den|toi|het|dao)\s+han\b|\bsap han\b|\bsap toi\b")
_LATE = re.compile(r"\b(?:qua han|tre han|cham han|da qua|bi tre|tre hen)\b")
_THIS_MONTH = re.compile(r"\bthang nay\b")
_NEXT_MONTH = re.compile(r"\bthang (?:sau|toi)\b")
_THIS_WEEK = re.compile(r"\btuan nay\b")
_NEXT_WEEK = re.compile(r"\btuan (?:sau|toi)\b")


@dataclass(frozen=True)
class Period:
    start: date
    end: date
    label: str


@dataclass(frozen=True)
class ItemRef:
    decision: str | None  # None: "mục 22" without a decision
    number: str
    rest: str  # words after the number, e.g. a sector of row 11


def find_item(folded: str) -> ItemRef | None:
    m = _ITEM.search(folded)
    if m:
        return ItemRef(m.group(1), str(int(m.group(2))), (m.group(3) or "").strip())
    m = _ITEM_WORD.search(folded)
    if m:
        return ItemRef(None, str(int(m.group(1))), (m.group(2) or "").strip())
    return None


def is_help(folded: str) -> bool:
    core = " ".join(w for w in folded.split() if w not in FILLER_WORDS or w in HELP_WORDS)
    return folded in HELP_WORDS or core in HELP_WORDS


def find_period(folded: str, today: date, plan_years: list[int]) -> Period | None:
    """A period the question names; a month or quarter without a year takes the plan year nearest
    today.
    """

    def year_of(text: str | None) -> int:
        if text:
            return int(text)
        if today.year in plan_years or not plan_years:
            return today.year
        return min(plan_years, key=lambda y: abs(y - today.year))

    m = _MONTH.search(folded)
    if m and 1 <= int(m.group(1)) <= 12:
        month, year = int(m.group(1)), year_of(m.group(2))
        return Period(date(year, month, 1), month_end(month, year), f"Tháng {month}/{year}")
    m = _QUARTER.search(folded)
    if m:
        q, year = ROMAN[m.group(1)], year_of(m.group(2))
        roman = ["I", "II", "III", "IV"][q - 1]
        return Period(date(year, 3 * q - 2, 1), quarter_end(q, year), f"Quý {roman}/{year}")
    if _SOON.search(folded):
        return Period(today, today + timedelta(days=SOON_DAYS), f"{SOON_DAYS} ngày tới")
    if _LATE.search(folded):
        return Period(date(1900, 1, 1), today - timedelta(days=1), "đã quá hạn")
    if _THIS_MONTH.search(folded):
        return Period(
            today.replace(day=1),
            month_end(today.month, today.year),
            f"Tháng {today.month}/{today.year}",
        )
    if _NEXT_MONTH.search(folded):
        first = (today.replace(day=1) + timedelta(days=32)).replace(day=1)
        return Period(
            first, month_end(first.month, first.year), f"Tháng {first.month}/{first.year}"
        )
    if _THIS_WEEK.search(folded):
        monday = today - timedelta(days=today.weekday())
        return Period(today, monday + timedelta(days=6), "tuần này")
    if _NEXT_WEEK.search(folded):
        monday = today - timedelta(days=today.weekday()) + timedelta(days=7)
        return Period(monday, monday + timedelta(days=6), "tuần sau")
    return None


def strip_period(folded: str) -> str:
    for pattern in (
        _MONTH,
        _QUARTER,
        _SOON,
        _LATE,
        _THIS_MONTH,
        _NEXT_MONTH,
        _THIS_WEEK,
        _NEXT_WEEK,
    ):
        folded = pattern.sub(" ", folded)
    return " ".join(folded.split())


_FILLER_RE = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, FILLER_PHRASES), key=len, reverse=True)) + r")\b"
)


def asks_about_agency(folded: str, mention: AgencyMention) -> bool:
    """True when, the agency's name aside, the question holds only question words."""
    words = folded.split()
    rest = " ".join(words[: mention.start] + words[mention.end :])
    rest = _FILLER_RE.sub(" ", rest)
    leftover = [
        w for w in rest.split() if w not in AGENCY_QUESTION_WORDS and w not in FILLER_WORDS
    ]
    return not leftover


def only_period_words(folded: str) -> bool:
    rest = _FILLER_RE.sub(" ", strip_period(folded))
    leftover = [
        w for w in rest.split() if w not in AGENCY_QUESTION_WORDS and w not in FILLER_WORDS
    ]
    return not leftover
