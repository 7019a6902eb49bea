"""A status typed with a slip right after a key ("406-14 vuogn mac …", "406-15 dang lma",
"406-14 xogn roi", "406-54 vuongmac …", ux35 #3): read as the status phrase it is one slip
from, for an offer that asks "Có phải bạn muốn ghi …?" and keeps the note; it was read as a
question and the note was lost. The phrases are the status vocabulary's
(knowledge/rules/statuses.py, as status_words.py spans them), not a list of slips.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz.distance import DamerauLevenshtein

from knowledge.language.text import fold
from knowledge.reader.capnhat_line import MAX_KEY_WORDS, whole_key_shape
from knowledge.reader.status_words import SPAN_WORDS

# A word shorter than this is too near too many others to be read as a slip of a status word.
MIN_SLIPPED = 3
# The phrases a slip may be of: the longer ones first, so "vuong mac" wins over "vuong"
_PHRASES = sorted(SPAN_WORDS, key=lambda p: -len(p[0]))


@dataclass(frozen=True)
class Respelled:
    text: str  # the message with the status words as the vocabulary spells them
    typed: str  # the words as typed ("vuogn mac")
    said: str  # the phrase read ("vuong mac")


def _near(typed: str, word: str) -> bool:
    """One slip apart (a letter swapped, left out, added or changed), the first letter kept."""
    if typed == word:
        return True
    if len(typed) < MIN_SLIPPED or len(word) < MIN_SLIPPED or typed[0] != word[0]:
        return False
    return DamerauLevenshtein.distance(typed, word) <= 1


def respelled(text: str) -> Respelled | None:
    """The message read with a slipped status phrase right after its key respelled, or None
    (no key, nothing slipped there, or the words are the phrase already)."""
    words = text.split()
    at = next((i for i, w in enumerate(words) if whole_key_shape(w)), None)
    if at is None:
        return None
    # a sub-row's key runs on in words ("406-11/xay dung vuogn mac"): the first place after it
    for start in range(at + 1, min(len(words), at + 1 + MAX_KEY_WORDS)):
        found = _slip_at(words, start)
        if found is not None:
            return found
    return None


def _slip_at(words: list[str], start: int) -> Respelled | None:
    folds = [fold(w.strip(".,;:!")) for w in words[start : start + 2]]
    for phrase, _ in _PHRASES:
        n = len(phrase)
        if n <= len(folds) and folds[:n] != phrase and all(map(_near, folds[:n], phrase)):
            return _made(words, start, n, phrase)
        # the phrase run together ("vuongmac"), or that with a slip
        if n > 1 and folds and _near(folds[0], "".join(phrase)):
            return _made(words, start, 1, phrase)
    return None


def _made(words: list[str], start: int, n: int, phrase: list[str]) -> Respelled:
    typed = " ".join(words[start : start + n])
    text = " ".join([*words[:start], *phrase, *words[start + n :]])
    return Respelled(text, typed, " ".join(phrase))
