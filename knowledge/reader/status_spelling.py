"""A status typed with a slip right after a key ("406-14 vuogn mac …", "406-15 dang lma",
"406-14 xogn roi", "406-54 vuongmac …", ux35 #3): read as the status phrase it is one slip
from, for an offer that asks "Có phải bạn muốn ghi …?" and keeps the note; it was read as a
question and the note was lost. A slip of the word a status phrase closes with ("ruoi" of
"rồi" in "nộp rồi", u49 #3) right after a status is that word, never a note
(`companions_respelled`), where it closes the status's clause, or, with no comma after it, where
it is that word with a letter added ("xong ruoi cho ky so", u51 #4). The phrases are the
status vocabulary's (knowledge/rules/statuses.py, as status_words.py spans them), not a list of
slips.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz.distance import DamerauLevenshtein

from knowledge.language.text import fold
from knowledge.reader.capnhat_line import FILLER, MAX_KEY_WORDS, whole_key_shape
from knowledge.reader.status_words import SPAN_WORDS, status_spans

# A word shorter than this is too near too many others to be read as a slip of a status word.
MIN_SLIPPED = 3
# The phrases a slip may be of: the longer ones first, so "vuong mac" wins over "vuong"
_PHRASES = sorted(SPAN_WORDS, key=lambda p: -len(p[0]))
# The words a status's phrases take beside its status word that say nothing more ("rồi" of
# "nộp rồi", "đã" of "đã xong"), per status: read off the phrases, not listed
COMPANIONS: dict[str, frozenset[str]] = {
    code: frozenset(w for words, c in SPAN_WORDS if c == code and len(words) > 1 for w in words)
    & FILLER
    for _, code in SPAN_WORDS
}
_EDGES = ".,;:!"


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


def companions_respelled(text: str) -> str:
    """The message with a slip of a status's companion word (`COMPANIONS`), typed unmarked
    right after that status's phrase and closing its clause, spelt as the vocabulary spells it
    ("406-14 xong ruoi" -> "406-14 xong roi"): read as the filler it is, never kept as the
    note; else the text as it is."""
    words = text.split()
    folds = [fold(w.strip(_EDGES)) for w in words]
    changed = False
    for status, _, end in status_spans(folds):
        # typed with marks, a word is the word typed ("rủi ro", "ruộng"), no slip of "rồi";
        # one that opens a clause ("xong rui ro thấp") is the note's own, not the status's
        if end >= len(words) or folds[end] in FILLER or _marked(words[end], folds[end]):
            continue
        closes = _closes(words, folds, end)
        # unclosed, only a letter added to the companion is its slip ("xong ruoi cho ky so",
        # the comma left out, u51 #4): a letter changed ("rui ro") may be another word
        near = (
            c
            for c in sorted(COMPANIONS.get(status.value, ()))
            if _near(folds[end], c) and (closes or _added(folds[end], c))
        )
        meant = next(near, None)
        if meant is not None:
            typed = words[end]
            words[end] = meant + typed[len(typed.rstrip(_EDGES)) :]  # its comma kept
            changed = True
    return " ".join(words) if changed else text


def _added(typed: str, word: str) -> bool:
    """`typed` is `word` with one letter more, its letters in order ("ruoi" of "roi")."""
    if len(typed) != len(word) + 1:
        return False
    letters = iter(typed)
    return all(letter in letters for letter in word)


def _marked(typed: str, folded: str) -> bool:
    """Typed with marks: the word folds to something else than it reads."""
    return typed.strip(_EDGES).lower() != folded


def _closes(words: list[str], folds: list[str], at: int) -> bool:
    """The word at `at` ends the status's clause, as its companion does: the last word, a
    stop or a comma after it, or only filler after it ("xong ruoi a")."""
    return words[at].endswith(tuple(_EDGES)) or all(f in FILLER for f in folds[at + 1 :])
