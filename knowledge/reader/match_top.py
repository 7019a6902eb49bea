"""The best rows of a ranking, with a fixed order among equal scores, and over the rows that
hold a word of the question only.

The hits of `Matcher.rank` are the first `limit` rows of its rows sorted by score, best first,
and among equal scores by their place in the catalogue (the earlier row first). The tie order
is a rule, not the selection algorithm's: numpy's `argpartition` picks among values tied at the
limit in an order of its own that changes with the CPU's instructions (AVX2, AVX-512), so the
same question could name another of two equally scored rows on another machine.

The rule also makes a part of the rows enough where the rest provably cannot be hits: a row
that holds none of the question's words scores nothing and is never a hit, and one that holds
only its common words scores at most a ceiling (match_bound.py). The bonus, the coverage and
the choice of the rows apart are computed by the same operations on the same values as over
every row (bitwise the same scores), and chosen by the same rule (the same hits).
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
        if edge >= 0:  # fewer rows score than asked for: all of them, none that scores nothing
            best = best[scores[best] < 0]
        else:
            at_edge = scores == edge
            # more rows tie at the limit than were chosen: the first in the catalogue fill the
            # places left (a search for them costs more than the count, so only then)
            if np.count_nonzero(at_edge) > np.count_nonzero(at_edge[best]):
                ahead = best[scores[best] < edge]
                tied = np.flatnonzero(at_edge)[: limit - len(ahead)]
                best = np.concatenate((ahead, tied))
    else:
        best = np.flatnonzero(scores < 0)
    return best[np.lexsort((best, scores[best]))]


def union(postings: list[np.ndarray]) -> np.ndarray:
    """The rows that hold a word of the question, ascending, from the rows (ascending) that
    hold each word."""
    if len(postings) == 1:
        return postings[0]
    # sorted together, each row once: cheaper than a flag per row of the catalogue (a search
    # for the nonzero flags of 10,000 rows costs more than sorting a few hundred numbers)
    rows = np.concatenate(postings)
    rows.sort(kind="stable")  # radix sort for integers
    first = np.empty(len(rows), dtype=bool)
    first[0] = True
    np.not_equal(rows[1:], rows[:-1], out=first[1:])
    return rows[first]


def best_hits(
    scores: np.ndarray,
    covered: np.ndarray,
    total_weight: float,
    limit: int,
    bonus: np.ndarray | None = None,
    allowed: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """From the summed scores and coverage of rows in the catalogue's order: the hits'
    positions among them, their negated scores and their coverage, best first. bonus: added
    where a row scores; allowed: the rows that may be hits, None for all. `scores` and
    `covered` are spent (divided, negated in place)."""
    if bonus is not None:
        # the bonus where a row scores: times 1 or 0, the same sums as
        # np.where(scores > 0, bonus, 0.0), without its slower select
        scores += bonus * (scores > 0)
    if allowed is not None:
        scores[~allowed] = 0.0
    # Rows that explain more of the question's distinct words win over rows that repeat a few
    # of them.
    coverage = np.divide(covered, total_weight, out=covered)
    np.minimum(coverage, 1.0, out=coverage)
    # negated, best first: times -(coverage + 0.5), the same values as the product negated
    # (a sign is exact), without a pass of its own
    scores *= np.subtract(-0.5, coverage)
    best = best_first(scores, limit)  # positions in the catalogue's order
    return best, scores[best], coverage[best]
