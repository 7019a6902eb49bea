"""An act of the question's own before the row's wording — a word a title opens with that the
row does not print ("gia hạn | giấy phép …" against "Cấp, cấp lại giấy phép …") — asks for
another act on the row's thing: not in the catalogue, never said as sure (acts.py). A word of
its own before the row's wording is such an act too where the question also names the row's
thing by its everyday name (explaining.py `other_act`). Phrasings written for these tests, not
taken from any set."""

from __future__ import annotations

import datetime as dt

from knowledge.reader.acts import opening_acts

TODAY = dt.date(2021, 4, 13)


def ask(assistant, question):
    return assistant.ask(question, TODAY, "tuyen-quang")


def test_the_acts_are_the_words_titles_open_with(assistant):
    acts = opening_acts(assistant.matcher)
    assert {"cap", "dang", "gia", "thu"} <= set(acts)
    assert "giay" not in acts  # "giấy" opens no title: a thing, not an act


def test_another_act_before_the_rows_thing_is_offered(assistant):
    for question in (
        "gia hạn giấy phép khai thác thủy sản",
        "gia hạn giấy phép xây dựng nhà ở",
    ):
        answer = ask(assistant, question)
        assert answer.intent in ("service", "suggest", "absent"), question
        assert not (answer.intent == "service" and answer.sure), (question, answer.text)


def test_the_rows_own_acts_stay_sure(assistant):
    for question, key in (
        ("cấp lại giấy phép khai thác thủy sản", "406-38"),
        # a title prints "Đăng ký, cấp …": the officers' "đăng ký cấp" is the row's own act
        ("đăng ký cấp hộ chiếu phổ thông", "406-9"),
        # "hồ" of "hồ sơ" is not the "Hỗ" of "Hỗ trợ": no act
        ("ai nộp hồ sơ cấp phép xây dựng nhà ở", "406-14"),
    ):
        answer = ask(assistant, question)
        assert answer.intent == "service" and answer.sure, (question, answer.text)
        assert answer.items[0].key == key, question


def test_a_word_of_its_own_before_the_rows_wording_beside_an_everyday_name(assistant):
    # "thpt" is the row's everyday name; "khiếu nại điểm" stands before "thi", the row's own
    # word, not before that name: another act, offered
    answer = ask(assistant, "khiếu nại điểm thi tốt nghiệp thpt")
    assert not (answer.intent == "service" and answer.sure), answer.text
    answer = ask(assistant, "đăng ký dự thi tốt nghiệp thpt")
    assert answer.intent == "service" and answer.sure and answer.items[0].key == "406-16"
