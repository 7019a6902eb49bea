"""Words as typed, read as the documents print them: Telex left-overs ("phuj luc"), a closing "i"
typed for the printed "y" ("đăng kí"), an initial the writer's dialect confuses ("thường chú" for
"thường trú"), the Central provinces' function words ("tuần ni có hạn chi").

Each repair is made only where the documents' own wording says so: a known word, or a pair they
print side by side. Apart from parse.py, which reads the repaired words into spans.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Sequence

from knowledge.language.text import (
    MarkedWords,
    Token,
    accent_key,
    strip_marks,
    telex_marked,
    tokenize,
    untelex,
)
from knowledge.language.vocabulary import (
    CHAT_WORDS,
    CONFUSED_INITIALS,
    QUESTION_MARKED,
    REGIONAL_MARKED,
    REGIONAL_WORDS,
)

Pair = tuple[str, str]


class Printed:
    """The words and the pairs of words the documents print, with the marks they print them
    with ("trú" and "thường trú", not "chú")."""

    def __init__(self, texts: Iterable[str]):
        self.words: dict[str, set[str]] = {}
        self.pairs: dict[Pair, set[Pair]] = {}
        for text in texts:
            tokens = tokenize(text)
            for t in tokens:
                self.words.setdefault(t.fold, set()).add(accent_key(t.raw))
            for a, b in itertools.pairwise(tokens):
                keys = (accent_key(a.raw), accent_key(b.raw))
                self.pairs.setdefault((a.fold, b.fold), set()).add(keys)

    def pair(self, a: Token | None, b: Token | None) -> bool:
        """Two words printed side by side, with the marks they were typed with, if any."""
        if a is None or b is None:
            return False
        printed = self.pairs.get((a.fold, b.fold))
        if not printed:
            return False
        ka = accent_key(a.raw) if a.has_marks else None
        kb = accent_key(b.raw) if b.has_marks else None
        return any((ka is None or x == ka) and (kb is None or y == kb) for x, y in printed)


# A syllable's closing "i" as the documents print it, "y", tone and all: "kí" is "ký", "lí" "lý".
# Only where "i" is the syllable's one vowel: "hai", "tai", "mai" are no "hay", "tay", "may".
I_TO_Y = str.maketrans("iíìỉĩị", "yýỳỷỹỵ")
VOWELS = frozenset("aeiouy")
# A closing letter typed twice by a slip of the thumb ("hạnn", "dịch vụu"): only in a word typed
# with marks, for unmarked letters are as often an abbreviation ("sonn", "stt"); not the letters
# Telex doubles for a mark ("aa", "dd", "ee", "oo"), which `untelex` reads.
TELEX_DOUBLED = frozenset("adeo")


def repaired(tokens: Sequence[Token], vocabulary: frozenset[str]) -> list[Token]:
    """Telex left-overs undone where that gives a known word ("phuj luc" -> "phu luc"), a
    closing "i" typed for the "y" the documents print ("đăng kí" -> "đăng ký"), and a closing
    letter typed twice ("quá hạnn" -> "quá hạn")."""
    result = []
    for t in tokens:
        if t.fold in vocabulary or t.is_number:
            result.append(t)
            continue
        if (
            len(t.fold) >= 2
            and t.fold.endswith("i")
            and t.fold[-2] not in VOWELS
            and t.fold[:-1] + "y" in vocabulary
        ):
            result.append(Token(t.raw[:-1] + t.raw[-1].translate(I_TO_Y), t.fold[:-1] + "y"))
            continue
        plain = untelex(t.fold)
        if t.has_marks and plain not in vocabulary and _doubled(t.fold, vocabulary):
            result.append(Token(t.raw[:-1], t.fold[:-1]))
            continue
        undone = telex_undone(t, vocabulary)
        result.append(Token(t.raw, undone) if undone else t)
    return result


def telex_undone(token: Token, vocabulary: frozenset[str]) -> str | None:
    """The known word a Telex left-over is ("kieemr" -> "kiem", "rooif" -> "roi"), folded;
    None for a word typed with marks, known as typed, or that reads as no known word."""
    if token.has_marks or token.fold in vocabulary or token.is_number:
        return None
    plain = untelex(token.fold)
    return plain if plain != token.fold and plain in vocabulary else None


_LETTERS = re.compile(r"[^\W\d_]+")


def untelexed(text: str, vocabulary: frozenset[str]) -> str:
    """A short text (a status line) with each Telex left-over replaced by the known word it is,
    with the marks its keys stand for where they read as marks ("406-22 ddang kieemr thuw" ->
    "406-22 đang kiểm thư", "chowf" -> "chờ"), else unmarked; the rest as typed: what reads a
    line by its words and their places (the status, its note) reads it then as the question
    reader reads its words (`repaired`), and a note keeps what was meant."""

    def undo(match: re.Match[str]) -> str:
        word = match.group(0)
        found = telex_undone(Token(word.lower(), word.lower()), vocabulary)
        if found is None:
            return word
        marked = telex_marked(word.lower())
        return marked if strip_marks(marked) == found else found

    return _LETTERS.sub(undo, text)


def _doubled(fold: str, vocabulary: frozenset[str]) -> bool:
    """A known word with its closing letter typed twice."""
    return (
        len(fold) >= 3
        and fold[-1] == fold[-2]
        and fold[-1] not in TELEX_DOUBLED
        and fold[:-1] in vocabulary
    )


# each initial a writer may confuse, the longest first ("gi" before a vowel is the initial, not
# "g"), with the others of its group
_INITIALS = sorted(
    (
        (initial, tuple(o for o in group if o != initial))
        for group in CONFUSED_INITIALS
        for initial in group
    ),
    key=lambda item: -len(item[0]),
)


_VOWELS = frozenset("aeiouy")


@functools.lru_cache(maxsize=8192)
def _swaps(word: str) -> tuple[tuple[str, str], ...]:
    """(initial, other) for each initial the word may be confused by: "chú" -> ("ch", "tr")."""
    for initial, others in _INITIALS:
        # a vowel after it: "nh", "ng" are initials of their own, not "n"
        if word.startswith(initial) and word[len(initial) : len(initial) + 1] in _VOWELS:
            return tuple((initial, other) for other in others)
    return ()


def _respelled(token: Token, initial: str, other: str) -> Token | None:
    """The token with another initial, marks kept; None where it does not open so ("đ" is no
    "d")."""
    raw = token.raw.lower()
    if not raw.startswith(initial):
        return None
    word = other + raw[len(initial) :]
    return Token(word, strip_marks(word))


def respelled(tokens: Sequence[Token], printed: Printed) -> list[Token]:
    """A word typed with an initial the writer's dialect confuses, read as the word the
    documents print beside its neighbour ("thường chú" is "thường trú", "thủy xản" "thủy sản"):
    where the word as typed pairs with neither neighbour and the other spelling does, marks and
    all ("công chức" is no "công trực"). Typed without marks, only a word the documents never
    print ("cong chuc" stays). Never a function word."""
    result = list(tokens)
    folds = [t.fold for t in tokens]
    for i, t in enumerate(tokens):
        if t.is_number or len(t.fold) < 2 or (not t.has_marks and t.fold in printed.words):
            continue
        # most words have no other spelling the documents print beside a neighbour: that is
        # looked up on the folded words before any marks are read
        swaps = [
            (initial, other)
            for initial, other in _swaps(t.fold)
            if (i > 0 and (folds[i - 1], other + t.fold[len(initial) :]) in printed.pairs)
            or (
                i + 1 < len(folds)
                and (other + t.fold[len(initial) :], folds[i + 1]) in printed.pairs
            )
        ]
        if not swaps or t in QUESTION_MARKED or t in CHAT_WORDS:
            continue
        before = tokens[i - 1] if i > 0 else None
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if printed.pair(before, t) or printed.pair(t, after):
            continue
        for initial, other in swaps:
            word = _respelled(t, initial, other)
            if word and (printed.pair(before, word) or printed.pair(word, after)):
                result[i] = word
                break
    return result


_REGIONAL = {
    strip_marks(word): (MarkedWords(word, strict=word in REGIONAL_MARKED), own)
    for word, own in REGIONAL_WORDS.items()
}


def regional(tokens: Sequence[Token], compounds: frozenset[Pair]) -> list[Token]:
    """The Central provinces' function words as the reader's own ("tuần ni có hạn chi" is "tuần
    này có hạn gì"), where a function word stands: at the end, or before another function word;
    not in a pair the documents print ("chi phí")."""
    result = list(tokens)
    folds = [t.fold for t in tokens]
    for i, t in enumerate(tokens):
        if t.fold not in _REGIONAL:
            continue  # most words: no lookup
        found = _REGIONAL[t.fold]
        if t not in found[0]:
            continue
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is not None and not (
            nxt in QUESTION_MARKED or nxt in CHAT_WORDS or nxt.fold in _REGIONAL
        ):
            continue
        before = i > 0 and (folds[i - 1], t.fold) in compounds
        after = nxt is not None and (t.fold, nxt.fold) in compounds
        if not (before or after):
            result[i] = Token(found[1], strip_marks(found[1]))
    return result
