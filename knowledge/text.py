"""Vietnamese text normalisation: the one place where spelling variants are folded away.

Officers type with or without diacritics, in old or new tone placement, with Telex left-overs when
the input method is off, with emoji and punctuation. Everything the matcher compares goes through
`fold`.
"""

from __future__ import annotations

import re
import unicodedata

_D_MAP = str.maketrans({"đ": "d", "Đ": "d"})
# Anything that is not a letter or a digit separates words; "&" is dropped inside abbreviations
# ("TT&TT" -> "tttt") because officers write both forms.
_NON_WORD = re.compile(r"[^0-9a-z]+")
_AMP_IN_ABBR = re.compile(r"(?<=\w)\s*[&\-]\s*(?=\w)")

_VOWELS = set("aeiouy")
_TELEX_TONES = set("sfrxj")
_TELEX_DOUBLES = (
    ("aa", "a"),
    ("aw", "a"),
    ("ee", "e"),
    ("oo", "o"),
    ("ow", "o"),
    ("uw", "u"),
    ("dd", "d"),
)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def strip_marks(text: str) -> str:
    """Remove every combining mark; đ becomes d. Old and new tone placement fold to the same
    string.
    """
    decomposed = unicodedata.normalize("NFD", text.translate(_D_MAP))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold(text: str) -> str:
    """Lower-case, diacritic-free, punctuation-free, single-spaced form used for matching."""
    text = strip_marks(nfc(text)).lower()
    text = _AMP_IN_ABBR.sub(lambda m: "" if "&" in m.group(0) else " ", text)
    return _NON_WORD.sub(" ", text).strip()


def untelex(token: str) -> str:
    """Undo Telex keystrokes left in a folded word: "giaasy" -> "giay", "duwngj" -> "dung".

    Only the shape of the letters matters after folding, so tone keys that follow a vowel are
    dropped and doubled vowel keys are collapsed. Callers use the result only when it is a known
    word.
    """
    word = token
    for pair, single in _TELEX_DOUBLES:
        word = word.replace(pair, single)
    out = []
    seen_vowel = False
    for i, ch in enumerate(word):
        if ch in _VOWELS:
            seen_vowel = True
        elif ch in _TELEX_TONES and seen_vowel and i > 0:
            continue
        out.append(ch)
    word = "".join(out)
    if word.endswith("w"):
        word = word[:-1]
    return word.replace("w", "u")
