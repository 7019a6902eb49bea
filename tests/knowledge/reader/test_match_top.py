"""Which rows a ranking names when several score alike at its limit: the earlier rows of the
catalogue, whatever the CPU's selection instructions would pick (match_top.py). Ranking only the
rows that hold a rarer word of the question: test_match_bound.py."""

from __future__ import annotations

import numpy as np

from knowledge.language.text import tokenize
from knowledge.reader.match_top import best_first
from knowledge.reader.matching import Matcher


def test_equal_scores_at_the_limit_go_to_the_earlier_positions():
    # negated scores: -3 is the best; four positions tie at -2 for the two places left
    scores = np.array([0.0, -2.0, -1.0, -2.0, -3.0, -2.0, 0.0, -2.0])
    assert best_first(scores, 3).tolist() == [4, 1, 3]
    assert best_first(scores, 1).tolist() == [4]
    # a tie wholly inside the limit keeps the catalogue's order too
    assert best_first(scores, 6).tolist() == [4, 1, 3, 5, 7, 2]


def test_rows_that_score_nothing_are_never_chosen():
    scores = np.array([0.0, -1.0, 0.0, -0.0, -1.0])
    assert best_first(scores, 4).tolist() == [1, 4]
    assert best_first(scores, 5).tolist() == [1, 4]
    assert best_first(np.zeros(6), 2).tolist() == []


def test_the_same_title_at_three_levels_is_named_in_the_catalogues_order():
    # a question that names no level scores the levels' rows alike: the first printed one
    # leads, and the rows after it follow in the catalogue's order, not the keys'
    levels = ["cấp tỉnh", "cấp huyện", "cấp xã"]
    docs = [(f"y-{n}", f"Thu hồi giấy phép số {n}") for n in range(300)]
    docs[::7] = [(f"x-{n}", f"Đăng ký giao dịch bảo đảm {levels[n % 3]}") for n in range(43)]
    for order in (docs, docs[::-1]):
        matcher = Matcher(order)
        for question, kind in (("giao dịch bảo đảm", "x-"), ("thu hồi giấy phép", "y-")):
            words = matcher.words(tokenize(question))
            first = [key for key, _ in order if key.startswith(kind)][:3]
            found = matcher.rank(words, limit=3)
            assert [h.key for h in found] == first
            # tied: every one of them scores as the best row of all
            assert {h.score for h in found} == {matcher.rank(words, limit=300)[0].score}
