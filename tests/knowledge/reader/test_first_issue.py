"""A first issue typed "lần đầu" is read in the spelling the titles print ("cấp mới"); a first
registration the titles print with "lần đầu" keeps it. Phrasings written for these tests, not
taken from any set."""

from __future__ import annotations

import datetime as dt

from knowledge.language.text import tokenize
from knowledge.reader.first_issue import as_printed, printed_spelling

TODAY = dt.date(2021, 5, 12)


def _folds(tokens):
    return " ".join(t.fold for t in tokens)


def test_the_spelling_the_titles_print_is_read_from_their_pairs(assistant):
    assert _folds(printed_spelling(assistant.compounds)) == "cap moi"
    # documents printing only the other spelling: that one is theirs
    assert _folds(printed_spelling(frozenset({("cap", "lan"), ("lan", "dau")}))) == "cap lan dau"
    assert printed_spelling(frozenset()) is None


def test_the_askers_spelling_moves_beside_the_act(assistant):
    compounds, acts = assistant.compounds, assistant.opening

    def read(text):
        return _folds(as_printed(tokenize(text), compounds, acts))

    assert read("cấp giấy phép lái xe lần đầu tiên") == "cap moi giay phep lai xe"
    assert read("cap lan dau giay phep lai xe") == "cap moi giay phep lai xe"
    assert read("thi bằng lái lần đầu") == "thi bang lai cap moi"
    # the titles print "thuế lần đầu" (406-41); another act typed is that act's first time
    assert read("cấp mã số thuế lần đầu") == "cap ma so thue lan dau"
    assert read("đăng ký thường trú lần đầu") == "dang ky thuong tru lan dau"


def test_a_first_licence_is_the_row_that_issues_new_ones(assistant):
    new = [k for k, r in assistant.catalogue.rows.items() if r.title.startswith("Cấp mới")]
    assert new  # the titles print a first issue
    for question in ("cấp giấy phép lái xe lần đầu hạn khi nào", "làm bằng lái lần đầu"):
        answer = assistant.ask(question, TODAY, "tuyen-quang")
        assert answer.intent == "service" and answer.sure, answer.text
        assert [i.key for i in answer.items] == new
    # a first registration the title prints "lần đầu" stays that row
    answer = assistant.ask("dang ky thue lan dau", TODAY, "tuyen-quang")
    assert answer.intent == "service"
    assert "lần đầu" in assistant.catalogue.rows[answer.items[0].key].title
