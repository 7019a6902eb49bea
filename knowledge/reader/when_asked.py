"""Whether a question about a task asks only when it falls due ("biểu 02 nộp khi nào", "hồ sơ
20/4 hạn bao giờ"): then the task's answer is its date, form and duty, and the steps and the
dossier list are left to the task's own code. Said in full they buried the date on a phone
(the round-19 tester read six steps and four dossier items for "khi nào")."""

from __future__ import annotations

import itertools

from knowledge.language.text import MarkedWords
from knowledge.reader.parse import Parsed

# "khi nào", "bao giờ", "lúc nào", "ngày nào", "hôm nào", "hạn nào", "mấy giờ", "hạn chót"
_WHEN_OPENS = MarkedWords("khi bao lúc ngày hôm hạn mấy")
_WHEN_CLOSES = MarkedWords("nào giờ chót")
# what a task holds or how it is done is asked too: the answer in full
_WHAT_WORDS = MarkedWords("gì gồm bước nội dung cách hướng dẫn chi tiết thủ tục quy trình")
_HOW_PAIRS = (("the", "nao"), ("lam", "sao"), ("ra", "sao"), ("nhu", "nao"))


def asks_when(parsed: Parsed) -> bool:
    """The question asks a time: "khi nào", "bao giờ", "đến bao giờ", "hạn chót"."""
    return any(
        a in _WHEN_OPENS and b in _WHEN_CLOSES for a, b in itertools.pairwise(parsed.tokens)
    )


def asks_when_only(parsed: Parsed) -> bool:
    """The question asks a time ("khi nào", "bao giờ", "hạn chót") and nothing of what the task
    holds or how it is done ("gồm những gì", "các bước", "làm thế nào")."""
    tokens = parsed.tokens
    pairs = list(itertools.pairwise(tokens))
    if not any(a in _WHEN_OPENS and b in _WHEN_CLOSES for a, b in pairs):
        return False
    if any(t in _WHAT_WORDS for t in tokens):
        return False
    return not any((a.fold, b.fold) in _HOW_PAIRS for a, b in pairs)
