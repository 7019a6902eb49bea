"""The matcher over a large catalogue: the words most rows hold are added as whole vectors
(`Matcher.dense`), and the officer gets the same rows, in the same order, with the same scores
as the scattered add gives."""

from itertools import product

import numpy as np
import pytest

from knowledge.language.text import tokenize
from knowledge.reader import matching
from knowledge.reader.matching import Matcher

ACTS = ["Cấp", "Cấp lại", "Cấp đổi", "Gia hạn", "Điều chỉnh", "Thu hồi"]
THINGS = [
    "giấy phép xây dựng",
    "giấy phép lái xe",
    "giấy chứng nhận quyền sử dụng đất",
    "chứng chỉ hành nghề dược",
    "hộ chiếu phổ thông",
    "thẻ bảo hiểm y tế",
    "giấy phép kinh doanh",
    "giấy phép khai thác thủy sản",
]
WHERE = ["", " cấp tỉnh", " cấp huyện", " cấp xã", " cho doanh nghiệp", " cho cá nhân"]


def catalogue(size: int) -> list[tuple[str, str]]:
    names = [a + " " + t + w for a, t, w in product(ACTS, THINGS, WHERE)]
    docs = []
    for n in range(size):
        suffix = f" đợt {n // len(names)}" if n >= len(names) else ""
        docs.append((f"x-{n}", names[n % len(names)] + suffix))
    return docs


QUESTIONS = [
    "cấp đổi giấy phép lái xe",
    "gia han giay phep xay dung cap huyen",
    "thu hồi chứng chỉ hành nghề dược",
    "cấp lại hộ chiếu",
    "giấy phép",
]


@pytest.fixture(scope="module")
def docs() -> list[tuple[str, str]]:
    return catalogue(2_400)


@pytest.fixture(scope="module")
def matcher(docs) -> Matcher:
    """One matcher for the module's readers (0.3 s of CPU a build): a question read or ranked
    changes nothing a later one sees (test_another_question_is_read_for_itself)."""
    return Matcher(docs)


def test_a_large_catalogue_adds_its_common_words_whole(matcher):
    # "cấp" and "giấy" are in most rows: kept as vectors; the "3" of "đợt 3" (288 rows of
    # 2,400) is not
    assert {"cap", "giay"} <= set(matcher.dense)
    assert matcher.df("3") == 288
    assert "3" not in matcher.dense
    scores, covered = matcher.dense["giay"]
    idx, contrib = matcher.postings["giay"]
    assert np.count_nonzero(scores) == len(idx)
    assert np.array_equal(scores[idx], contrib)
    assert set(np.flatnonzero(covered)) == set(idx)
    # so is the pair "giấy phép", where "đợt 3" is not
    bonus = matcher.dense_pairs[("giay", "phep")]
    assert set(np.flatnonzero(bonus)) == set(matcher.pairs[("giay", "phep")])
    assert ("dot", "3") in matcher.pairs and ("dot", "3") not in matcher.dense_pairs


def test_the_same_rows_in_the_same_order_as_the_scattered_add(docs, matcher, monkeypatch):
    dense = matcher
    monkeypatch.setattr(matching, "DENSE_ROWS", len(docs) + 1)
    sparse = Matcher(docs)
    assert not sparse.dense and not sparse.dense_pairs
    prior = {f"x-{n}": 0.5 for n in range(0, len(docs), 7)}
    allowed = dense.mask(lambda key: not key.endswith("3"))
    for question in QUESTIONS:
        words = dense.words(tokenize(question))
        for kwargs in ({}, {"prior": prior}, {"prior": prior, "allowed": allowed}):
            found = dense.rank(words, limit=7, **kwargs)
            assert found, question
            assert found == sparse.rank(sparse.words(tokenize(question)), limit=7, **kwargs)


def test_a_few_rows_allowed_score_and_rank_as_among_all_rows(docs, matcher):
    # the rows a situation names are ranked among themselves (match_few.py): each keeps the
    # score it has among all rows, and the order
    prior = {f"x-{n}": 0.5 for n in range(0, len(docs), 7)}
    for question, kwargs in product(QUESTIONS, ({}, {"prior": prior})):
        words = matcher.words(tokenize(question))
        every = matcher.rank(words, limit=len(docs), **kwargs)
        keys = [h.key for h in every[:8:3]] + ["x-5", every[-1].key]
        few = matcher.rank(words, limit=len(keys), allowed=matcher.mask_of(keys), **kwargs)
        assert len(few) >= 3 and few == [h for h in every if h.key in keys], question


def test_the_row_asked_for_comes_first(docs, matcher):
    hits = matcher.search("cấp đổi giấy phép lái xe cấp huyện", limit=3)
    assert docs[int(hits[0].key[2:])][1] == "Cấp đổi giấy phép lái xe cấp huyện"


def test_a_question_read_again_gets_the_same_words_as_new_objects(matcher):
    tokens = tokenize("cấp đổi giấy phép lái xe cấp huyện")
    first = matcher.words(tokens, breaks=[3])
    again = matcher.words(list(tokens), breaks=(3,))
    assert again == first
    # callers tell a list's words apart by identity: none is handed out twice
    assert not {id(w) for w in again} & {id(w) for w in first}
    # read without the break, the same tokens are other words: numbered as neighbours
    assert [w.at for w in matcher.words(tokens)] == [0, 1, 2, 3, 4, 5, 6, 7]
    assert [w.at for w in first] == [0, 1, 2, 4, 5, 6, 7, 8]


def test_another_question_is_read_for_itself(matcher):
    first = matcher.words(tokenize("cấp đổi giấy phép lái xe"))
    other = matcher.words(tokenize("thu hồi hộ chiếu phổ thông"))
    assert [w.known for w in first] == ["cap", "doi", "giay", "phep", "lai", "xe"]
    assert [w.known for w in other] == ["thu", "hoi", "ho", "chieu", "pho", "thong"]
    # the same text typed again is a new question: read anew, the same words
    assert matcher.words(tokenize("cấp đổi giấy phép lái xe")) == first


def test_a_catalogue_published_anew_reads_the_same_tokens_by_its_own_rows(matcher):
    # a published table or letter builds a new matcher (row_indexes.py): the same token objects
    # read by it find its own words, not those the matcher before it kept
    before = matcher
    after = Matcher([("y-1", "Đăng ký khai sinh"), ("y-2", "Đăng ký kết hôn")])
    tokens = tokenize("cấp đổi giấy phép lái xe")
    assert [w.known for w in before.words(tokens)] == ["cap", "doi", "giay", "phep", "lai", "xe"]
    assert [w.known for w in after.words(tokens)] == [None] * 6
    assert after.rank(after.words(tokens)) == []
    assert before.rank(before.words(tokens))


def test_fewer_rows_than_asked_for_are_all_found_best_first():
    # rank picks its best rows among every row, then leaves out those that score nothing: where
    # fewer rows hold the question's words than the limit, those rows and no others
    matcher = Matcher(catalogue(300))
    words = matcher.words(tokenize("khai thác thủy sản"))
    holding = [k for k, text in catalogue(300) if "thủy sản" in text]
    for limit in (len(holding), len(holding) + 5, 1_000):
        found = matcher.rank(words, limit=limit)
        assert sorted(h.key for h in found) == sorted(holding)
        assert [h.score for h in found] == sorted((h.score for h in found), reverse=True)
    # the best three are the first three of all, the rows tied at the third in catalogue order
    assert matcher.rank(words, limit=3) == found[:3]
    assert matcher.rank(matcher.words(tokenize("thời tiết hôm nay")), limit=5) == []
