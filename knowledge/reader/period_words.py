"""The question's words as the period reader reads them, by position: folded, as typed, the
token, a run of words, a number. Every pattern of period_reader.py (and day_names.py,
next_date.py) asks these, ~60 times a question, many of them past the question's ends: each is
one index into what was read once, no len() and no generator at each."""

from __future__ import annotations

from collections.abc import Sequence

from knowledge.language.text import Token


class PeriodWords:
    """A question's tokens, each position's word read once; "" (None) outside them."""

    def __init__(self, tokens: Sequence[Token]):
        self.tokens = tokens
        self._folds = [t.fold for t in tokens]
        self._size = len(tokens)

    def fold(self, i: int) -> str:
        return self._folds[i] if 0 <= i < self._size else ""

    def raw(self, i: int) -> str:
        return self.tokens[i].raw if 0 <= i < self._size else ""

    def token(self, i: int) -> Token | None:
        return self.tokens[i] if 0 <= i < self._size else None

    def words(self, i: int, *expected: str) -> bool:
        """Whether the words from i are `expected`, folded."""
        folds, size = self._folds, self._size
        for k, word in enumerate(expected):
            at = i + k
            if (folds[at] if 0 <= at < size else "") != word:
                return False
        return True

    @staticmethod
    def number(text: str, low: int, high: int) -> int | None:
        if text.isdecimal() and low <= int(text) <= high:
            return int(text)
        return None
