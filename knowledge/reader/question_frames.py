"""The verb of an open question ("phải gửi báo cáo gì", "cần nộp những gì"): residue words that
ask what to do, not which service. Split from asking.py, whose quantifiers it shares.
"""

from __future__ import annotations

from collections.abc import Sequence

from knowledge.language.progress_words import DUE_WORDS
from knowledge.language.text import Token
from knowledge.language.vocabulary import (
    ASSIGN_WORDS,
    INTERROGATIVES,
    PROVINCE_WORDS,
    QUESTION_MARKED,
)
from knowledge.reader.asking import QUANTIFIERS
from knowledge.reader.row_refs import DECISION_LINKS


def frame_words(
    tokens: Sequence[Token],
    residue: Sequence[int],
    domain: set[int] | None = None,
    printed: set[int] | None = None,
) -> set[int]:
    """Residue words that are the verb of an open question: "phải gửi báo cáo gì", "cần nộp
    những gì", "phải tích hợp những thủ tục nào". A verb whose object is "what" names no
    service. `printed`: words in a pair the titles print ("dau tu" typed without marks is
    "đầu tư", not "where")."""
    dropped: set[int] = set()
    free = set(residue)
    domain = domain or set()
    printed = printed or set()
    # each loop reads the question only when it holds its first word (one set test, `any_in`)
    for i, t in enumerate(tokens if INTERROGATIVES.any_in(tokens) else ()):
        if t not in INTERROGATIVES or i in printed:
            continue
        k = i - 1
        while k >= 0 and (tokens[k].fold in QUANTIFIERS or k in domain):
            k -= 1
        if k < 0 or tokens[k] in QUESTION_MARKED or k not in free:
            continue  # "hạn nào", "mục nào": the question asks which, not what to do
        dropped.add(k)
        # A two-word verb ("cần kiểm tra gì", "phải hoàn thiện những gì") opens the frame after a
        # function word; otherwise the word before is the object's ("biểu mẫu đề xuất gửi đâu").
        before = k - 2
        if k - 1 in free and (before < 0 or tokens[before] in QUESTION_MARKED):
            dropped.add(k - 1)
    for i in range(1, len(tokens) - 1 if PROVINCE_WORDS.any_in(tokens) else 1):
        # "hạn tỉnh giao": who set the date, after the date's word
        assigned = tokens[i] in PROVINCE_WORDS and tokens[i + 1] in ASSIGN_WORDS
        if assigned and tokens[i - 1] in DUE_WORDS and {i, i + 1} <= free:
            dropped |= {i, i + 1}
    for i in range(len(tokens) - 1):
        # "thuộc qđ nào", "của quyết định nào": which decision a service is in, asked
        if i in free and tokens[i].fold in DECISION_LINKS and tokens[i + 1].fold in DECISION_NOUNS:
            dropped.add(i)
    return dropped


# the words that name a decision ("qđ 406", "quyết định 411")
DECISION_NOUNS = frozenset({"qd", "quyet"})
