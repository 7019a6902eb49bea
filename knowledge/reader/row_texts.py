"""What the matcher knows of each row's own text, asked by a row's key: its words in order,
as printed (marks and all) and folded, and whether it prints a pair or a word as typed. Kept
apart from the ranking (matching.py), which fills these lists when it indexes the rows."""

from __future__ import annotations

import itertools

from knowledge.language.text import Token, accent_key
from knowledge.reader.question_words import Word


class RowTexts:
    """The rows' texts by key; `Matcher` sets the lists in the rows' order."""

    keys: list[str]
    doc_tokens: list[list[str]]  # expanded, folded words in order
    doc_typed: list[list[Token]]  # as printed; not aligned where a synonym spelled words out
    doc_words: list[frozenset[str]]
    _positions: dict[str, int]
    _pairs: dict[str, frozenset[tuple[str, str]]]  # `doc_pairs`, filled as rows are asked

    def doc_words_of(self, key: str) -> frozenset[str]:
        """The (expanded, folded) words of a document's text."""
        i = self._index_of(key)
        return self.doc_words[i] if i is not None else frozenset()

    def row_prints(self, key: str, a: Token, b: Token, pair: tuple[str, str]) -> bool:
        """Whether a document prints the pair side by side, with the marks they were typed
        with ("hồ sơ" is not the "hộ sở" of "bảo hộ sở hữu")."""
        i = self._index_of(key)
        # a row that does not print the pair at all, with whatever marks: told by its pairs
        # (kept per row), not by a pass over its words (most rows asked of do not)
        if i is None or pair not in self.doc_pairs(key):
            return False
        seq, typed = self.doc_tokens[i], self.doc_typed[i]
        aligned = len(seq) == len(typed)
        first, second = pair
        last = len(seq) - 1
        k = -1
        while True:  # each place the first word is printed, found by the list's own search
            try:
                k = seq.index(first, k + 1, last)
            except ValueError:
                return False
            if seq[k + 1] != second:
                continue
            if not aligned:
                return True
            x, y = accent_key(typed[k].raw), accent_key(typed[k + 1].raw)
            if (not a.has_marks or accent_key(a.raw) == x) and (
                not b.has_marks or accent_key(b.raw) == y
            ):
                return True

    def printed_as(self, key: str, pair: tuple[str, str]) -> list[tuple[Token, Token]]:
        """The words, as the document prints them, where it prints the pair side by side."""
        i = self._index_of(key)
        if i is None or len(self.doc_tokens[i]) != len(self.doc_typed[i]):
            return []
        seq, typed = self.doc_tokens[i], self.doc_typed[i]
        return [
            (typed[k], typed[k + 1]) for k in range(len(seq) - 1) if (seq[k], seq[k + 1]) == pair
        ]

    def row_spells(self, key: str, word: Word) -> bool:
        """Whether the document prints the word with the marks it was typed with (or it was
        typed without marks): "báo" is not the "bảo" of "bảo hiểm"."""
        if not word.token.has_marks or word.known is None:
            return True
        i = self._index_of(key)
        if i is None:
            return False
        printed = {accent_key(t.raw) for t in self.doc_typed[i] if t.fold == word.known}
        return not printed or accent_key(word.token.raw) in printed

    def typed_sequence(self, key: str) -> list[Token]:
        """A document's words as it prints them, marks and all, in the order of
        `doc_sequence`; empty where a synonym spelled out its words (no longer aligned)."""
        i = self._index_of(key)
        if i is None or len(self.doc_tokens[i]) != len(self.doc_typed[i]):
            return []
        return self.doc_typed[i]

    def doc_pairs(self, key: str) -> frozenset[tuple[str, str]]:
        """The pairs of words a document prints side by side (of `doc_sequence`). An ask asks
        them of the rows it weighs eight times or more (the compounds they print, the pairs
        denied, the acts before): built once a row, kept with the rows they are built from."""
        found = self._pairs.get(key)
        if found is None:
            found = self._pairs[key] = frozenset(itertools.pairwise(self.doc_sequence(key)))
        return found

    def doc_sequence(self, key: str) -> list[str]:
        """The (expanded, folded) words of a document's text, in order."""
        i = self._index_of(key)
        return self.doc_tokens[i] if i is not None else []

    def _index_of(self, key: str) -> int | None:
        if not hasattr(self, "_positions"):
            self._positions = {k: i for i, k in enumerate(self.keys)}
        return self._positions.get(key)
