"""The best rows of a ranking, with a fixed order among equal scores.

The hits of `Matcher.rank` are the first `limit` rows of its rows sorted by score, best first,
and among equal scores by their place in the catalogue (the earlier row first). The tie order
is a rule, not the selection algorithm's: numpy's `argpartition` picks among values tied at the
limit in an order of its own that changes with the CPU's instructions (AVX2, AVX-512), so the
same question could name another of two equally scored rows on another machine. A rule of the
rows' own order also lets a ranking over a subset of the rows (the rows that hold a word of the
question) be proven to give the same hits as one over every row.
"""

from __future__ import annotations

import numpy as np


def best_first(scores: np.ndarray, limit: int) -> np.ndarray:
    """The positions of the `limit` best of `scores` (negated: the lower the better; a row that
    scores nothing is 0 and never chosen), best first, equal scores in the order of their
    positions. `scores` is in the rows' catalogue order, so a position's order is theirs."""
    if limit < len(scores):
        best = scores.argpartition(limit - 1)[:limit]
        edge = scores[best[-1]]  # the limit's own score: every other chosen one is at most it
        if edge < 0:
            ahead = best[scores[best] < edge]
            # of the rows tied at the limit, the first in the catalogue fill the places left
            tied = np.flatnonzero(scores == edge)[: limit - len(ahead)]
            best = np.concatenate((ahead, tied))
        else:  # fewer rows score than asked for: all of them, and none that scores nothing
            best = best[scores[best] < 0]
    else:
        best = np.flatnonzero(scores < 0)
    return best[np.lexsort((best, scores[best]))]
