"""A letter's text forwarded or pasted (knowledge/reader/letter_shape.py, ux37 #9): read by what
the administrative format prints and a question never does; a question opening politely, or
listing its points, is still a question."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.reader.letter_shape import letter_shaped

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"
PAGE = (EXAMPLES / "letter_2021-08.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "text",
    [
        PAGE,
        PAGE[:400],  # its head: number, subject line
        PAGE[PAGE.index("Kính gửi") :][:350],  # from the salutation on
        "FW: Kinh gui: cac So, ban, nganh. De nghi cac co quan ra soat muc do an toan thong tin"
        " cua he thong truoc ngay 20/8/2021",
    ],
)
def test_a_letters_text_has_its_shape(text):
    assert letter_shaped(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kính gửi: anh chị, cho em hỏi hạn nộp biểu 02 là khi nào ạ, em cảm ơn nhiều nhé",
        "cho em hỏi: 1. biểu 02 nộp khi nào; 2. mẫu 04 gửi ai ạ, em cảm ơn các anh chị nhiều",
        "Sở Y tế đề nghị hướng dẫn cách nộp hồ sơ trực tuyến mức độ 4 cho cấp giấy phép hành nghề",
        "Kính gửi: Sở TT&TT",  # too short to be a letter's
    ],
)
def test_a_question_has_not(text):
    assert not letter_shaped(text)
