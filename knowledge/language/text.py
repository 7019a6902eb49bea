"""Vietnamese text normalisation: the one place where spelling variants are folded away.

Officers type with or without diacritics, in old or new tone placement, with Telex left-overs when
the input method is off, with emoji and punctuation. Everything the matcher compares goes through
`fold`.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Final

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


_TONE_KEYS = {"s": "\u0301", "f": "\u0300", "r": "\u0309", "x": "\u0303", "j": "\u0323"}
_MARK_KEYS = (("aa", "â"), ("ee", "ê"), ("oo", "ô"), ("aw", "ă"), ("ow", "ơ"), ("uw", "ư"))
_VOWEL_LETTERS = frozenset("aăâeêioôơuưy")
_HATTED = frozenset("ăâêôơư")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# Words repeat (every title is read again for each table version, every question is made of the
# same few thousand words): remembering the last words folded took half of building a reader.
@functools.lru_cache(maxsize=1 << 16)
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


def telex_marked(word: str) -> str:
    """A folded word typed in Telex with the marks its keys stand for ("kieemr" -> "kiểm",
    "chowf" -> "chờ", "vuongw" -> "vương", "ddang" -> "đang"), so that a note read back says
    what was meant ("chờ", not "cho"); the word as given where its keys read as no marks.
    Callers keep it only when it folds to `untelex`'s word."""
    tone, kept = "", []
    for i, ch in enumerate(word):
        if ch in _TONE_KEYS and any(c in _VOWELS for c in word[:i]):
            tone = _TONE_KEYS[ch]
            continue
        kept.append(ch)
    text = "".join(kept).replace("dd", "đ")
    for pair, single in _MARK_KEYS:
        text = text.replace(pair, single)
    text = text.replace("uơ", "ươ")  # "dduowcj": the w of "uow" marks both
    if "w" in text:  # "vuongw", "macws": a w after the vowels marks the u and o, or the one
        text = text.replace("w", "")  # a, o or u, before it
        if "uo" in text:
            text = text.replace("uo", "ươ", 1)
        elif sum(text.count(v) for v in "aou") == 1:
            text = text.translate(str.maketrans("aou", "ăơư"))
        else:
            return word
    if not tone:
        return text
    # "qu", "gi" before a vowel are initials: their u, i take no tone
    start = 2 if text[:2] in ("qu", "gi") and text[2:3] in _VOWEL_LETTERS else 0
    spots = [i for i in range(start, len(text)) if text[i] in _VOWEL_LETTERS]
    if not spots:
        return word
    run = [spots[0]]
    while run[-1] + 1 < len(text) and text[run[-1] + 1] in _VOWEL_LETTERS:
        run.append(run[-1] + 1)
    hatted = [i for i in run if text[i] in _HATTED]
    if hatted:
        at = hatted[-1]
    elif run[-1] + 1 < len(text) or len(run) == 1:  # a closing consonant: the last vowel
        at = run[-1]
    elif len(run) == 2:
        at = run[1] if text[run[0] : run[1] + 1] in ("oa", "oe", "uy") else run[0]
    else:
        at = run[1]
    return nfc(text[: at + 1] + tone + text[at + 1 :])


class Token:
    """One word of a question: as typed (lower case, marks kept) and folded; never changed once
    built (tokens are shared: a title's tokens are read by every question).

    A plain class with slots, its two features read once at construction: a question's tokens
    are built by the dozen at every ask and read ~400 times (a frozen dataclass took 0.85 µs to
    build, its properties a call at each read)."""

    __slots__ = ("fold", "has_marks", "is_number", "raw")
    raw: Final[str]
    fold: Final[str]
    # Every Vietnamese mark (and đ) is outside ASCII; a Telex left-over ("phuj") is not.
    has_marks: Final[bool]
    is_number: Final[bool]

    def __init__(self, raw: str, fold: str):
        self.raw = raw
        self.fold = fold
        self.has_marks = not raw.isascii()
        self.is_number = fold[:1].isdecimal()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Token):
            return NotImplemented
        return self.raw == other.raw and self.fold == other.fold

    def __hash__(self) -> int:
        return hash((self.raw, self.fold))

    def __repr__(self) -> str:
        return f"Token(raw={self.raw!r}, fold={self.fold!r})"


# Letters, or digits with the separators that dates and row keys use ("20/4", "406-14",
# "30/9/2021"). Letters and digits are separate words, so "T8/2021" reads as "t" and "8/2021".
_WORD = re.compile(r"[^\W\d_]+|\d+(?:[/.\-]\d+)*")
_AMP = re.compile(r"(?<=[^\W_])\s*&\s*(?=[^\W_])")


class Tokens(tuple[Token, ...]):
    """A question's tokens as the parse reads them once, with the set of their folds: a
    vocabulary asked whether the question holds any of its words (`MarkedWords.any_in`) is one
    set test, not a test of each word. A slice is a plain tuple (its folds are not these)."""

    folds: frozenset[str]

    def __new__(cls, tokens: Iterable[Token] = ()) -> Tokens:
        made = super().__new__(cls, tokens)
        made.folds = frozenset(t.fold for t in made)
        return made


