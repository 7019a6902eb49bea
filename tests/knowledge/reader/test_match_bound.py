"""The rows that hold only a question's common words ("cấp", "giấy", "đăng ký" most rows of a
grown catalogue hold) are not ranked where a ceiling on their score proves them no hits: the
hits, their scores and coverage are the whole pass's to the last bit (match_bound.py)."""

from __future__ import annotations

from itertools import product
from pathlib import Path

import numpy as np
import pytest

from knowledge.language.text import tokenize
from knowledge.reader import match_bound, matching
from knowledge.reader.lexicon import match_text
from knowledge.reader.match_bound import ceiling
from knowledge.reader.matching import Matcher

DATA = Path(__file__).parents[2] / "data"
ROWS = 10_000
LIMITS = (1, 5, 50)
# every third question of the public sets, each with and without a prior and a mask: ~5 s
# less than all of them (the full replay is in bench/README.md, "Round 31: ask's p99")
SAMPLE = 3
# varied the way a province's catalogue grows: the same service acted on again, at each level
ACTS = ["", "Cấp lại ", "Gia hạn ", "Điều chỉnh ", "Thu hồi ", "Thông báo "]
PLACES = ["", " cấp tỉnh", " cấp huyện", " cấp xã", " đối với doanh nghiệp", " trên địa bàn tỉnh"]


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
        if named not in seen:
            seen.add(named)
            docs.append((f"x-{len(docs)}", named))
    for n in range(len(docs), ROWS):  # the rest: copies, every one tied with its original
        docs.append((f"x-{n}", docs[n % len(docs)][1]))
    return Matcher(docs[:ROWS])


def _bits(hits) -> list[tuple[str, str, str]]:
    return [(h.key, h.score.hex(), h.coverage.hex()) for h in hits]


def _known(matcher: Matcher, question: str):
    words = matcher.words(tokenize(question))
    distinct = {w.known: w for w in words if w.known}
    return words, [(k, w.factor) for k, w in distinct.items()]


def test_the_candidates_alone_give_every_hit_of_the_whole_pass(grown, monkeypatch):
    n = grown.n
    prior = np.zeros(n)
    prior[:92], prior[::7] = 1.0, 0.2  # the province's decision, the rows it assigned

    def keep(key: str) -> bool:
        return not key.endswith(("3", "7"))

    masks = [None, np.ones(n, dtype=bool), grown.mask(keep)]
    taken = {"apart": 0, "whole": 0}
    chosen = matching.bounded_hits

    def counted(*args):
        found = chosen(*args)
        taken["whole" if found is None else "apart"] += 1
        return found

    for question in _questions()[::SAMPLE]:
        words, _ = _known(grown, question)
        for bonus, allowed, limit in product((None, prior), masks, LIMITS):
            with monkeypatch.context() as every_row:
                every_row.setattr(match_bound, "BOUND_SHARE", -1.0)
                whole = _bits(grown.rank(words, limit, bonus, allowed))
            with monkeypatch.context() as counting:
                counting.setattr(matching, "bounded_hits", counted)
                assert _bits(grown.rank(words, limit, bonus, allowed)) == whole, question
    # both ways are taken, the rows apart most often
    assert taken["apart"] > 2 * taken["whole"] > 0


def test_no_row_of_common_words_only_scores_above_the_ceiling(grown):
    prior = np.zeros(grown.n)
    prior[::11] = 1.7
    held_apart = 0
    for question in _questions()[::SAMPLE]:
        words, known = _known(grown, question)
        rare, common = match_bound._split(grown, known)
        if not rare or not common:
            continue
        sequence = [w.known for w in words]
        total = sum({w.known or w.typed: w.weight for w in words}.values())
        top = ceiling(grown, common, sequence, total, prior)
        rarer = np.zeros(grown.n, dtype=bool)
        for word in rare:
            rarer[grown.postings[word][0]] = True
        scored = {h.key: h.score for h in grown.rank(words, grown.n, prior)}
        others = [s for i, key in enumerate(grown.keys) if not rarer[i] and (s := scored.get(key))]
        assert others and max(others) <= top, question
        held_apart += max(others) < top
    assert held_apart >= 10


def test_a_row_of_common_words_the_prior_raises_is_still_found():
    # the rarer word's rows score above the common words' rows, unless the prior lifts one of
    # those over them: then the ceiling cannot rule them out and every row is ranked
    docs = [(f"c-{i}", f"Cấp giấy phép hoạt động số {i}") for i in range(match_bound.BOUND_ROWS)]
    docs += [
        ("r-1", "Cấp giấy phép khai thác thủy sản"),
        ("r-2", "Thẩm định phương án khai thác cát sỏi lòng sông"),
    ]
    matcher = Matcher(docs)
    words = matcher.words(tokenize("cấp giấy phép khai thác"))
    assert [h.key for h in matcher.rank(words, limit=2)] == ["r-1", "r-2"]
    lifted = {"c-150": 100.0}
    assert [h.key for h in matcher.rank(words, limit=2, prior=lifted)] == ["c-150", "r-1"]
