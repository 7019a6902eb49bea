"""Shorthand read off the titles (knowledge/reader/initials.py): a typed word of consonants only
is the one run of whole title compounds with those initials."""

from __future__ import annotations

import datetime as dt

from knowledge.language.text import tokenize
from knowledge.reader.initials import initials_table, slash_readings, spell_initials


def test_the_table_holds_runs_of_whole_compounds_only():
    titles = [
        "dang ky ke hoach bao ve moi truong".split(),
        "bao ve thuc vat".split(),
        "tai nguyen va moi truong".split(),
        "doanh nghiep tu nhan".split(),
    ]
    table = initials_table(titles)
    assert table["bvmt"] == ("bao", "ve", "moi", "truong")
    # "nghiệp tư nhân" starts inside "doanh nghiệp", and "tư nhân" is in one place only
    assert "ntn" not in table
    # a word with a vowel is a syllable, never a shorthand
    tokens, spelled = spell_initials(tokenize("bvmt ban"), set(), table)
    assert [t.fold for t in tokens] == ["bao", "ve", "moi", "truong", "ban"]
    assert spelled == {0, 1, 2, 3}


def test_a_shorthand_of_a_title_names_its_row(assistant):
    answer = assistant.ask("dk ke hoach bvmt cho nha may", dt.date(2021, 4, 13), "tuyen-quang")
    assert answer.intent == "service" and answer.items[0].key == "406-19", answer.text
    # chat shorthand no title spells ("ntn", "sdt") stays what it was
    assert "ntn" not in assistant.matcher.initials and "sdt" not in assistant.matcher.initials


def test_a_titles_alternatives_are_read_each_way_for_the_shorthand():
    assert slash_readings("Cấp chứng chỉ/thẻ hành nghề thú y") == [
        "Cấp chứng chỉ hành nghề thú y",
        "Cấp chứng thẻ hành nghề thú y",
    ]
    assert slash_readings("Đăng ký thường trú") == []


def test_cchn_is_the_shorthand_of_a_run_printed_with_an_alternative(assistant):
    answer = assistant.ask("cchn thú y cấp lại hạn nào", dt.date(2021, 6, 1), "tuyen-quang")
    assert answer.intent == "service" and answer.items[0].key == "406-55"
