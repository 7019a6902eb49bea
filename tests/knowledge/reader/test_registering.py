"""A registration typed as a sentence (knowledge.reader.registering)."""

from __future__ import annotations

import pytest

from knowledge.reader.ask import default_assistant
from knowledge.reader.registering import registration_named

WHOLE = default_assistant().agencies.whole


@pytest.mark.parametrize(
    "text, agency",
    [
        ("dang ky so y te", "Sở Y tế"),
        ("Đăng ký Sở Tư pháp", "Sở Tư pháp"),
        ("em xin dang ky lam can bo so tai chinh", "Sở Tài chính"),
        ("dk so xd", "Sở Xây dựng"),
        ("đăng ký cho Sở Nội vụ ạ", "Sở Nội vụ"),
        ("dang ky ubnd huyen ham yen", "UBND huyện Hàm Yên"),
    ],
)
def test_the_verb_then_an_agency_is_a_registration(text, agency):
    assert registration_named(text, WHOLE) == agency


@pytest.mark.parametrize(
    "text",
    [
        "đăng ký kinh doanh",  # a service
        "dang ky khai sinh",
        "đăng ký biển số xe",
        "đăng ký sở y tế hạn khi nào",  # more than an agency: a question
        "sở y tế đăng ký",
        "dang ky",
        "/dangky so y te",
    ],
)
def test_anything_else_is_not(text):
    assert registration_named(text, WHOLE) is None
