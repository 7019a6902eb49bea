"""A message asking how to send a file again ("nhầm file, gửi lại", "em gửi lại tệp khác nhé"):
a file word and a sending verb with "lại", in a short message. Answered with how to hand the
file in (usecases/resending.py); nothing is written from it."""

from __future__ import annotations

from knowledge.language.text import tokenize
from knowledge.language.vocabulary import FILE_WORDS, RESEND_PHRASES

MAX_WORDS = 12  # longer: a question or a note of its own, read as usual


def asks_to_resend(text: str) -> bool:
    tokens = tokenize(text)
    if not tokens or len(tokens) > MAX_WORDS:
        return False
    return bool(RESEND_PHRASES.positions(tokens)) and bool(FILE_WORDS.positions(tokens))
