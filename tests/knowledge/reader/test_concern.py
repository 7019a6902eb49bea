"""Whether a unit has a part in the plan, and whom it turns to, asked of any unit, a district's
too: its list, and for "whom" the coordinator. Phrasings written for these tests."""

from __future__ import annotations

import datetime as dt

TODAY = dt.date(2021, 4, 14)
DISTRICT = "UBND huyện Chiêm Hóa"


def ask(assistant, question, agency=None):
    return assistant.ask(question, TODAY, "tuyen-quang", agency)


def test_a_district_asking_whether_it_is_concerned_gets_its_list(assistant):
    answer = ask(assistant, "huyện mình có liên quan gì đến quyết định 406 không", DISTRICT)
    assert (answer.intent, answer.agency) == ("agency", DISTRICT), answer.text
    assert "406-11" in {v.key for v in answer.items}  # the sector row it coordinates
    assert "Liên hệ" not in answer.text


def test_whom_to_contact_names_the_coordinator_for_any_unit(assistant):
    answer = ask(assistant, "viec ben minh can lien he voi ai", DISTRICT)
    assert (answer.intent, answer.agency) == ("agency", DISTRICT), answer.text
    assert "Liên hệ: Sở Thông tin và Truyền thông" in answer.text
    named = ask(assistant, "sở tư pháp thì liên hệ ai")
    assert (named.intent, named.agency) == ("agency", "Sở Tư pháp"), named.text
    assert "Liên hệ: Sở Thông tin và Truyền thông" in named.text


def test_contact_words_beside_a_thing_of_their_own_are_no_list(assistant):
    answer = ask(assistant, "cho em số điện thoại liên hệ đường dây nóng", DISTRICT)
    assert answer.intent != "agency", answer.text


def test_the_first_person_from_someone_not_registered_is_asked_which_unit(assistant):
    answer = ask(assistant, "đơn vị em liên hệ ai")
    assert answer.intent == "unknown" and not answer.sure and "/dangky" in answer.text


def test_a_decision_by_its_number_is_no_title_opening_with_its_word(assistant):
    # "quyết định 406" is the plan; "Quyết định trợ cấp …" (406-29) is a title's act
    answer = ask(assistant, "quyết định 406 có liên quan gì đến sở y tế không")
    assert (answer.intent, answer.agency) == ("agency", "Sở Y tế"), answer.text
    answer = ask(assistant, "quyết định trợ cấp xã hội hàng tháng hạn khi nào")
    assert answer.intent == "service" and answer.items[0].key == "406-29"
