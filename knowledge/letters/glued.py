"""Words a scan glued together where it lost the space between them ("trướcngày", "gửivề"),
given back apart, before anything reads the letter.

Vietnamese writes one syllable a word, so a run of letters that is no syllable (its consonants,
one run of vowels, its final consonants) and that is two or three syllables the genre writes
apart is those syllables apart. The genre's words are read off the data, not listed: the words
the seed letters print (knowledge/data/letters) and the words of the letter itself, wherever it
prints them apart. A run in capitals (a code, "STTTT", "VNeID") or holding a word no letter
writes is left as it is.
"""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.catalogue.loader import DATA_DIR, LETTERS_DIR
from knowledge.language.text import nfc
from knowledge.letters.folding import plain

_WORD = re.compile(r"[^\W\d_]+")
# one Vietnamese syllable, folded: its consonants, one run of vowels, its final consonants
_SYLLABLE = re.compile(r"^[bcdfghklmnpqrstvxz]*[aeiouy]+[cghmnpt]*$")
_LONGEST = 24  # a run longer than three syllables is no glued pair
_PARTS = 3


def unglued(text: str) -> str:
    """`text` with each run of glued syllables given back apart, line for line."""
    text = nfc(text)
    known = _genre() | {w for w in map(plain, _WORD.findall(text)) if _SYLLABLE.match(w)}
    return _WORD.sub(lambda m: _apart(m.group(), known), text)


def _apart(word: str, known: frozenset[str] | set[str]) -> str:
    folded = plain(word)
    if len(word) > _LONGEST or _SYLLABLE.match(folded) or not word[1:].islower():
        return word
    cuts = _cuts(folded, known, _PARTS)
    if cuts is None:
        return word
    pieces, start = [], 0
    for cut in cuts:
        pieces.append(word[start:cut])
        start = cut
    return " ".join([*pieces, word[start:]])


def _cuts(folded: str, known: frozenset[str] | set[str], parts: int) -> list[int] | None:
    """Where `folded` comes apart into at most `parts` known syllables, the fewest first; None
    when it does not, or comes apart in two ways as few."""
    if folded in known and _SYLLABLE.match(folded):
        return []
    if parts <= 1:
        return None
    found: list[list[int]] = []
    for at in range(1, len(folded)):
        head = folded[:at]
        if head not in known or not _SYLLABLE.match(head):
            continue
        rest = _cuts(folded[at:], known, parts - 1)
        if rest is not None:
            found.append([at, *(at + r for r in rest)])
    if not found:
        return None
    fewest = min(len(f) for f in found)
    best = [f for f in found if len(f) == fewest]
    return best[0] if len(best) == 1 else None


@lru_cache(maxsize=1)
def _genre() -> frozenset[str]:
    """The syllables the seed letters print: the genre's words, read once."""
    words: set[str] = set()
    for path in sorted((DATA_DIR / LETTERS_DIR).glob("*.txt")):
        text = nfc(path.read_text(encoding="utf-8"))
        words |= {w for w in map(plain, _WORD.findall(text)) if _SYLLABLE.match(w)}
    return frozenset(words)
