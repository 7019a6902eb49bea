"""The plain form of a letter's printed text: lower case, no marks, one character for each
printed character, so that a position a reader finds in the plain form is the same position in
the printed text (knowledge/letters/text.py gives every line both). Apart from text.py so the
outline's markers (knowledge/letters/markers.py), which text.py reads lines by, can fold too.
"""

from __future__ import annotations

from functools import lru_cache

from knowledge.language.text import strip_marks
from knowledge.letters.digit_shapes import figures_read


@lru_cache(maxsize=8192)
def plain(text: str) -> str:
    """Lower case without marks, one character for each printed character (đ → d, ệ → e), so
    that a position found in it is a position in the printed text."""
    folded = text.lower() if text.isascii() else "".join(map(_plain_char, text))
    # a scan's "2O21", "l5/10" read as the figures they print (knowledge/letters/digit_shapes.py)
    return figures_read(text, folded)


@lru_cache(maxsize=4096)
def _plain_char(ch: str) -> str:
    base = strip_marks(ch).lower()
    return base if len(base) == 1 else ch.lower()[:1] or " "
