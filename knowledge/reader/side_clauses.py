"""An agency told of in a clause of its own, beside the officer's question about their own unit.

"bên em có gì trễ hạn không, <agency> vừa nhắc": the clause after the comma says what happened
(who called, who reminded); the question is the first person's clause. The agency there is not
what the question is about. Clauses are read off the text's punctuation (retelling.clauses).
"""

from __future__ import annotations

import functools

from knowledge.catalogue.agencies import AgencyMention
from knowledge.language.progress_words import DUE_WORDS, LATE_WORDS, PENDING_WORDS
from knowledge.language.text import words
from knowledge.language.vocabulary import INTERROGATIVES
from knowledge.reader.parse import Parsed
from knowledge.reader.retelling import clauses


def clause_numbers(text: str, count: int) -> list[int] | None:
    """The clause each of the question's `count` words stands in; None when the clauses' words
    are not the question's (a word the parse repaired into two, or two into one)."""
    found = _clause_numbers(text)
    return list(found) if len(found) == count else None


# An ask asks this of the same text five times or more (the denials, the side clauses, the
# substitutions, the asker's introduction, the progress asides): its clauses' words split once
@functools.lru_cache(maxsize=256)
def _clause_numbers(text: str) -> tuple[int, ...]:
    numbers: list[int] = []
    for n, clause in enumerate(clauses(text)):
        numbers += [n] * len(words(clause.text.lower()))  # tokenize's words, none built
    return tuple(numbers)


def told_aside(parsed: Parsed, mention: AgencyMention) -> bool:
    """Whether `mention` stands in a clause that asks nothing (no interrogative, no deadline,
    late or pending word, no period) while the asker's own unit ("bên em") is named in
    another clause."""
    numbers = clause_numbers(parsed.text, len(parsed.tokens))
    if numbers is None:
        return False
    own = {numbers[i] for s in parsed.others if s.kind == "self" for i in range(s.start, s.end)}
    where = numbers[mention.start]
    if not own or where in own:
        return False
    periods = {numbers[i] for p in parsed.periods for i in range(p.start, p.end)}
    if where in periods:
        return False
    asking = (INTERROGATIVES, DUE_WORDS, LATE_WORDS, PENDING_WORDS)
    return not any(
        numbers[i] == where and any(t in words for words in asking)
        for i, t in enumerate(parsed.tokens)
    )


def typed(parsed: Parsed) -> tuple[frozenset[str], frozenset[int]]:
    """Every word the question typed, folded, and where its clauses begin (for
    `substituted`)."""
    numbers = clause_numbers(parsed.text, len(parsed.tokens)) or []
    breaks = frozenset(i for i in range(1, len(numbers)) if numbers[i] != numbers[i - 1])
    return frozenset(t.fold for t in parsed.tokens), breaks
