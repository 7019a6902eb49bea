"""A registration typed as a sentence (knowledge.reader.registering)."""

from __future__ import annotations

import pytest

from knowledge.reader.ask import default_assistant
from knowledge.reader.registering import registration_named, workplace_registration

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
        # after clauses that only greet or say who writes (ux31 #3)
        ("chao bot, cho em dk so tu phap voi a", "Sở Tư pháp"),
        ("Xin chào. Em đăng ký Sở Y tế", "Sở Y tế"),
        ("em là cán bộ UBND huyện Hàm Yên, đk UBND huyện Hàm Yên ạ", "UBND huyện Hàm Yên"),
        ("chào ad, mình là chuyên viên mới, đăng ký sở tài chính", "Sở Tài chính"),
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
        # an opening clause that asks or says more than a greeting or who writes
        "chào bot, đăng ký kinh doanh hạn khi nào",
        "em ở sở y tế, đăng ký khai sinh",
        "hạn nộp biểu 02, đăng ký sở y tế",
        "sở y tế, đăng ký sở tư pháp",
    ],
)
def test_anything_else_is_not(text):
    assert registration_named(text, WHOLE) is None


@pytest.mark.parametrize(
    "text, agency",
    [
        ("minh o so tu phap, dang ky the nao", "Sở Tư pháp"),
        ("em làm ở Sở Y tế, muốn dùng bot thì làm sao ạ", "Sở Y tế"),
        ("tôi là cán bộ của sở xây dựng, đăng ký như nào", "Sở Xây dựng"),
        ("đăng ký thế nào vậy, em ở sở tài chính", "Sở Tài chính"),
        ("em công tác tại STP, dk ở đâu", "Sở Tư pháp"),
        # the writer's side, then the unit: "bên em là …", "phía mình là …"; "ra sao" asks how
        ("cho em hỏi bên em là UBND huyện Chiêm Hóa thì đăng ký thế nào", "UBND huyện Chiêm Hóa"),
        ("phía mình là sở tài chính, đk ra sao", "Sở Tài chính"),
    ],
)
def test_where_the_writer_works_beside_how_to_register_names_it(text, agency):
    assert workplace_registration(text, WHOLE) == agency


@pytest.mark.parametrize(
    "text",
    [
        "mình ở sở tư pháp",  # where, and nothing asked
        "em ở sở y tế, đăng ký thường trú thế nào",  # a service's registration
        "em ở sở tư pháp, đăng ký kinh doanh hạn khi nào",
        "đăng ký thế nào",  # no agency
        "sở tư pháp đăng ký thế nào",  # an agency, not where the writer works
        "bên em là UBND huyện Sơn Dương, đăng ký khai sinh ra sao",  # a service after the verb
        "/dangky so tu phap",
    ],
)
def test_anything_else_beside_where_the_writer_works_is_no_registration(text):
    assert workplace_registration(text, WHOLE) is None
