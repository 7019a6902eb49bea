"""How to register with the bot asked (knowledge/reader/register_how.py, ux37 #8): the verb
alone or with how and where, after clauses that only greet or introduce the writer; the agency
the introduction names, a few words before its name aside; a service's registration never."""

from __future__ import annotations

import pytest

from knowledge.reader.ask import default_assistant
from knowledge.reader.register_how import register_asked

WHOLE = default_assistant().agencies.whole


@pytest.mark.parametrize(
    "text",
    ["dang ky", "Đăng ký ở đâu ạ?", "làm sao để đăng ký", "chào bot, đăng ký như nào vậy"],
)
def test_the_verb_with_only_how_asks_how_to_register(text):
    assert register_asked(text, WHOLE) is not None
    assert register_asked(text, WHOLE).agency is None


@pytest.mark.parametrize(
    "text, agency",
    [
        # the office of the unit, typed before its name: the unit, not "Văn phòng UBND tỉnh"
        ("chào anh, em là cán bộ vp ubnd huyện hàm yên, đăng ký sao ạ", "UBND huyện Hàm Yên"),
        ("Xin chào. Mình là chuyên viên Sở Tư pháp. Đăng ký thế nào?", "Sở Tư pháp"),
    ],
)
def test_an_introduction_names_the_agency_to_offer(text, agency):
    found = register_asked(text, WHOLE)
    assert found is not None and found.agency == agency


@pytest.mark.parametrize(
    "text",
    [
        "đăng ký khai sinh",  # a service titled "Đăng ký …"
        "dang ky tam tru o dau",
        "em ở sở y tế, đăng ký kết hôn thế nào",
        "hạn nộp biểu 02, đăng ký thế nào",  # the other clause asks something
        "sở tư pháp đăng ký thế nào",  # an agency in the asking clause
        "đăng ký thế nào, đăng ký ở đâu, đăng ký khai sinh",
        "/dangky so tu phap",
        "dk the nao",  # "đk" alone is as often "điều kiện"
    ],
)
def test_anything_else_is_not(text):
    assert register_asked(text, WHOLE) is None
