"""A first issue typed in the asker's words, read in the titles' ("cấp giấy phép lái xe lần đầu"
is 411-17 "Cấp mới giấy phép lái xe").

The data files print a licence issued for the first time two ways: 411-17 "Cấp mới giấy phép
lái xe" and Bắc Giang's "Cấp lần đầu chứng chỉ hành nghề …" (bac-giang_services.tsv). Which of
the two the catalogue's own titles print is read from the pairs they print, so the question's
other spelling becomes theirs, right after the act, where the matcher weighs the pair. Only
after the act typed ("cấp"), or with none typed where the documents print the qualifier after
no word before it: "Đăng ký thuế lần đầu" (406-41) is a first registration and keeps its words.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from knowledge.language.text import Token, tokenize

# the act and its qualifier of a first issue, in each spelling the data files print
SPELLINGS = ("cấp mới", "cấp lần đầu")
# "lần đầu tiên": the same qualifier, said fully
TRAILING = {"tien"}
REACH = 6  # the qualifier typed at most this many words after the act ("cấp … lần đầu")

Pair = tuple[str, str]


# each spelling's tokens, built once (an ask builds a token per word of its question only:
# tests/knowledge/reader/test_ask_tokens.py)
SPELLED = tuple(tuple(tokenize(text)) for text in SPELLINGS)
# the words a spelling's qualifier opens with: a question holding none is left at once
OPENING = frozenset(words[1].fold for words in SPELLED)


def printed_spelling(compounds: frozenset[Pair]) -> tuple[Token, ...] | None:
    """The spelling of a first issue whose pairs the titles print ("cấp mới"), if one is."""
    for words in SPELLED:
        folds = [t.fold for t in words]
        if all(pair in compounds for pair in itertools.pairwise(folds)):
            return words
    return None


def as_printed(
    tokens: Sequence[Token], compounds: frozenset[Pair], acts: frozenset[str] = frozenset()
) -> list[Token]:
    """The question with another spelling of a first issue ("cấp … lần đầu") written as the
    titles print it ("cấp mới …"), the qualifier right after the act; else as it is.
    acts: the words the titles open with ("cấp", "đăng", "đổi"): with another of them typed
    ("đăng ký thường trú lần đầu") the first time is that act's, no issue."""
    result = list(tokens)
    if not any(t.fold in OPENING for t in tokens):
        return result
    theirs = printed_spelling(compounds)
    if theirs is None:
        return result
    act, qualifier = theirs[0].fold, [t.fold for t in theirs[1:]]
    folds = [t.fold for t in tokens]
    for spelled in SPELLED:
        other = [t.fold for t in spelled[1:]]
        if other == qualifier:
            continue
        at = _find(folds, other)
        if at is None:
            continue
        end = at + len(other)
        end += end < len(folds) and folds[end] in TRAILING
        if at and (folds[at - 1], folds[at]) in compounds:
            continue  # "(mã số) thuế lần đầu": the documents print it so (406-41)
        typed = [k for k in range(max(0, at - REACH), at) if folds[k] == act]
        if not typed:
            if any(f in acts for f in folds):
                continue  # another act typed: its first time
            # "làm bằng lái lần đầu": no act typed, the first issue said whole in its place
            return [*result[:at], *theirs, *result[end:]]
        opened = typed[-1] + 1
        if folds[opened : opened + len(qualifier)] == qualifier:
            return result  # both said ("cấp mới … lần đầu"): theirs already
        return [*result[:opened], *theirs[1:], *result[opened:at], *result[end:]]
    return result


def _find(folds: Sequence[str], words: Sequence[str]) -> int | None:
    for k in range(len(folds) - len(words) + 1):
        if list(folds[k : k + len(words)]) == list(words):
            return k
    return None
