"""Who receives what a line sends (knowledge/letters/details.py)."""

from __future__ import annotations

import pytest

from knowledge.letters.details import recipient
from knowledge.letters.register import Register
from knowledge.letters.text import Line


@pytest.fixture
def register(catalogue):
    return Register(catalogue, catalogue.province("tuyen-quang"))


def test_the_body_advised_in_the_purpose_before_the_request_receives_nothing(register):
    line = Line(
        1,
        "Để có cơ sở tham mưu UBND tỉnh bố trí kinh phí, Sở Tài chính đề nghị Sở Y tế lập dự "
        "toán, gửi về Sở Tài chính trước ngày 15/7/2023.",
    )
    assert recipient(line, register)[0] == "Sở Tài chính"
    # without a request after it the line's "tham mưu" is its own duty's receiver
    advising = Line(2, "Sở Y tế tham mưu UBND tỉnh ban hành kế hoạch trước ngày 15/7/2023.")
    assert recipient(advising, register)[0] == "UBND tỉnh"
