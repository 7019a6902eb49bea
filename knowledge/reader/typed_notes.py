"""The note a free-text statement carries: the words after its status, as typed, less keys and
filler."""

from __future__ import annotations

from knowledge.language.text import tokenize
from knowledge.reader.capnhat_line import only_filler, trim_filler, whole_key_shape


def token_words(text: str) -> list[tuple[str, tuple[int, int]]]:
    """Each word of `text` as typed, with the tokens it makes (start, end)."""
    out, seen = [], 0
    for word in text.split():
        n = len(tokenize(word))
        out.append((word, (seen, seen + n)))
        seen += n
    return out


def note_after(text: str, end: int) -> str:
    """The words of `text` from its `end`-th token on, as typed, less keys and filler."""
    return note_between(text, end, len(tokenize(text)))


def note_between(text: str, end: int, stop: int) -> str:
    """The words of `text` from its `end`-th token to its `stop`-th, as typed, less keys and
    filler."""
    kept = [
        word
        for word, (start, _) in token_words(text)
        if end <= start < stop and not whole_key_shape(word)
    ]
    return "" if only_filler(kept) else trim_filler(" ".join(kept))
