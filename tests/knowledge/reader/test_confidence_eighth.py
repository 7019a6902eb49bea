"""Issue 20, round 25: a sibling compound another title prints where the row prints its own, one
shared shorthand beside a qualifier, a whole second title typed beside the best row's, a year
inside a list asked of the asker's unit, a plural list noun, a sending verb with its direction,
an agency's parts mixed whole and by initials. Phrasings written for these tests, not taken
from any question set."""

from __future__ import annotations

import datetime as dt

TODAY = dt.date(2021, 4, 13)


def ask(assistant, question, agency=None, today=TODAY):
    return assistant.ask(question, today, None, agency)


def test_a_sibling_compound_another_title_prints_is_another_service(assistant):
    # 406-12 prints "tạm trú"; "thường trú" is the sibling 406-3 prints: not the visa row
    answer = ask(assistant, "xin cấp thẻ thường trú cho người nước ngoài ở đâu")
    assert answer.intent == "absent", answer.text
    # 406-21 prints "mô tô"; "ô tô" (411-11 prints it) is another vehicle, typed unmarked too
    answer = ask(assistant, "cap bien so xe o to moi mua the nao")
    assert answer.intent == "absent", answer.text
    # the row's own compound is still the row
    answer = ask(assistant, "gia hạn tạm trú cho người nước ngoài thế nào")
    assert answer.intent == "service" and answer.items[0].key == "406-12", answer.text
    assert answer.sure


def test_one_shared_shorthand_beside_a_qualifier_is_no_sure_answer(assistant):
    # "bhyt" is all the words share with 406-7, and "sinh viên" right beside it qualifies it
    answer = ask(assistant, "bhyt sinh viên đại học")
    assert not (answer.intent == "service" and answer.sure), answer.text
    # the shorthand beside the row's own wording stays sure
    answer = ask(assistant, "gia hạn thẻ bhyt theo hộ gia đình hạn khi nào")
    assert answer.intent == "service" and answer.items[0].key == "406-44", answer.text
    assert answer.sure


def test_a_second_title_typed_whole_is_offered_not_absent(assistant):
    # the best row leaves "doanh nghiệp"; 411-1's whole title is in the question
    answer = ask(assistant, "đăng ký kinh doanh và đăng ký thành lập doanh nghiệp hạn nào")
    assert answer.intent == "service" and not answer.sure, answer.text
    assert "411-1" in [i.key for i in answer.items], answer.text


def test_a_year_inside_the_asker_s_list_is_the_list_s_own(assistant):
    answer = ask(assistant, "nhiệm vụ năm 2021 của cơ quan tôi là gì", "Sở Y tế")
    assert answer.intent == "agency" and answer.agency == "Sở Y tế", answer.text


def test_a_plural_list_noun_asks_the_agency_s_list(assistant):
    answer = ask(assistant, "sở tư pháp cần làm gì với những mục liên thông")
    assert answer.intent == "agency" and answer.agency == "Sở Tư pháp", answer.text
    assert answer.items, answer.text


def test_a_sending_verb_s_direction_is_no_service(assistant):
    answer = ask(assistant, "tháng sau có gì phải nộp lên tỉnh", today=dt.date(2021, 4, 20))
    assert answer.intent == "deadline", answer.text
    assert all(i.deadline and i.deadline.month == 5 for i in answer.items), answer.text


def test_an_agency_s_parts_whole_and_by_initials(assistant):
    for name in ("sở văn hóa tt dl", "sở lđ thương binh xã hội", "so nong nghiep ptnt"):
        answer = ask(assistant, f"{name} chủ trì mục nào")
        assert answer.intent == "agency", (name, answer.text)
    answer = ask(assistant, "sở lao động tb xh chủ trì mục nào")
    assert answer.agency == "Sở Lao động, Thương binh và Xã hội", answer.text


def test_the_act_before_a_shorthand_is_no_qualifier(assistant):
    # "nộp hồ sơ | cấp phép xây dựng": what stands before is the act asked of the service; only
    # a word after the shorthand qualifies it ("bhyt | học sinh")
    for question in ("nộp hồ sơ cấp phép xây dựng", "ai là người nộp hồ sơ cấp phép xây dựng"):
        answer = ask(assistant, question)
        assert answer.intent == "service" and answer.items[0].key == "406-14", answer.text
        assert answer.sure
