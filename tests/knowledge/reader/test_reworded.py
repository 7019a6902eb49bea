"""Issue 20: a word of the question's own where a row prints its own, told by where it stands;
After a word they share it names another thing ("khai thác | <another resource>"): not in the
catalogue. Before the row's rare word it may be the row's verb in other words or another service
on the same thing: the row offered, neither answered as sure nor refused. Phrasings written for
these tests, not taken from any question set."""

from __future__ import annotations

import datetime as dt

TODAY = dt.date(2021, 4, 13)
FISHING = "406-38"  # Cấp, cấp lại giấy phép khai thác thủy sản


def ask(assistant, question):
    return assistant.ask(question, TODAY, "tuyen-quang")


def test_another_verb_before_the_rows_own_thing_offers_the_row(assistant):
    for question in ("xin giấy phép đánh bắt thủy sản online", "cấp phép nuôi trồng thuỷ sản"):
        answer = ask(assistant, question)
        assert answer.intent == "service" and not answer.sure, (question, answer.text)
        assert answer.items[0].key == FISHING, question


def test_another_thing_after_a_shared_word_is_not_in_the_catalogue(assistant):
    answer = ask(assistant, "giấy phép khai thác cát sỏi")
    assert answer.intent == "absent", answer.text


def test_the_rows_own_words_still_answer(assistant):
    answer = ask(assistant, "giay phep khai thac thuy san")
    assert answer.intent == "service" and answer.sure and answer.items[0].key == FISHING


def test_a_rows_whole_wording_told_apart_is_offered_not_refused(assistant):
    # "cư trú tạm thời" holds every word of "Đăng ký tạm trú" (406-4), not side by side: the
    # row is offered, never "not in the catalogue" said as sure
    for question in (
        "sinh viên ở trọ muốn đăng ký cư trú tạm thời trên mạng",
        "con đi học xa thuê phòng, đăng ký cư trú tạm thời cho cháu ở đâu",
    ):
        answer = ask(assistant, question)
        assert answer.intent == "service" and not answer.sure, (question, answer.text)
        assert answer.items[0].key == "406-4", question
    assert ask(assistant, "đăng ký tạm trú").sure


def test_a_shared_word_again_in_a_clause_of_circumstances_tells_the_story(assistant):
    # "khi người hưởng …": the row's rare word again, in the clause that tells when, is no
    # second thing of the kind ("mã số | mã vạch" typed in one clause still is)
    told = ask(assistant, "thôi hưởng trợ cấp xã hội hàng tháng khi người hưởng qua đời thì sao")
    assert told.intent == "service" and told.items[0].key == "406-30", told.text
    assert ask(assistant, "cấp mã số mã vạch hạn khi nào").intent == "absent"
