"""A short "never mind" typed instead of /huy (knowledge.reader.prompt_ends.asks_cancel), and "that
is all" typed to a list being filled (says_finished)."""

from __future__ import annotations

import pytest

from knowledge.reader.prompt_ends import asks_cancel, ends_by_cancel, says_finished


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


@pytest.mark.parametrize(
    "text, waiting, ends",
    [
        ("bỏ qua", "proposal", False),  # the step's own "Bỏ qua": the proposal goes on
        ("không cần", "submit", False),
        ("xoá", "letter", False),  # a letter's field emptied
        ("huỷ", "proposal", True),
        ("thôi", "submit", True),
        ("bỏ qua", "note", True),  # a note a status needs has no "skip"
        ("không cần", None, True),
    ],
)
def test_a_step_that_takes_skip_as_its_answer_keeps_it(text, waiting, ends):
    assert ends_by_cancel(text, waiting) is ends


@pytest.mark.parametrize(
    "text", ["xong", "xong roi a", "hết rồi", "nộp đi", "ok nop luon", "du roi"]
)
def test_that_is_all_said_to_a_list_being_typed(text):
    assert says_finished(text)


@pytest.mark.parametrize(
    "text",
    ["tỉnh; Xây dựng; xong; 4", "xong giấy phép xây dựng", "/nop", "", "nộp phạt giao thông"],
)
def test_a_line_or_anything_more_is_not(text):
    assert not says_finished(text)
