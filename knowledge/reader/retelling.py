"""A question told as a citizen's story: the circumstances first, then the service.

"người nước ngoài làm việc ở KCN muốn ở lại thêm nửa năm, xin gia hạn tạm trú qua mạng được
chưa": the first clauses say who and why, in words no catalogue title holds, and make the whole
read as another service. The clauses are read off the text's own structure — punctuation, an
aside in brackets, and the wish ("muốn") that puts what is wanted after the story — and a clause
that holds no catalogue wording at all (no word pair a title prints) is the story. When such a
clause stands before the service's clause or in brackets, the question is read again without
it; what that reading finds is offered, never answered as sure (the story may still have been
what made it another service).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from knowledge.language.progress_words import (
    AFTER_LATE,
    CIRCUMSTANCE_WORDS,
    WISH_WORDS,
)
from knowledge.language.text import Token, tokenize
from knowledge.language.vocabulary import INTERROGATIVES

# A clause ends at punctuation, but not at a comma or a point between two numbers ("mức 2, 3,
# 4", "30.9"): a list of levels or a date is one clause.
_SEPARATOR = re.compile(r"(?<!\d)[,;:.!?…]+|[,;:.!?…]+(?!\s*\d)")
_ASIDE = re.compile(r"\(([^()]*)\)")
_THEN = Token("thì", "thi")  # "khi …, thì …": the main clause after a clause of when or if


@dataclass(frozen=True)
class Clause:
    text: str
    aside: bool = False  # said in brackets: an aside wherever it stands


def clauses(text: str) -> list[Clause]:
    """The question's clauses in order: split at punctuation, brackets and before a wish."""
    return list(_clauses(text))


# An ask reads the same text's clauses three times (the two-questions split, the story's
# reading, the side clauses): read once, a sixth of a millisecond on a long question
@functools.lru_cache(maxsize=256)
def _clauses(text: str) -> tuple[Clause, ...]:
    found: list[Clause] = []
    start = 0
    for match in _ASIDE.finditer(text):
        found += _plain(text[start : match.start()])
        found += [Clause(c.text, aside=True) for c in _plain(match.group(1))]
        start = match.end()
    return tuple(found + _plain(text[start:]))


def _plain(text: str) -> list[Clause]:
    found = []
    for piece in _SEPARATOR.split(text):
        words = piece.split()
        cut = 0
        told = False  # in a clause of circumstances: "thì" opens the main clause after it
        for i, word in enumerate(words[:-1]):
            if _wish(word, words[i + 1]):
                found.append(" ".join(words[cut:i]))
                cut = i + 1
            elif i > cut and _opens_circumstance(word, words[i + 1]):
                found.append(" ".join(words[cut:i]))
                cut, told = i, True
            elif told and i > cut and tokenize(word)[:1] == [_THEN]:
                found.append(" ".join(words[cut:i]))
                cut, told = i, False
        found.append(" ".join(words[cut:]))
    return [Clause(c) for c in found if c.strip()]


def _opens_circumstance(word: str, after: str) -> bool:
    """A conjunction that opens a clause of when, why or on what condition ("khi mua bán đất",
    "vì giấy cũ hết hạn"): the clause it opens is the asker's circumstances, or the service's
    own wording where a title prints it ("… khi đã được cấp thẻ Căn cước"; such a clause holds
    catalogue wording and is kept)."""
    token, following = tokenize(word), tokenize(after)
    if following and following[0] in INTERROGATIVES:
        return False  # "khi nào": the question's own words
    return len(token) == 1 and token[0] in CIRCUMSTANCE_WORDS


def _wish(word: str, after: str) -> bool:
    """ "muốn" before what is wanted; typed without marks, "muon" is "muộn" (late) before
    "hạn", "rồi", a particle ("nộp muon rồi")."""
    token = tokenize(word)
    following = tokenize(after)
    if len(token) != 1 or token[0] not in WISH_WORDS or not following:
        return False
    return token[0].has_marks or following[0] not in AFTER_LATE


def retold(parts: Sequence[Clause], says: Callable[[str], bool]) -> str | None:
    """The question without its story, or None when it tells none. says: whether a clause holds
    catalogue wording. The story is the clauses that hold none, at least one of them before the
    last clause that does, or in brackets; what only follows the service ("… qua mạng, hạn
    bao giờ") is the question's frame, not a story, and a question told as nothing but a story
    or nothing but wording is left as it was read."""
    if len(parts) < 2:
        return None
    saying = [says(c.text) for c in parts]
    if not any(saying) or all(saying):
        return None
    last = max(i for i, s in enumerate(saying) if s)
    story = [i for i, s in enumerate(saying) if not s and (i < last or parts[i].aside)]
    if not story:
        return None
    return " ".join(c.text for c, s in zip(parts, saying, strict=True) if s)
