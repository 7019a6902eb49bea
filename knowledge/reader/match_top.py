"""The best rows of a ranking, with a fixed order among equal scores, and over the rows that
hold a word of the question only.

The hits of `Matcher.rank` are the first `limit` rows of its rows sorted by score, best first,
and among equal scores by their place in the catalogue (the earlier row first). The tie order
is a rule, not the selection algorithm's: numpy's `argpartition` picks among values tied at the
limit in an order of its own that changes with the CPU's instructions (AVX2, AVX-512), so the
same question could name another of two equally scored rows on another machine.

The rule also makes the candidates enough: a row that holds none of the question's words
scores nothing and is never a hit, so where few rows hold one (the words' postings, the
catalogue's inverted index built with the matcher, say how many at most), the bonus, the
coverage and the choice are computed for those rows alone, each by the same operations on the
same values as over every row (bitwise the same scores), and chosen by the same rule from the
same scores (the same hits).
"""

from __future__ import annotations

import numpy as np

# The candidates are ranked apart while the words' postings hold at most this share of the
# rows: gathering them costs a pass over them, and over most of the rows that gains nothing.
CANDIDATE_SHARE = 0.4


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


def candidates(postings: list[np.ndarray], n: int) -> np.ndarray | None:
    """The rows that hold a word of the question, ascending, from the rows (ascending) that
    hold each word; None where they may be too many for ranking them apart to pay, of `n`."""
    if sum(map(len, postings)) > CANDIDATE_SHARE * n:
        return None
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
    rows: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """From the summed scores and coverage of every row: the hits' positions, their negated
    scores and their coverage, best first. bonus: added where a row scores; allowed: the rows
    that may be hits, None for all; rows: the candidates (`candidates`), None for every row.
    `scores` and `covered` are spent (divided, negated in place) where rows is None."""
    if rows is not None:  # gathered: copies, spent instead
        scores, covered = scores[rows], covered[rows]
        bonus = None if bonus is None else bonus[rows]
        allowed = None if allowed is None else allowed[rows]
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
    best = best_first(scores, limit)  # positions in `rows`, which is in the catalogue's order
    return (best if rows is None else rows[best]), scores[best], coverage[best]
