"""A question's own words beside a row's wording weigh against saying the row as sure: a
compound no title knows ("giải chấp") offers the row, a word no title knows put where the row
goes on ("lái tàu" against "lái xe") is another service, and a situation's phrase counts once
(knowledge/reader/row_wording.py, substitution.py, situations.py). Phrasings written for these
tests, not taken from any question set."""

from __future__ import annotations

import datetime as dt

TODAY = dt.date(2021, 4, 13)


def ask(assistant, question):
    return assistant.ask(question, TODAY, "tuyen-quang")


def test_a_compound_no_title_knows_beside_an_everyday_name_is_offered_not_said(assistant):
    # the mortgage released: the security's row (its everyday act and thing) before the land row
    for question in ("giải chấp sổ đỏ", "giai chap so do online duoc chua"):
        answer = ask(assistant, question)
        assert answer.intent == "service" and not answer.sure, (question, answer.text)
        assert [i.key for i in answer.items][:2] == ["411-9", "406-20"], answer.text


def test_the_rows_own_wording_is_still_said_as_sure(assistant):
    answer = ask(assistant, "đổi giấy phép lái xe")
    assert answer.intent == "service" and answer.sure and answer.items[0].key == "406-22"


def test_a_word_no_title_knows_where_the_row_goes_on_is_another_service(assistant):
    # "giấy phép lái" always goes on with "xe" in the titles: a boat's licence is not there
    for question in ("đổi giấy phép lái tàu", "cấp đổi giấy phép lái tàu"):
        answer = ask(assistant, question)
        assert answer.intent == "absent", (question, answer.text)


def test_a_situations_phrase_is_not_counted_again_as_the_titles_pair(assistant):
    # "xe ô tô" is the registration fee's thing and its title's words: one piece of evidence,
    # not two; a car's plate is in neither decision (406-21 issues motorbikes' plates)
    answer = ask(assistant, "đăng ký biển số xe ô tô hạn nào")
    assert answer.intent == "absent", answer.text
    assert "411-11" not in [i.key for i in answer.items]


def test_a_pair_most_titles_print_is_no_evidence_for_a_situation(assistant):
    # the international trademark denied: "đăng ký" (a fifth of the titles) beside the
    # trademark's everyday name does not make the licence contract row the answer
    answer = ask(assistant, "đăng ký nhãn hiệu tại Việt Nam thôi, không phải quốc tế")
    assert answer.intent == "absent", answer.text


def test_a_qualifier_only_an_unrelated_title_prints_is_another_service(assistant):
    # "quốc tế" is printed only by the trademark's row: an international licence is not 406-22,
    # whether the licence is named by its title's words or by its everyday name
    for question in ("đổi bằng lái quốc tế", "xin bằng lái xe quốc tế ở đâu"):
        answer = ask(assistant, question)
        assert answer.intent == "absent", (question, answer.text)
    # a pair holding the row's own word rewords the row: still offered
    answer = ask(assistant, "biến động đất đai")
    assert answer.intent == "service" and answer.items[0].key == "406-20", answer.text
