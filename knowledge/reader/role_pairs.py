"""A pair of words a row prints only outside its title: in a ministry's part of the work ("Bộ
Giao thông vận tải … chia sẻ dữ liệu đăng kiểm" of 411-11, the registration fee) it names what
the row only uses. A question that types it asks that thing ("đăng kiểm xe ô tô": vehicle
inspection), a service no title names, not the row its other words fit."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Mapping, Sequence

from knowledge.language.text import Token
from knowledge.language.vocabulary import QUESTION_MARKED
from knowledge.reader.matching import Matcher

Pairs = frozenset[tuple[str, str]]


def shared_pairs(told: Mapping[str, Pairs]) -> Pairs:
    """The pairs more than one row's text prints: the plan's own wording ("chủ trì", "triển
    khai", "phối hợp"), which names no thing of one row. Built once per catalogue."""
    seen: Counter[tuple[str, str]] = Counter()
    for pairs in told.values():
        seen.update(pairs)
    return frozenset(pair for pair, n in seen.items() if n > 1)


def told_only(
    matcher: Matcher, told: Pairs, shared: Pairs, tokens: Sequence[Token], kept: Sequence[int]
) -> bool:
    """Whether two neighbouring words of the question (at `kept`, its residue less the frame)
    are a pair the row's text prints, no other row's does and no title does (`shared`: the
    pairs several rows print). Two function words ("và các") name nothing."""
    for i, j in itertools.pairwise(kept):
        a, b = tokens[i], tokens[j]
        pair = (a.fold, b.fold)
        if j != i + 1:
            continue
        if pair not in told or pair in shared or pair in matcher.pair_accents:
            continue
        if not (a in QUESTION_MARKED and b in QUESTION_MARKED):
            return True
    return False
