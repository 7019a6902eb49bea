"""A short agency name the province's letters print as an ordinary word is a guess without a
word that says an agency follows; an agency named strongly beside the verb of its own duty in the
letters is asked for its list. Phrasings written for these tests, not taken from any set."""

from __future__ import annotations

import datetime as dt

from knowledge.catalogue.agencies import AgencyMention
from knowledge.language.text import tokenize
from knowledge.reader.ordinary_names import OrdinaryNames, guessed

TODAY = dt.date(2021, 4, 13)
PLAN = "Sở Kế hoạch và Đầu tư"


def ask(assistant, question, agency=None):
    return assistant.ask(question, TODAY, None, agency)


def test_the_letters_decide_which_short_forms_are_their_ordinary_wording():
    letters = OrdinaryNames(
        [
            "Kế hoạch số 93/KH-UBND; thực hiện kế hoạch của tỉnh. Sở Kế hoạch và Đầu tư chủ trì.",
            "Sở Tư pháp phối hợp; Sở Tư pháp gửi; lý lịch tư pháp.",
        ]
    )
    assert letters.ordinary(["ke", "hoach"], PLAN)
    assert not letters.ordinary(["ke", "hoach", "dau", "tu"], PLAN)  # no letter prints it so
    assert not letters.ordinary(["tu", "phap"], "Sở Tư pháp")  # mostly after "Sở"
    tokens = tokenize("bên kế hoạch có mốc nào")
    assert not guessed(tokens, AgencyMention(PLAN, 1, 3, False), letters)  # "bên": a cue
    tokens = tokenize("kế hoạch có mốc nào")
    assert guessed(tokens, AgencyMention(PLAN, 0, 2, False), letters)
    assert not guessed(tokens, AgencyMention(PLAN, 0, 2, True), letters)


def test_a_short_form_that_is_the_letters_wording_offers_the_agency(assistant):
    answer = ask(assistant, "kế hoạch năm nay có mấy mốc")
    assert answer.intent == "agency" and answer.agency == PLAN and not answer.sure
    assert answer.text.startswith("Có phải bạn hỏi Sở Kế hoạch và Đầu tư?")
    # its dates or its progress, asked by the same word, are a guess too
    for question in ("kế hoạch tháng 5 có hạn gì", "kế hoạch còn gì chưa xong"):
        answer = ask(assistant, question)
        assert answer.agency == PLAN and not answer.sure, question
        assert answer.text.startswith("Có phải bạn hỏi"), question
    # with a word that says an agency follows, or the name as officers abbreviate it: sure
    for question in ("ngành kế hoạch có mấy mốc", "Sở KH&ĐT có những mốc nào"):
        answer = ask(assistant, question)
        assert answer.agency == PLAN and answer.sure, question


def test_an_agency_named_beside_the_verb_of_its_duty_is_asked_for_its_list(assistant):
    # the letter gives Viễn thông Tuyên Quang "hướng dẫn, hỗ trợ": no service titled "Hỗ trợ …"
    for question in (
        "VNPT Tuyên Quang hướng dẫn các đơn vị những gì",
        "Viễn thông tỉnh (VNPT) hỗ trợ kỹ thuật những việc gì",
        "viễn thông tỉnh phối hợp việc gì",
    ):
        answer = ask(assistant, question)
        assert answer.intent == "agency", (question, answer.text)
        assert answer.agency == "Viễn thông Tuyên Quang" and answer.sure, question
    # a service titled with the verb, named beside its agency, is still that service
    answer = ask(assistant, "Sở LĐTBXH hỗ trợ kinh phí nhận nuôi dưỡng hạn nào")
    assert answer.intent == "service" and answer.items[0].key == "406-32"
