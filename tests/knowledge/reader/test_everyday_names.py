"""Everyday names of a row's own things, spelled out as the row prints them (reviewed lexicon
data, knowledge/language/vocabulary.py), and what such a spelled-out word is to the reader:
the catalogue's wording, never a function word it happens to fold onto."""

from __future__ import annotations

import datetime as dt

from knowledge.language.text import tokenize

TODAY = dt.date(2021, 4, 13)


def ask(assistant, question):
    return assistant.ask(question, TODAY, "tuyen-quang")


def test_the_death_notice_and_the_striking_off_are_the_death_registration_row(assistant):
    # 406-8 "Liên thông đăng ký khai tử - Xóa đăng ký thường trú – Trợ cấp mai táng phí"
    for question in (
        "báo tử",
        "giấy báo tử làm online ở đâu",
        "cắt khẩu",
        "cắt hộ khẩu cho người đã mất",
    ):
        answer = ask(assistant, question)
        assert answer.intent == "service" and answer.items[0].key == "406-8", question


def test_school_money_by_its_everyday_name_is_the_tuition_row(assistant):
    for question in ("đóng tiền học kỳ này", "tien hoc phi nop the nao"):
        answer = ask(assistant, question)
        assert answer.intent == "service" and answer.items[0].key == "406-49", question


def test_a_spelled_out_word_is_wording_not_a_function_word(assistant):
    # the "tử" of "khai tử" folds onto "từ": spelled out from a synonym it is no conversation,
    # so the one stray beside it ("bố") does not outweigh the row's wording
    words = assistant.matcher.words(tokenize("làm khai tử cho bố"))
    spelled = [w for w in words if w.synonym]
    assert [w.known for w in spelled] == ["khai", "tu"]
    assert not any(w.chat for w in spelled)
    answer = ask(assistant, "làm giấy báo tử cho bố")
    assert answer.intent == "service" and answer.items[0].key == "406-8", answer.text
