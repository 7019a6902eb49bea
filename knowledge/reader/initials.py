"""Abbreviations read off the titles: officers shorten a phrase a title prints to its initials
("bvmt" for "bảo vệ môi trường", "gcn" for "giấy chứng nhận"). A Vietnamese syllable always has
a vowel, so a typed word of consonants only is such a shorthand; it reads as the one run of
title words with those initials, where the run is whole compounds (its first and its last pair
printed amid different neighbours: not "doanh | nghiệp tư nhân" for "ntn"). The reviewed synonyms
(knowledge/language/vocabulary.py) are spelled out before, and win.
"""

from __future__ import annotations

from collections.abc import Sequence

from knowledge.language.text import Token

VOWELS = frozenset("aeiouy")
SHORTEST, LONGEST = 3, 6  # letters of a shorthand read this way ("dk" is too short to tell)
COMPOUND_CONTEXTS = 2  # a pair printed amid this many different neighbours is a compound


def initials_table(titles: Sequence[Sequence[str]]) -> dict[str, tuple[str, ...]]:
    """The shorthand each run of whole compounds the titles print reads as, where only one run
    has those initials. titles: each title's folded words."""
    # a compound recurs in other surroundings; a pair printed only where one title is repeated
    # (406-11's own title in each of its sub-rows: "trực | tuyến thuộc | các") is no compound
    around: dict[tuple[str, ...], set[tuple[str, str]]] = {}
    for words in titles:
        padded = ["", *words, ""]
        for i in range(1, len(padded) - 2):
            pair = (padded[i], padded[i + 1])
            around.setdefault(pair, set()).add((padded[i - 1], padded[i + 2]))
    runs: dict[str, set[tuple[str, ...]]] = {}
    for words in titles:
        for n in range(SHORTEST, LONGEST + 1):
            for i in range(len(words) - n + 1):
                run = tuple(words[i : i + n])
                if min(len(around[run[:2]]), len(around[run[-2:]])) < COMPOUND_CONTEXTS:
                    continue
                key = "".join(w[0] for w in run)
                if key.isalpha() and not VOWELS & set(key):
                    runs.setdefault(key, set()).add(run)
    return {key: next(iter(found)) for key, found in runs.items() if len(found) == 1}


def slash_readings(text: str) -> list[str]:
    """A text that prints two words as alternatives ("chứng chỉ/thẻ hành nghề") read each way:
    "chứng chỉ hành nghề" and "chứng thẻ hành nghề", so the shorthand of either run ("cchn") is
    read off it as officers type it."""
    if "/" not in text:
        return []
    words = text.split()
    found = []
    for i, word in enumerate(words):
        left, slash, right = word.partition("/")
        if slash and left and right and "/" not in right:
            found += [" ".join([*words[:i], side, *words[i + 1 :]]) for side in (left, right)]
    return found


def spell_initials(
    tokens: Sequence[Token], spelled: set[int], table: dict[str, tuple[str, ...]]
) -> tuple[list[Token], set[int]]:
    """The tokens with each shorthand of the table spelled out (unmarked, as a synonym's words
    are), and the positions of every word spelled out, the synonyms' included."""
    result: list[Token] = []
    found: set[int] = set()
    for i, token in enumerate(tokens):
        run = table.get(token.fold) if i not in spelled and not token.has_marks else None
        if run is None or VOWELS & set(token.fold):
            if i in spelled:
                found.add(len(result))
            result.append(token)
            continue
        found |= set(range(len(result), len(result) + len(run)))
        result += [Token(w, w) for w in run]
    return result, found
