"""A pair of words a row prints only outside its title: in a ministry's part of the work ("Bộ
Giao thông vận tải … chia sẻ dữ liệu đăng kiểm" of 411-11, the registration fee) it names what
the row only uses. A question that types it asks that thing ("đăng kiểm xe ô tô": vehicle
inspection), a service no title names, not the row its other words fit."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Collection, Mapping, Sequence

from knowledge.language.text import Token
from knowledge.language.vocabulary import CHAT_WORDS, QUESTION_MARKED
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


def lone_pairs(
    told: Mapping[str, Pairs], shared: Pairs, titled: Collection[tuple[str, str]]
) -> dict[tuple[str, str], str]:
    """The pairs one row's text prints outside its title and no other row's text or title
    does, each with that row ("đăng kiểm" of 411-11's ministry part). Built once per
    catalogue."""
    return {
        pair: key
        for key, pairs in told.items()
        for pair in pairs
        if pair not in shared and pair not in titled
    }


def told_thing(
    matcher: Matcher,
    lone: Mapping[tuple[str, str], str],
    tokens: Sequence[Token],
    kept: Sequence[int],
) -> tuple[int, int] | None:
    """Where the question types a pair one row prints only outside its title (`lone_pairs`)
    beside wording of that row's title: "đăng kiểm | xe ô tô", "đăng kiểm | xe cơ giới" ask
    the thing the row only uses, a service no title names. A pair typed alone, or beside
    words of no such title ("thanh tra" of a ministry's part) or apart from them, tells
    nothing."""
    at = set(kept)
    for i, j in itertools.pairwise(kept):
        a, b = tokens[i], tokens[j]
        key = lone.get((a.fold, b.fold))
        if j != i + 1 or key is None or (a in QUESTION_MARKED and b in QUESTION_MARKED):
            continue
        title = matcher.doc_sequence(key)
        words, pairs = set(title), set(itertools.pairwise(title))
        # right beside the pair: "đăng kiểm | xe", not "chữ ký số | cho | máy tính"
        rest = [k for k in (i - 1, j + 1) if k in at and tokens[k].fold in words]
        if any(tokens[k] not in QUESTION_MARKED and tokens[k] not in CHAT_WORDS for k in rest):
            return i, j
        if any(k + 1 in at and (tokens[k].fold, tokens[k + 1].fold) in pairs for k in rest):
            return i, j  # "ô tô" typed without marks: each a word of talk, the pair a title's
    return None
