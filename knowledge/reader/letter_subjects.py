"""A letter named by what it is about rather than by its number: "công văn số hóa yêu cầu nộp
gì", "văn bản về thanh toán trực tuyến hạn nào". The subject ("V/v …") is the letter's own name
for itself, so a question that says it asks of a letter (a letter word: "công văn", "cv", "văn
bản") and types words of one letter's subject after that word names that letter.

The evidence is a pair of words the question types side by side that one letter's subject prints
and no other's: what every subject prints ("báo cáo", "dịch vụ công") tells no letter from
another. Two letters so named: neither (their tasks are weighed as any words are).
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence

from knowledge.language.text import Token, tokenize
from knowledge.language.vocabulary import LETTER_WORDS
from knowledge.letters.sources import TrackedLetter


def _pairs(text: str) -> set[tuple[str, str]]:
    folds = [t.fold for t in tokenize(text) if not t.is_number]
    return set(itertools.pairwise(folds))


def described_letter(
    tokens: Sequence[Token], letters: Sequence[TrackedLetter], subjects: Mapping[str, str]
) -> TrackedLetter | None:
    """The one letter whose subject (`subjects`: by letter key) the question describes, when
    it says it asks of a letter; else None."""
    said = LETTER_WORDS.positions(tokens)
    if not said or not letters:
        return None
    # the subject follows the letter word ("công văn | số hóa"); words before it tell of
    # something else ("thông tư … hướng dẫn thể thức | văn bản": a document of another kind)
    first = min(said)
    typed = {
        (a.fold, b.fold)
        for i, (a, b) in enumerate(itertools.pairwise(tokens))
        if i > first
        and i not in said
        and i + 1 not in said
        and not a.is_number
        and not b.is_number
    }
    held = {letter.key: _pairs(subjects.get(letter.key, "")) & typed for letter in letters}
    counts: dict[tuple[str, str], int] = {}
    for pairs in held.values():
        for pair in pairs:
            counts[pair] = counts.get(pair, 0) + 1
    own = [letter for letter in letters if any(counts[p] == 1 for p in held[letter.key])]
    return own[0] if len(own) == 1 else None
