"""A short remark said to the bot about itself (why it reminds, why a file was refused, that the
unit only supports): no command, no row or task key typed, and few words — a longer message that
happens to hold the same words is about something else. One guard for every such reader."""

from __future__ import annotations

from knowledge.language.text import Token, tokenize
from knowledge.reader.capnhat_line import whole_key_shape


def remark_tokens(text: str, max_words: int) -> list[Token] | None:
    """The tokens of `text` when it is such a remark of at most `max_words` words, else None."""
    if text.lstrip().startswith("/"):
        return None
    tokens = tokenize(text)
    if not tokens or len(tokens) > max_words or any(whole_key_shape(w) for w in text.split()):
        return None
    return tokens
