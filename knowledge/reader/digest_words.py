"""The coordinator's digest asked for in words ("tổng hợp tuần này", "cho xem bản tổng hợp",
"báo cáo tổng hợp hôm nay"): "tổng hợp" and nothing of what it would sum up, no task, unit,
row or service ("tổng hợp phụ lục", the 20/5 task's own word, stays a question), only the talk
around a request and a period that holds today (the digest is as of today). The caller gives the
digest itself to an admin (usecases/digest_asking.py)."""

from __future__ import annotations

from knowledge.language.text import MarkedWords
from knowledge.language.vocabulary import CHAT_WORDS
from knowledge.reader.parse import Parsed

SUMMARY = ("tong", "hop")
# a request for it: "bản tổng hợp", "báo cáo tổng hợp", "tình hình chung", "toàn tỉnh", "gửi",
# "xem lại"
AROUND = MarkedWords("bản báo cáo tình hình chung toàn tỉnh gửi xem lại")


def asks_digest(parsed: Parsed) -> bool:
    if parsed.tasks or parsed.rows or parsed.agencies or parsed.letters:
        return False
    today = parsed.today
    if any(
        p.period.late or today is None or not p.period.start <= today <= p.period.end
        for p in parsed.periods
    ):
        return False
    folds = [t.fold for t in parsed.tokens]
    at = next((i for i in range(len(folds) - 1) if (folds[i], folds[i + 1]) == SUMMARY), None)
    if at is None:
        return False
    period = {i for p in parsed.periods for i in range(p.start, p.end)}
    return all(
        i in (at, at + 1) or i in period or t in AROUND or t in CHAT_WORDS
        for i, t in enumerate(parsed.tokens)
    )
