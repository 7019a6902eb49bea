"""Which rows a ranking names when several score alike at its limit: the earlier rows of the
catalogue, whatever the CPU's selection instructions would pick; and ranking only the rows that
hold a word of the question names the same rows, in the same order, with the same scores to the
last bit, as the pass over every row of a 10,000-row catalogue (match_top.py)."""

from __future__ import annotations

from itertools import product
from pathlib import Path

import numpy as np
import pytest

from knowledge.language.text import tokenize
from knowledge.reader import match_top
from knowledge.reader.lexicon import match_text
from knowledge.reader.match_top import best_first
from knowledge.reader.matching import Matcher

DATA = Path(__file__).parents[2] / "data"
# 2,500 rows, every other question, three limits: the same paths (the candidates' share is of the
# rows) at a quarter of the cost; the full replay (10,000 rows, every rank call of the answer
# snapshot) is in bench/README.md's "Round 30: ask's p99 (perf30)" (the suite is over budget)
ROWS = 2_500
LIMITS = (1, 5, 50)
# varied the way a province's catalogue grows: the same service acted on again, at each level
ACTS = ["", "Cấp lại ", "Gia hạn ", "Điều chỉnh ", "Thu hồi ", "Thông báo "]
PLACES = ["", " cấp tỉnh", " cấp huyện", " cấp xã", " đối với doanh nghiệp", " trên địa bàn tỉnh"]


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


def _questions() -> list[str]:
    found = []
    for name, column in (("dev_questions.tsv", 1), ("dev_service_queries.tsv", 0)):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                found.append(line.split("\t")[column])
    return found


@pytest.fixture(scope="module")
def grown(catalogue) -> Matcher:
    real = [(row.key, match_text(row, catalogue)) for row in catalogue.rows.values()]
    docs, seen = list(real), {text for _, text in real}
    for (act, place), (_, text) in product(product(ACTS, PLACES), real):
        named = act + (text[0].lower() + text[1:] if act else text) + place
        if len(docs) < ROWS and named not in seen:
            seen.add(named)
            docs.append((f"x-{len(docs)}", named))
    for n in range(len(docs), ROWS):  # the rest: copies, every one tied with its original
        docs.append((f"x-{n}", docs[n % len(real)][1]))
    return Matcher(docs)


def _bits(hits) -> list[tuple[str, float, float]]:
    # scores and coverage are positive and finite: equal as numbers is equal to the last bit
    return [(h.key, h.score, h.coverage) for h in hits]


def test_the_candidates_alone_give_every_hit_of_the_whole_pass(grown, monkeypatch):
    n = grown.n
    bonus = np.zeros(n)
    bonus[::5] = 0.25

    def keep(key: str) -> bool:
        return not key.endswith(("3", "7"))

    masks = [None, np.ones(n, dtype=bool), grown.mask(keep)]
    questions = _questions()[::2]
    apart = 0

    def whole_pass(*args):
        with monkeypatch.context() as every_row:
            every_row.setattr(match_top, "CANDIDATE_SHARE", -1.0)
            return _bits(grown.rank(*args))

    for question in questions:
        words = grown.words(tokenize(question))
        held = sum(grown.df(k) for k in {w.known for w in words if w.known})
        apart += held <= match_top.CANDIDATE_SHARE * n
        for prior in (None, bonus):
            ranking = whole_pass(words, n, prior)
            assert _bits(grown.rank(words, n, prior)) == ranking, question
            for allowed in masks:
                # a row left out scores nothing, the others as before
                left = ranking if allowed is not masks[2] else [h for h in ranking if keep(h[0])]
                for limit in LIMITS:
                    # the first of the ranking: rows tied at the limit in the catalogue's order
                    assert whole_pass(words, limit, prior, allowed) == left[:limit], question
                    assert _bits(grown.rank(words, limit, prior, allowed)) == left[:limit]
    # both ways are taken: the questions that name a word most rows hold rank every row
    assert len(questions) // 3 <= apart <= len(questions) - 10
