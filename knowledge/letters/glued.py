"""Words a scan glued together where it lost the space between them ("trướcngày", "gửivề"),
given back apart, before anything reads the letter.

Vietnamese writes one syllable a word, so a run of letters that is no syllable (its consonants,
one run of vowels, its final consonants) and that is two or three syllables the genre writes
apart is those syllables apart. The genre's words are read off the data, not listed: the words
the seed letters print (knowledge/data/letters) and the words of the letter itself, wherever it
prints them apart. A run in capitals (a code, "STTTT", "VNeID") or holding a word no letter
writes is left as it is. A word a line's end cut with no hyphen ("trực tu" / "yến") is whole
again where the genre prints the whole word after the one before it, and never the piece.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from knowledge.catalogue.loader import DATA_DIR, LETTERS_DIR
from knowledge.language.text import nfc
from knowledge.letters.folding import plain
from knowledge.letters.text import TAKEN

_WORD = re.compile(r"[^\W\d_]+")
# one Vietnamese syllable, folded: its consonants, one run of vowels, its final consonants
_SYLLABLE = re.compile(r"^[bcdfghklmnpqrstvxz]*[aeiouy]+[cghmnpt]*$")
_LONGEST = 24  # a run longer than three syllables is no glued pair
_PARTS = 3


def unglued(text: str) -> str:
    """`text` with each run of glued syllables given back apart, line for line, and each word a
    line's end cut with no hyphen whole again (see `_mended`)."""
    text = nfc(text)
    words, pairs = _genre()
    own = [plain(w) for w in _WORD.findall(text)]
    known = words | {w for w in own if _SYLLABLE.match(w)}
    text = _WORD.sub(lambda m: _apart(m.group(), known), text)
    # (the piece's pair is looked up in the genre only: the letter itself prints it, cut)
    return _mended(text, known, pairs | set(pairwise(own)), pairs)


def _mended(
    text: str,
    known: set[str] | frozenset[str],
    pairs: set[tuple[str, str]] | frozenset[tuple[str, str]],
    genre: frozenset[tuple[str, str]],
) -> str:
    """A word a line's end cut with no hyphen ("trực tu" / "yến toàn trình") joined on the
    first line: the two pieces make a syllable the genre prints, after the word before them as
    the genre prints it ("trực tuyến"), where the word before and the first piece make no pair
    it prints ("trực tu"). Lines keep their number: one left empty is TAKEN."""
    lines = text.split("\n")
    for at in range(len(lines) - 1):
        here, there = lines[at].split(), lines[at + 1].split()
        if len(here) < 2 or not there or "\t" in lines[at] + lines[at + 1]:
            continue
        before, cut, rest = plain(here[-2]), plain(here[-1]), there[0]
        whole = cut + plain(rest).rstrip(".,;:)")
        if not (rest[:1].islower() and cut.isalpha() and _SYLLABLE.match(whole)):
            continue
        if whole not in known or (before, whole) not in pairs or (before, cut) in genre:
            continue
        lines[at] = lines[at].rstrip() + rest
        lines[at + 1] = lines[at + 1].lstrip()[len(rest) :].lstrip() or TAKEN
    return "\n".join(lines)


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
def _genre() -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """The syllables the seed letters print, and the pairs of words they print side by side:
    the genre's words, read once."""
    words: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    for path in sorted((DATA_DIR / LETTERS_DIR).glob("*.txt")):
        text = nfc(path.read_text(encoding="utf-8"))
        folded = [plain(w) for w in _WORD.findall(text)]
        words |= {w for w in folded if _SYLLABLE.match(w)}
        pairs |= set(pairwise(folded))
    return frozenset(words), frozenset(pairs)
