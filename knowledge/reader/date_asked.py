"""Today's date asked ("hôm nay ngày bao nhiêu", "hôm nay thứ mấy", "hôm nay là mùng mấy"): the
bot's own clock answers it, before what falls due that day. A day asked for after "trước",
"đến" or "hạn" ("nộp trước ngày mấy", "hạn ngày bao nhiêu") asks a deadline, not the calendar, and
so does one asked with no word for today."""

from __future__ import annotations

from datetime import date

from knowledge.calendar.deadlines import fmt_date
from knowledge.language.progress_words import DUE_WORDS
from knowledge.language.text import MarkedWords
from knowledge.language.vocabulary import UNTIL_WORDS, WORK_WORDS
from knowledge.reader.parse import Parsed

# The nouns a day of the calendar is asked by: its date ("ngày", "mùng", "mồng") or its weekday
# ("thứ"), then how many ("mấy", "bao nhiêu").
DAY_NOUNS = MarkedWords("ngày thứ mùng mồng")
HOW_MANY = MarkedWords("mấy")
HOW_MANY_PAIR = ("bao", "nhieu")
# what a question asks of a day beside its date: what falls due, what is to be done on it
WHAT = MarkedWords("gì việc")
WEEKDAYS = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")


def asks_the_date(parsed: Parsed) -> bool:
    """The question names today as its period and asks which day of the calendar that is."""
    today = parsed.today
    if today is None or not any(
        p.period.start == p.period.end == today and not p.period.late for p in parsed.periods
    ):
        return False
    if parsed.tasks or parsed.rows or parsed.agencies:
        return False
    tokens = parsed.tokens
    taken = {i for p in parsed.periods for i in range(p.start, p.end)}
    for i, token in enumerate(tokens):
        if i in taken or token not in DAY_NOUNS:
            continue
        before = tokens[i - 1] if i else None
        if before is not None and (before in UNTIL_WORDS or before in DUE_WORDS):
            continue  # "trước ngày mấy", "hạn ngày bao nhiêu": a deadline
        after = tokens[i + 1 : i + 3]
        if (after and after[0] in HOW_MANY) or tuple(t.fold for t in after) == HOW_MANY_PAIR:
            return True
    return False


def today_line(today: date) -> str:
    """ "Hôm nay là thứ Ba, 13/4/2021.", by the bot's clock."""
    return f"Hôm nay là {WEEKDAYS[today.weekday()]}, {fmt_date(today)}."


def asks_only_the_date(parsed: Parsed) -> bool:
    """Today's date asked and nothing about it: no deadline, no work, no "gì" ("hôm nay ngày
    bao nhiêu"); the calendar is nothing the bot keeps (issue 20: a question is never a period
    list because it says "hôm nay"), so it is answered unknown, its date said first."""
    return asks_the_date(parsed) and not any(
        t in DUE_WORDS or t in WORK_WORDS or t in WHAT for t in parsed.tokens
    )
