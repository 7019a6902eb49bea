"""A reply saying the document will be sent later ("gửi file báo cáo tháng 9 sau nhé", "phụ lục
em gửi sau ạ", "mai em nộp"): no status and no question, but the unit's word that it is coming.
Read only in reply to the bot's own message (a reminder), or typed just after one arrived,
whose task it is about (usecases/later_sends.py); read as a question, it matched an unrelated
service (ux26 #8). "sẽ gửi trước hạn" says it with "sẽ" (will) beside the verb, not "sau"."""

from __future__ import annotations

import re

from knowledge.language.text import MarkedWords, tokenize
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


def month_named(text: str) -> int | None:
    """The month the words name ("báo cáo tháng 9"): the occurrence meant, of a monthly task."""
    found = _MONTH.search(" ".join(t.fold for t in tokenize(text)))
    month = int(found.group(1)) if found else 0
    return month if 1 <= month <= 12 else None
