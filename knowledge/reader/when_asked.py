"""Whether a question about a task asks only when it falls due ("biểu 02 nộp khi nào", "hồ sơ
20/4 hạn bao giờ"): then the task's answer is its date, form and duty, and the steps and the
dossier list are left to the task's own code. Said in full they buried the date on a phone
(the round-19 tester read six steps and four dossier items for "khi nào")."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from knowledge.language.text import MarkedWords, Token
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
    if _WHAT_WORDS.any_in(tokens):
        return False
    return not any((a.fold, b.fold) in _HOW_PAIRS for a, b in pairs)


# whom a document goes to: "nộp cho ai", "gửi về đâu", "ai nhận", "nơi nhận"
_WHOM_PAIRS = frozenset(
    {
        ("cho", "ai"),
        ("gui", "ai"),
        ("nop", "ai"),
        ("ve", "dau"),
        ("gui", "dau"),
        ("nop", "dau"),
        ("ai", "nhan"),
        ("noi", "nhan"),
    }
)


def asks_whom(parsed: Parsed) -> bool:
    """The question asks whom a task's document goes to ("phụ lục 3 nộp cho ai", "biểu 02 gửi
    về đâu"): the answer opens with the recipient the letter names."""
    return whom_asked(parsed.tokens)


def whom_asked(tokens: Sequence[Token]) -> bool:
    """ "cho ai", "về đâu", "ai nhận" in the words: to whom, never who has sent."""
    return any((a.fold, b.fold) in _WHOM_PAIRS for a, b in itertools.pairwise(tokens))


def asks_whom_only(parsed: Parsed) -> bool:
    """Whom (and perhaps when) is asked, and nothing of what the task holds or how it is done:
    the steps and the dossier stay behind the task's code."""
    if not asks_whom(parsed) or _WHAT_WORDS.any_in(parsed.tokens):
        return False
    return not any((a.fold, b.fold) in _HOW_PAIRS for a, b in itertools.pairwise(parsed.tokens))
