"""What a question says it does not mean: "… trong nước (không phải quốc tế)", "…, ko phải công
trình điện": the words after a negation and "phải", to the end of their clause. A row that prints
two of them side by side as its own wording is the service the asker rules out, however well the
rest of the question fits it."""

from __future__ import annotations

import itertools

from knowledge.language.text import MarkedWords
from knowledge.language.vocabulary import QUESTION_MARKED
from knowledge.reader.matching import Matcher
from knowledge.reader.parse import Parsed
from knowledge.reader.side_clauses import clause_numbers
from knowledge.reader.status_words import NEGATIONS

_MUST = MarkedWords("phải")  # "không phải": "is not"; "có phải … không" asks, denies nothing


def denied_pairs(parsed: Parsed) -> set[tuple[str, str]]:
    """The neighbouring words (folded) said not to be meant: after "không phải", "ko phải",
    "chẳng phải", within their clause, function words left out of the pairs."""
    tokens = parsed.tokens
    numbers = clause_numbers(parsed.text, len(tokens))
    found: set[tuple[str, str]] = set()
    for i in range(1, len(tokens) - 2):
        if tokens[i] not in _MUST or tokens[i - 1].fold not in NEGATIONS:
            continue
        span = [
            t
            for k, t in enumerate(tokens[i + 1 :], start=i + 1)
            if numbers is None or numbers[k] == numbers[i]
        ]
        for a, b in itertools.pairwise(span):
            if a not in QUESTION_MARKED or b not in QUESTION_MARKED:
                found.add((a.fold, b.fold))
    return found


def ruled_out(matcher: Matcher, key: str, parsed: Parsed) -> bool:
    """Whether the row prints, as its own wording, words the question says it does not mean."""
    denied = denied_pairs(parsed)
    if not denied:
        return False
    return bool(denied & matcher.doc_pairs(key))
