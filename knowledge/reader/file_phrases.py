"""Which tasks a file's own words name (its name, its head: knowledge/deliverables/
file_evidence.py) by the words of the task's title and form (ux34 #2: "GIẤY MỜI … dự họp chi
bộ" was put forward as the "tổng hợp chi tiết" of Phụ lục I–IV).

A file is not a question typed at the bot: a syllable it shares with a title says nothing, nor a
pair of its syllables that the title prints astride two of its words ("tổng hợp | chi tiết"
prints "hợp chi", which no one means). So a file's words name a task only by a whole word of
its title or form: a compound the title prints, read as the documents print their compounds
(adjacent pairs, the most printed first, none sharing a syllable), typed with the marks the
title prints it with when typed with marks at all ("họp" is not the "hợp" of "tổng hợp").
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence

from knowledge.language.text import Token, accent_key, tokenize

Pair = tuple[str, str]


def compounds(printed: Sequence[Token], count: Mapping[Pair, int]) -> list[tuple[Token, Token]]:
    """A text's words read as compounds: adjacent pairs, the most printed in the documents
    (`count`, folded pairs) first, none sharing a word ("tổng hợp | chi tiết", never "hợp
    chi"); a pair the documents never print still pairs two words left alone."""
    scored = sorted(
        (
            (count.get((a.fold, b.fold), 0), i)
            for i, (a, b) in enumerate(itertools.pairwise(printed))
        ),
        key=lambda c: (-c[0], c[1]),
    )
    taken: set[int] = set()
    found = []
    for _, i in scored:
        if i in taken or i + 1 in taken:
            continue
        taken |= {i, i + 1}
        found.append((printed[i], printed[i + 1]))
    return found


def _as_printed(typed: Token, printed: Token) -> bool:
    """A word typed without marks is any marking of it; typed with marks, the one printed."""
    if typed.fold != printed.fold:
        return False
    return not typed.has_marks or accent_key(typed.raw) == accent_key(printed.raw)


def whole_words(typed: Sequence[Token], texts: Iterable[str], count: Mapping[Pair, int]) -> int:
    """How many compounds of `texts` (a task's title and form) the file's words (`typed`) print
    side by side, as printed (see the module); numbers are no words of a title."""
    words = [t for t in typed if not t.is_number]
    held = 0
    for text in texts:
        printed = [t for t in tokenize(text) if not t.is_number]
        for x, y in compounds(printed, count):
            if any(_as_printed(a, x) and _as_printed(b, y) for a, b in itertools.pairwise(words)):
                held += 1
    return held
