"""`Matcher.rank`'s choice over the rows that hold a rarer word of the question, where the rows
that hold only its common words ("cấp", "giấy", "đăng ký" at 10,000 rows: most rows hold one)
provably cannot reach the hits.

The question's known words are split by how many rows hold them: the rarer words, whose rows
together are at most BOUND_SHARE of the catalogue, and the common rest C. Every row is one of:
- a candidate: it holds a rarer word. Its sums are gathered from the whole pass's, and its
  bonus, mask, coverage and score computed by the same elementwise operations on the same
  values (the same bits), and the hits among the candidates chosen by the whole pass's rule
  (match_top.best_hits);
- a row holding words of C only. By the scorer's own formula its score is
  (Σ words' BM25 parts + Σ pairs' bonuses + the prior's bonus) × (coverage + 0.5), every term
  at least 0, over the words of C it holds and the pairs of two words of C only (a row that
  prints a pair holds both its words). Each term is at most its largest value over the rows:
  a word's part at most its largest in the word's postings times the question's factor for
  it, a pair's bonus is one value, the prior at most its largest; the coverage is at most
  min(Σ_C factor × idf / the question's weight, 1). So its score is at most their product,
  the ceiling. Rounding moves either side by a few units in the last place of sums of a
  handful of terms ≥ 0 (~1e-15 of them); the ceiling is raised by ROUNDING (1e-9 of it)
  before the comparison, far above that;
- a row holding none: it scores 0 and is never a hit.
If `limit` candidates score and the last of them scores above the raised ceiling, every row of
the second kind scores strictly less than each of those hits, so the first `limit` rows of the
whole ranking (by score, equal scores in the catalogue's order) are the first `limit`
candidates by the same rule: the same rows, scores and coverage. Otherwise (too few candidates
score, or one might not be above a row of the second kind) every row is ranked. Where C is
empty the second kind has no rows, and the candidates' hits are the hits however few they are.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from knowledge.reader.match_top import best_hits, union
from knowledge.reader.match_weights import PAIR_WEIGHT

if TYPE_CHECKING:  # the matcher calls this with itself
    from knowledge.reader.matching import Matcher

# The rarer words' rows are ranked apart while they are at most this share of the rows: the
# choice among them costs a gather and a sort of their positions, more than a pass over all of
# the rows once they are many; fewer of them weakens the ceiling.
BOUND_SHARE = 0.1
# Below this many rows the whole choice costs about what the split and the ceiling cost.
BOUND_ROWS = 2_000
# the ceiling is raised by this share before the comparison (rounding's own is ~1e-15)
ROUNDING = 1e-9


def bounded_hits(
    matcher: Matcher,
    both: np.ndarray,
    known: Sequence[tuple[str, float]],
    sequence: Sequence[str | None],
    total_weight: float,
    limit: int,
    bonus: np.ndarray | None,
    allowed: np.ndarray | None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """`best_hits` of the whole pass's sums `both` (scores and coverage, left unspent), from the
    candidates alone where that is proven the same (above); None where every row must be
    ranked. known: the question's distinct known words and their factors; sequence: its words'
    known forms in order (the pairs); allowed: None for every row."""
    if matcher.n < BOUND_ROWS:
        return None
    rare, common = _split(matcher, known)
    if not rare:
        return None
    rows = union([matcher.postings[word][0] for word in rare])
    scores, covered = both.take(rows, axis=1)
    few = None if bonus is None else bonus.take(rows)
    allow = None if allowed is None else allowed.take(rows)
    best, negated, coverage = best_hits(scores, covered, total_weight, limit, few, allow)
    if common:
        if len(best) < limit:
            return None
        top = ceiling(matcher, common, sequence, total_weight, bonus)
        if not -negated[-1] > top * (1 + ROUNDING):
            return None
    return rows[best], negated, coverage


def ceiling(
    matcher: Matcher,
    common: Sequence[tuple[str, float]],
    sequence: Sequence[str | None],
    total_weight: float,
    bonus: np.ndarray | None,
) -> float:
    """The highest score a row holding no word but `common`'s could reach (the proof above)."""
    idf, tops = matcher.idf, matcher.top_parts
    most = covers = 0.0
    for word, factor in common:  # a loop, not sums of generators: this runs at every question
        top = tops.get(word)
        if top is None:  # the largest part the word adds to a row, kept once asked
            top = tops[word] = float(matcher.postings[word][1].max())
        most += factor * top
        covers += factor * idf[word]
    names = dict(common)
    for a, b in itertools.pairwise(sequence):
        if a in names and b in names and (a, b) in matcher.pairs:
            most += PAIR_WEIGHT * (idf[a] + idf[b]) / 2
    if bonus is not None:
        most += max(float(bonus.max()), 0.0)
    return most * (min(covers / total_weight, 1.0) + 0.5)


def _split(
    matcher: Matcher, known: Sequence[tuple[str, float]]
) -> tuple[list[str], list[tuple[str, float]]]:
    """The rarer words (rarest first, their rows at most BOUND_SHARE of all) and the common
    rest, in the question's order."""
    room = BOUND_SHARE * matcher.n
    rare: list[str] = []
    postings = matcher.postings
    for size, word in sorted([(len(postings[word][0]), word) for word, _ in known]):
        if size > room:
            break
        room -= size
        rare.append(word)
    return rare, [(word, factor) for word, factor in known if word not in rare]
