"""A reply saying the document will be sent later ("gửi file báo cáo tháng 9 sau nhé", "phụ lục
em gửi sau ạ", "mai em nộp"): no status and no question, but the unit's word that it is coming.
Read only in reply to the bot's own message (a reminder), or typed just after one arrived,
whose task it is about (usecases/later_sends.py); read as a question, it matched an unrelated
service (ux26 #8). "sẽ gửi trước hạn" says it with "sẽ" (will) beside the verb, not "sau"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from knowledge.language.text import MarkedWords, tokenize
from knowledge.reader.period_finding import find_periods
from knowledge.reader.question_shape import reads_as_question
from knowledge.reader.status_words import status_span

# "sau" (later; never "sáu", six), "mai" (tomorrow), "lát" / "chút" (in a moment)
_LATER = MarkedWords("sau mai lát chút")
_WILL = MarkedWords("sẽ")
_SEND = MarkedWords("gửi nộp")
MAX_WORDS = 16
_MONTH = re.compile(r"\bthang\s+(\d{1,2})\b")


def sends_later(text: str) -> bool:
    """The words say the unit will send it later, and say no status and ask nothing."""
    if text.lstrip().startswith("/") or reads_as_question(text):
        return False
    tokens = tokenize(text)
    if not tokens or len(tokens) > MAX_WORDS:
        return False
    # "sẽ gửi trước hạn ạ": a send to come, said with "sẽ" (will) beside the verb
    will = any(t in _WILL for t in tokens) and any(t in _SEND for t in tokens)
    if not will and not any(t in _LATER for t in tokens):
        return False
    # "sau khi kiểm thử xong sẽ tích hợp": a status said, read as one
    return status_span([t.fold for t in tokens]) is None


def sends_on_day(text: str, today: date, plan_years: Sequence[int]) -> bool:
    """ "thứ 6 em gửi", "25/4 em nộp": no "sau", but a send with a day ahead named, said no
    status and asking nothing; typed to a reminder, it is the same word that the task comes
    later (read as a question, it listed what falls due that day)."""
    if text.lstrip().startswith("/") or reads_as_question(text):
        return False
    tokens = tokenize(text)
    if not tokens or len(tokens) > MAX_WORDS or not any(t in _SEND for t in tokens):
        return False
    if status_span([t.fold for t in tokens]) is not None:
        return False
    return send_day(text, today, plan_years) is not None


def month_named(text: str) -> int | None:
    """The month the words name ("báo cáo tháng 9"): the occurrence meant, of a monthly task."""
    found = _MONTH.search(" ".join(t.fold for t in tokenize(text)))
    month = int(found.group(1)) if found else 0
    return month if 1 <= month <= 12 else None


def send_day(text: str, today: date, plan_years: Sequence[int]) -> tuple[date, str] | None:
    """The day the words say the document will go, and how they say it: the first day of a
    period ahead ("tuần sau em gửi": next Monday, the earliest the unit promised), the last of
    one from today ("3 ngày tới"); None when they name none ahead. A report's own period
    ("báo cáo tháng 9") says which report, not when it goes."""
    periods, _ = find_periods(tokenize(text), today, plan_years)
    for span in periods:
        period = span.period
        if period.reported or period.late or period.nearest:
            continue
        day = period.start if period.start > today else period.end
        if day > today:
            return day, period.label
    return None
