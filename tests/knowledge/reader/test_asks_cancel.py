"""A short "never mind" typed instead of /huy (knowledge.reader.prompt_ends.asks_cancel)."""

from __future__ import annotations

import pytest

from knowledge.reader.prompt_ends import asks_cancel


@pytest.mark.parametrize(
    "text",
    [
        "huy",
        "Hủy",
        "huỷ!",
        "thôi",
        "thoi khong can",
        "bỏ qua",
        "thôi không cần nữa ạ",
        "khỏi",
        "cancel",
        "dạ thôi ạ",
        "em muốn huỷ",
    ],
)
def test_never_mind_in_a_few_words_is_a_cancel(text):
    assert asks_cancel(text)


@pytest.mark.parametrize(
    "text",
    [
        "hủy bỏ hiệu lực văn bằng bảo hộ",  # a service's title: a question
        "huy dang ky kinh doanh",
        "hủy cái vừa ghi",  # the last write taken back: an undo
        "bo",  # unmarked "bo" is too often another word
        "không",
        "thôi em hỏi cái khác: gpxd hạn khi nào",
        "/huy",
        "",
    ],
)
def test_anything_more_is_not(text):
    assert not asks_cancel(text)
