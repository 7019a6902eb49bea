"""Services close to a row but in neither catalogue are "not in the catalogue", never the row
or an agency's list (issue 20): another act a title opens with before the row's wording
(acts.py), the row's own wording said not to be meant (denials.py), a thing no title holds
beside an agency (row_things.thing_of_its_own). Phrasings written for these tests, not taken
from any set."""

from __future__ import annotations

import datetime as dt

from knowledge.reader.denials import denied_pairs

TODAY = dt.date(2021, 4, 13)


def prov(assistant):
    return assistant.catalogue.province("tuyen-quang")


def ask(assistant, question):
    return assistant.ask(question, TODAY, "tuyen-quang")


def test_another_act_a_title_opens_with_is_not_in_the_catalogue(assistant):
    # "Gia hạn" opens 406-12; the house-building row prints "Cấp"
    answer = ask(assistant, "gia hạn giấy phép xây dựng nhà ở")
    assert answer.intent == "absent", answer.text
    # "Quyết định" opens a title, "quyết toán" none: offered at most, never absent as sure
    answer = ask(assistant, "quyết toán thuế cá nhân online")
    assert answer.intent != "absent", answer.text


def test_the_rows_own_act_stays_the_row(assistant):
    answer = ask(assistant, "gia hạn hộ chiếu công vụ")  # 406-10 prints "Cấp, gia hạn"
    assert answer.intent == "service" and answer.items[0].key == "406-10", answer.text


def test_the_words_after_a_negation_are_denied(assistant):
    parsed = assistant.parse("cấp thẻ, không phải hộ chiếu", TODAY, prov(assistant))
    assert ("ho", "chieu") in denied_pairs(parsed)
    # "có phải … không" asks; it denies nothing
    parsed = assistant.parse("có phải cấp hộ chiếu không", TODAY, prov(assistant))
    assert not denied_pairs(parsed)


def test_a_row_whose_wording_is_denied_is_not_the_answer(assistant):
    answer = ask(assistant, "cấp hộ chiếu (không phải hộ chiếu ngoại giao) hạn nào")
    assert not (answer.intent == "service" and answer.items[0].key == "406-10"), answer.text
    answer = ask(assistant, "cấp hộ chiếu ngoại giao (không phải phổ thông) hạn nào")
    assert answer.intent == "service" and answer.items[0].key == "406-10", answer.text


def test_a_thing_no_title_holds_beside_an_agency_is_not_its_list(assistant):
    for question in (
        "sở tư pháp: cấp giấy xác nhận tình trạng hôn nhân hạn bao giờ",
        "chi trả lương hưu bhxh hạn khi nào",
    ):
        answer = ask(assistant, question)
        assert answer.intent in ("absent", "unknown"), (question, answer.text)


def test_an_agencys_list_stays_its_list(assistant):
    for question, agency in (
        ("Sở Y tế phải làm gì, hạn khi nào", "Sở Y tế"),
        ("bhxh tỉnh hạn bao giờ", "Bảo hiểm xã hội tỉnh"),
    ):
        answer = ask(assistant, question)
        assert answer.intent == "agency" and answer.agency == agency, (question, answer.text)


def test_a_thing_of_the_catalogue_put_where_a_row_prints_a_rare_pair(assistant):
    # "hiệu lực | văn bằng" is printed by two titles, though "văn" folds onto the "vận" of
    # many: "hiệu lực | mã số thuế" (the tax rows' own pair) names another service
    answer = ask(assistant, "chấm dứt hiệu lực mã số thuế của hộ kinh doanh")
    assert answer.intent == "absent", answer.text
    # the row's own thing after the same words stays the row
    answer = ask(assistant, "chấm dứt hiệu lực văn bằng bảo hộ sở hữu công nghiệp")
    assert answer.intent == "service" and answer.items[0].key == "406-35", answer.text
