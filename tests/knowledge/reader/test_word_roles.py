"""A word of the talk typed without marks before a word no title knows is that word's partner,
not talk ("cai nghiện" is no "cái"), and a word of the talk typed without marks that closes a
pair the titles print ("cap the" is "cấp thẻ") names a kind of paper as much as typed with its
marks (knowledge/reader/word_roles.py `before_unknown`, wording.py `kind_unprinted`)."""

from __future__ import annotations

import datetime as dt

from knowledge.language.text import tokenize

TODAY = dt.date(2021, 4, 13)


def test_a_word_of_the_talk_before_a_word_no_title_knows_is_a_word(assistant):
    words = assistant.matcher.words(tokenize("người cai nghiện"))
    assert [w.typed for w in words] == ["nguoi", "cai", "nghien"]
    # before a question word, or typed with its marks, it is talk
    for text in ("cai gi phai nop", "cái giấy phép xây dựng"):
        words = assistant.matcher.words(tokenize(text))
        assert "cai" not in [w.typed for w in words], text


def test_a_card_typed_without_marks_is_a_kind_of_paper(assistant):
    answer = assistant.ask("cap the tam tru cho chuyen gia nuoc ngoai", TODAY)
    assert not answer.sure, answer.text
    answer = assistant.ask("gia han tam tru cho chuyen gia nuoc ngoai", TODAY)
    assert answer.sure and answer.items[0].key == "406-12", answer.text
