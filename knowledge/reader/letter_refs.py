"""A letter named by its number in a question: "cv 415", "công văn số 415", "415/STTTT-CNTT",
"văn bản 3363/UBND-KSTT". The numbers are read off the letters the province's tasks come from
(the seeds' and those published in chat, knowledge/letters/sources.py), never listed: a figure is
a letter's only when a letter in force has it, and only when the question says it is a letter —
a letter word before it ("công văn", "cv", "văn bản"), or the letter's symbol after it. A figure
alone ("415") may be anything else.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from knowledge.language.text import Token, tokenize
from knowledge.language.vocabulary import LETTER_NUMBER_WORDS, LETTER_WORDS
from knowledge.letters.sources import TrackedLetter


@dataclass(frozen=True)
class LetterRef:
    letters: tuple[TrackedLetter, ...]  # several only when the figure is several letters'
    start: int
    end: int


def _number_words(letter: TrackedLetter) -> tuple[str, ...]:
    """ "415/STTTT-CNTT" -> ("415", "stttt", "cntt"); () for a letter printed without a figure."""
    return _folded_number(letter.number or "")


@functools.lru_cache(maxsize=1024)
def _folded_number(number: str) -> tuple[str, ...]:
    """`_number_words` of a letter's number, read once: every question reads the letters' own."""
    words = tuple(t.fold for t in tokenize(number))
    return words if words and words[0].isdecimal() else ()


def find_letters(tokens: Sequence[Token], letters: Sequence[TrackedLetter]) -> list[LetterRef]:
    numbered = [(letter, _number_words(letter)) for letter in letters]
    numbered = [(letter, words) for letter, words in numbered if words]
    if not numbered:
        return []
    said = LETTER_WORDS.positions(tokens)
    folds = [t.fold for t in tokens]
    refs = []
    for i, fold in enumerate(folds):
        if not fold.isdecimal():
            continue
        same = [(letter, words) for letter, words in numbered if int(words[0]) == int(fold)]
        if not same:
            continue
        start = i
        if start > 0 and tokens[start - 1] in LETTER_NUMBER_WORDS:
            start -= 1  # "công văn số 415"
        named = start - 1 in said
        while start > 0 and start - 1 in said:
            start -= 1
        # the symbol typed after the figure, whole or its first part ("415/STTTT")
        best: list[TrackedLetter] = []
        longest = 0
        for letter, words in same:
            n = _symbol_typed(folds, i + 1, words[1:])
            if n > longest:
                best, longest = [letter], n
            elif n == longest:
                best.append(letter)
        if not named and longest == 0:
            continue  # a figure alone, or "số 415": not said to be a letter
        refs.append(LetterRef(tuple(best), start, i + 1 + longest))
    return refs


def _symbol_typed(folds: Sequence[str], at: int, symbol: Sequence[str]) -> int:
    """How many words of a letter's symbol ("stttt", "cntt") the question types from `at` on."""
    n = 0
    while n < len(symbol) and at + n < len(folds) and folds[at + n] == symbol[n]:
        n += 1
    return n