def words(text: str) -> list[str]:
    """The words of a text as typed (case kept), split as `tokenize` splits them."""
    return _WORD.findall(_AMP.sub("", nfc(text)))


def tokenize(text: str) -> list[Token]:
    """The words of a question, each folded once: what the parse and the matcher read."""
    return [Token(w, strip_marks(w)) for w in words(text.lower())]


_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


@functools.lru_cache(maxsize=65536)
def accent_key(word: str) -> str:
    """A word with its vowel marks but its tone moved to the end: "hoá" and "hóa" meet, "hồ" and
    "hộ" stay apart. Used to tell homographs apart when the officer typed diacritics.
    """
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = [ch for ch in decomposed if ch in _TONES]
    base = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONES))
    return base + "".join(tones)


class MarkedWords:
    """Words as Vietnamese prints them, marks and all: a typed word is one of them when it folds
    to it and was typed either without marks or with the same marks. So "mục" and "muc" are the
    row word, while "mức" (a level), "sở" (a department) and "sổ" (a book) are not; "sau" (next)
    is not "sáu" (six), and "đâu" (where) is not "đầu" (head, as in "đầu tư")."""

    def __init__(self, words: str | tuple[str, ...], strict: bool = False, marked_only: str = ""):
        """strict: typed without marks, the word is too often another one to count ("do" is
        "by", not "dở"); marked_only: the words for which that holds, when not all do."""
        self.strict = strict
        items = words.split() if isinstance(words, str) else words
        self.keys: dict[str, set[str]] = {}
        for word in items:
            self.keys.setdefault(strip_marks(word).lower(), set()).add(accent_key(word))
        self.marked_only = frozenset(strip_marks(w).lower() for w in marked_only.split())
        self._folds = frozenset(self.keys)

    def __contains__(self, token: object) -> bool:
        # ~120 tests an ask: the class compared and the fold looked up with no call of their
        # own (isinstance and dict.get were two of every test's three calls)
        if token.__class__ is not Token and not isinstance(token, Token):
            return False
        keys = self.keys
        if token.fold not in keys:
            return False
        marks = keys[token.fold]
        if not token.has_marks:
            return not (self.strict or token.fold in self.marked_only)
        return accent_key(token.raw) in marks

    def any_in(self, tokens: Iterable[Token]) -> bool:
        """Whether any of the tokens is one of these words: `any(t in self for t in tokens)`.
        The parse's tokens (`Tokens`) that fold to none of them say so by one set test (most
        vocabularies are in no question); the others are tried only where their fold is one.
        Asked ~15 times an ask: the set test is an operator and the rest a loop, no call."""
        if tokens.__class__ is Tokens and not self._folds & tokens.folds:
            return False
        keys = self.keys
        for t in tokens:  # noqa: SIM110 (any() over a generator: a call a word)
            if t.fold in keys and t in self:
                return True
        return False

    @property
    def folds(self) -> frozenset[str]:
        return self._folds


_ASCII_DIGITS = re.compile(r"[0-9]+")
# control characters (Cc) but tab and line feed, and the bidirectional overrides and isolates
# that can make a stored name read differently from what it is
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def ascii_number(text: str, max_digits: int = 18) -> int | None:
    """A number typed in a command or carried by a button: ASCII digits only ("²" or "٣" are
    not numbers here), at most `max_digits` of them; None otherwise.
    """
    text = text.strip()
    if len(text) > max_digits or not _ASCII_DIGITS.fullmatch(text):
        return None
    return int(text)


def strip_controls(text: str) -> str:
    """Text as it may be stored: no NUL (PostgreSQL refuses it) nor any other control character;
    a CR-LF line end becomes LF.
    """
    return _CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


class MarkedPhrases:
    """Phrases as Vietnamese prints them ("thực hiện", "triển khai"): where a question types one,
    each word folding to the phrase's and typed without marks or with the printed ones. Its words
    alone are other words ("thực" of "chứng thực", "khai" of "khai sinh")."""

    def __init__(self, phrases: tuple[str, ...]):
        self.phrases = [tuple(MarkedWords(w) for w in p.split()) for p in phrases]
        self.first = frozenset(f for p in self.phrases for f in p[0].folds)
        self._sized = [(p, len(p)) for p in self.phrases]  # each phrase's length, read once

    def positions(self, tokens: Sequence[Token]) -> set[int]:
        found: set[int] = set()
        size = len(tokens)
        for i, token in enumerate(tokens):
            if token.fold not in self.first:
                continue
            for phrase, n in self._sized:
                if i + n > size:
                    continue
                for k in range(n):  # a loop, not all() over a generator: no call a word
                    if tokens[i + k] not in phrase[k]:
                        break
                else:
                    found.update(range(i, i + n))
        return found
