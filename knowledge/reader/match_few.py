"""`Matcher.rank` over a few allowed rows: the rows a situation's evidence names (situations.py)
are ranked among themselves, and a pass over every row of a grown catalogue (10,000) for two
or three of them is most of that rank's cost.

Where the allowed rows are no more than the hits asked for, every one of them that scores is a
hit, so no choice among equal scores at the limit can differ: the scores are summed for those
rows alone, each in the same order as the whole pass sums it, and come out bitwise the same.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from knowledge.reader.match_top import best_hits
from knowledge.reader.question_words import Hit

if TYPE_CHECKING:  # the matcher calls this with itself
    from knowledge.reader.matching import Matcher


def rank_few(
    matcher: Matcher,
    rows: np.ndarray,
    known: Sequence[tuple[str, float]],
    sequence: Sequence[str | None],
    total_weight: float,
    bonus: np.ndarray | None,
    pair_weight: float,
) -> list[Hit]:
    """The hits among `rows` (ascending positions), best first, as `Matcher.rank` finds them
    when they are all allowed and no more than its limit. known: the question's distinct known
    words and their factors; sequence: its words' known forms in order, for the pairs."""
    m = len(rows)
    both = np.zeros((2, m))
    scores, covered = both
    for word, factor in known:
        whole = matcher.dense.get(word)
        if whole is None:
            idx, contrib = matcher.postings[word]
            at, held = _held(idx, rows)
            part = contrib[at]
            scores[held] += part if factor == 1.0 else factor * part
            covered[held] += factor * matcher.idf[word]
        elif factor == 1.0:
            both += whole[:, rows]
        else:
            both += factor * whole[:, rows]
    for a, b in itertools.pairwise(sequence):
        if a and b and (a, b) in matcher.pairs:
            common = matcher.dense_pairs.get((a, b))
            if common is None:
                _, held = _held(matcher.pairs[(a, b)], rows)
                scores[held] += pair_weight * (matcher.idf[a] + matcher.idf[b]) / 2
            else:
                scores += common[rows]
    # every row that scores: no choice among equal scores at a limit (match_top.py)
    few = None if bonus is None else bonus[rows]
    best, negated, coverage = best_hits(scores, covered, total_weight, m, few)
    keys = matcher.keys
    return [
        Hit(keys[i], -score, share)
        for i, score, share in zip(
            rows[best].tolist(), negated.tolist(), coverage.tolist(), strict=True
        )
    ]


def _held(idx: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Where each of `rows` is in the ascending positions `idx` (for those it is in), and which
    of `rows` are."""
    at = idx.searchsorted(rows)
    inside = at < len(idx)
    inside[inside] = idx[at[inside]] == rows[inside]
    return at[inside], inside
