"""The common words and pairs of a large catalogue as whole vectors over its rows, for
`Matcher.rank`: a word or a pair that a good share of the rows print is added in one pass over
the rows, which costs less than a scattered add into most of them. A vector is zero where no
row holds the word or the pair, so adding it changes exactly the rows the scattered add would,
by the same amounts."""

from __future__ import annotations

import numpy as np


def dense_words(
    postings: dict[str, tuple[np.ndarray, np.ndarray]],
    idf: dict[str, float],
    n: int,
    least: float,
) -> dict[str, np.ndarray]:
    """The words at least `least` of the `n` rows hold: their scores and their coverage (the
    idf) per row, as one array of two rows (one add does both)."""
    found: dict[str, np.ndarray] = {}
    for word, (idx, contrib) in postings.items():
        if len(idx) >= least:
            whole = np.zeros((2, n))
            whole[0, idx], whole[1, idx] = contrib, idf[word]
            found[word] = whole
    return found


def dense_pairs(
    pairs: dict[tuple[str, str], np.ndarray],
    idf: dict[str, float],
    n: int,
    least: float,
    weight: float,
) -> dict[tuple[str, str], np.ndarray]:
    """The pairs at least `least` of the `n` rows print: the bonus where a row prints one."""
    found: dict[tuple[str, str], np.ndarray] = {}
    for (first, second), idx in pairs.items():
        if len(idx) >= least:
            vector = np.zeros(n)
            vector[idx] = weight * (idf[first] + idf[second]) / 2
            found[(first, second)] = vector
    return found
