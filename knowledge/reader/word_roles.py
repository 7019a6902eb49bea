"""What a word of the question is to the matcher beside its neighbours: a particle or a word of
content ("nha" closing what is said, or "nhà" before its object), talk or the titles' wording
(a word of the talk in a chain of pairs a title prints), and which title syllables are only
ever printed inside one compound."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from knowledge.language.text import Token
from knowledge.language.vocabulary import CHAT_WORDS, CLOSING_PARTICLES, QUESTION_MARKED


def mid_phrase(tokens: Sequence[Token], i: int) -> bool:
    """A closing particle typed without marks ("nha", "nhe") with words of content after it is
    no particle: particles close what is said ("gửi trước 20/4 nha")."""
    token = tokens[i]
    if token.has_marks or token not in CLOSING_PARTICLES or i + 1 >= len(tokens):
        return False
    after = tokens[i + 1]
    return not (after in QUESTION_MARKED or after in CHAT_WORDS or after in CLOSING_PARTICLES)


def before_unknown(tokens: Sequence[Token], i: int, printed: Sequence[bool]) -> bool:
    """A word of the talk typed without marks that has no sense as a question's word ("cai" as
    "cái", "xem"), right before a word of content no title prints as typed, is that word's
    partner, not talk: "cai nghiện" is no "cái nghiện". A classifier or a verb of asking
    comes before the catalogue's words or a question word. printed: each token is a title's
    word as typed."""
    token = tokens[i]
    if token.has_marks or token not in CHAT_WORDS or token in QUESTION_MARKED:
        return False
    if i + 1 >= len(tokens) or printed[i + 1]:
        return False
    after = tokens[i + 1]
    if after.is_number or len(after.fold) <= 2:
        return False
    return not (after in QUESTION_MARKED or after in CHAT_WORDS or after in CLOSING_PARTICLES)


def wording_positions(talk: Sequence[bool], pairs: Callable[[int, int], bool]) -> set[int]:
    """The positions of the words that are wording: every word that is not talk, and a word of
    the talk that pairs into a title's wording with a word that is wording, in a chain ("gia
    hạn | thẻ | bảo hiểm"). Two words of the talk that pair only with each other are talk
    ("đã được" of "… đã được chưa"). pairs(i, j): the words at i and j pair so."""
    wording = {i for i, said in enumerate(talk) if not said}
    grown = True
    while grown:
        grown = False
        for i in range(len(talk)):
            if i in wording:
                continue
            for j in (i - 1, i + 1):  # the word before, then after: the first that pairs
                if j in wording and pairs(i, j):
                    wording.add(i)
                    grown = True
                    break
    return wording


def bound_words(token_lists: Sequence[Sequence[str]]) -> frozenset[str]:
    """Syllables the titles print only inside one compound: every time beside the same partner
    ("nuôi" only in "nuôi dưỡng"). Typed without that partner they are another word's half."""
    seen: Counter[str] = Counter()
    beside: dict[str, Counter[str]] = {}
    for toks in token_lists:
        for i, word in enumerate(toks):
            seen[word] += 1
            near = {toks[k] for k in (i - 1, i + 1) if 0 <= k < len(toks)}
            beside.setdefault(word, Counter()).update(near)
    return frozenset(
        w for w, n in seen.items() if beside[w] and beside[w].most_common(1)[0][1] >= n
    )


def opens_compound(folds: Sequence[str], fixed: Sequence[object], i: int) -> bool:
    """Whether the unmarked syllable of two letters at i, which no title knows, opens a
    compound with a word no title knows either ("go rung" for "gỗ rừng"): a syllable (it holds
    a vowel, no shorthand's letters) of a thing of the question's own."""
    nxt = i + 1
    return (
        nxt < len(folds)
        and fixed[nxt] is None
        and len(folds[nxt]) > 2
        and not folds[nxt].isdecimal()
        and any(c in VOWELS for c in folds[i])
    )


VOWELS = frozenset("aeiouy")
