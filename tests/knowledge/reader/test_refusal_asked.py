"""Asking why a file was refused (ux38 #5), read from the words' shape, not a list of lines."""

from __future__ import annotations

import pytest

from knowledge.reader.refusal_asked import asks_why_refused


@pytest.mark.parametrize(
    "text", ["lỗi ở đâu vậy", "sao bot không nhận file", "file bị từ chối à", "sai chỗ nào ạ"]
)
def test_asking_what_was_wrong_is_read(text: str) -> None:
    assert asks_why_refused(text)


@pytest.mark.parametrize(
    "text",
    [
        "406-11 lỗi kết nối",  # a row named: a statement or a question of the row
        "/nop pl1",
        "phụ lục 1 nộp chưa",
        "lỗi " + "rất " * 12 + "dài",  # a paragraph that holds the word
    ],
)
def test_other_messages_are_not(text: str) -> None:
    assert not asks_why_refused(text)
