"""The clause that asks, when a question about deadlines also tells the asker's circumstances.

"<circumstance>, <period> có gì đến hạn không để <purpose>": a clause of its own (cut off by
punctuation) and what follows "để" say why the officer asks, in words that may fit a task's
text ("tổng hợp", "báo cáo") or no title at all ("nghỉ phép"); the question itself is the
clause that names the period and a deadline word. That clause alone is read again
(knowledge/reader/ask.py), and only a period reading of it is kept.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from knowledge.language.progress_words import DUE_WORDS
from knowledge.language.text import Token, tokenize
from knowledge.language.vocabulary import PURPOSE_WORDS
from knowledge.reader.retelling import clauses


def _pieces(question: str) -> list[list[str]]:
    """The question's clauses, each cut again before the asker's purpose ("để …")."""
    found: list[list[str]] = []
    for clause in clauses(question):
        words: list[str] = []
        for word in clause.text.split():
            token = tokenize(word)
            if words and len(token) == 1 and token[0] in PURPOSE_WORDS:
                found.append(words)
                words = []
            words.append(word)
        if words:
            found.append(words)
    return found


def asking_clause(question: str, names_period: Callable[[str], bool]) -> str | None:
    """The one clause that names a period beside a deadline word ("hạn"), when the question
    says more than that clause; None otherwise. names_period: whether a text names a period."""
    pieces = _pieces(question)
    if len(pieces) < 2:
        return None
    asking = [
        " ".join(p) for p in pieces if _due(tokenize(" ".join(p))) and names_period(" ".join(p))
    ]
    return asking[0] if len(asking) == 1 else None


def _due(tokens: Sequence[Token]) -> bool:
    return DUE_WORDS.any_in(tokens)
