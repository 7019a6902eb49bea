"""The officers' abbreviations and everyday names spelled as the catalogue prints them ("GPXD",
"sổ đỏ", "đk"), in folded text and in typed words. Apart from the matcher (matching.py), which
reads the question after this expansion, since the reader's other modules expand words too."""

from __future__ import annotations

import re
from collections.abc import Container, Sequence

from knowledge.language.text import Token
from knowledge.language.vocabulary import AMBIGUOUS_SYNONYMS, SERVICE_SYNONYMS


def _phrase_regex(phrases) -> re.Pattern:
    ordered = sorted(phrases, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in ordered) + r")\b")


_SYNONYMS = _phrase_regex(SERVICE_SYNONYMS)
_SYNONYM_STARTS = frozenset(k.split()[0] for k in SERVICE_SYNONYMS)
# the lengths of the synonyms each first word opens, longest first: a word opens one or two
# ("cấp", "giấy" open a few), so only those lengths are joined and looked up
_LENGTHS: dict[str, tuple[int, ...]] = {
    start: tuple(
        sorted({len(k.split()) for k in SERVICE_SYNONYMS if k.split()[0] == start}, reverse=True)
    )
    for start in _SYNONYM_STARTS
}


def expand_synonyms(folded: str) -> str:
    return _SYNONYMS.sub(lambda m: SERVICE_SYNONYMS[m.group(0)], folded)


def expand_words(words: Sequence[str]) -> list[str]:
    """Folded words with the officers' abbreviations and everyday names spelled as printed."""
    return expand_synonyms(" ".join(words)).split()


def expand_tokens(
    tokens: Sequence[Token], printed: Container[tuple[str, str]] = ()
) -> list[Token]:
    """`expand_words` for typed words: a word a synonym replaces becomes unmarked catalogue
    wording; the others keep their marks. printed: as for `expand_with_positions`."""
    return expand_with_positions(tokens, printed)[0]


def expand_with_positions(
    tokens: Sequence[Token], printed: Container[tuple[str, str]] = ()
) -> tuple[list[Token], set[int]]:
    """`expand_tokens`, and the positions of the words a synonym spelled out. printed: the word
    pairs the titles print, for shorthand with several spellings (AMBIGUOUS_SYNONYMS)."""
    result: list[Token] = []
    spelled: set[int] = set()
    i, size = 0, len(tokens)
    # every word of every run the matcher reads (~13 an ask): looked up by `in`, no call
    while i < size:
        fold = tokens[i].fold
        options = AMBIGUOUS_SYNONYMS[fold] if fold in AMBIGUOUS_SYNONYMS else None  # noqa: SIM401
        if options:
            before = tokens[i - 1].fold if i else ""
            after = tokens[i + 1].fold if i + 1 < size else ""
            choice = max(options, key=lambda o: _fits(o.split(), before, after, printed))
            words = choice.split()
            spelled |= set(range(len(result), len(result) + len(words)))
            result += [Token(w, w) for w in words]
            i += 1
            continue
        left = size - i
        for n in _LENGTHS[fold] if fold in _LENGTHS else ():  # noqa: SIM401
            if n > left:
                continue
            phrase = " ".join(t.fold for t in tokens[i : i + n])
            if phrase in SERVICE_SYNONYMS:
                words = SERVICE_SYNONYMS[phrase].split()
                spelled |= set(range(len(result), len(result) + len(words)))
                result += [Token(w, w) for w in words]
                i += n
                break
        else:
            result.append(tokens[i])
            i += 1
    return result, spelled


def _fits(words: list[str], before: str, after: str, printed: Container[tuple[str, str]]) -> int:
    """How many of a spelling's ends pair with the neighbouring words into printed wording."""
    return ((before, words[0]) in printed) + ((words[-1], after) in printed)
