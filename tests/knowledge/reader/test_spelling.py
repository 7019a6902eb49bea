"""Words typed in a dialect's spelling, read as the documents print them where their wording says
so. Phrasings written for these tests."""

from __future__ import annotations

import datetime as dt

from knowledge.language.text import telex_marked, tokenize
from knowledge.reader.spelling import Printed, regional, respelled, untelexed

PRINTED = Printed(["Đăng ký thường trú", "Khai thác thủy sản", "Tổ chức dịch vụ công trực tuyến"])
COMPOUNDS = frozenset(PRINTED.pairs) | {("chi", "phi")}


def read(question: str) -> list[str]:
    return [t.raw for t in respelled(tokenize(question), PRINTED)]


def test_a_confused_initial_is_read_where_the_pair_is_printed():
    assert read("đăng ký thường chú") == ["đăng", "ký", "thường", "trú"]
    assert read("khai thác thủy xản") == ["khai", "thác", "thủy", "sản"]


def test_a_real_word_is_not_respelled_into_wording_with_other_marks():
    # "công chức" is a word of its own: "trực" is printed with a dot below, not an acute
    assert read("dự tuyển công chức") == ["dự", "tuyển", "công", "chức"]
    # without marks, a word the documents print ("chức" of "tổ chức") stays as typed
    assert read("cong chuc") == ["cong", "chuc"]


def test_without_a_printed_neighbour_nothing_changes():
    assert read("chú ý nhé") == ["chú", "ý", "nhé"]


def regional_folds(question: str) -> list[str]:
    return [t.fold for t in regional(tokenize(question), COMPOUNDS)]


def test_the_central_function_words_where_a_function_word_stands():
    assert regional_folds("tuần ni có hạn chi không") == [
        "tuan",
        "nay",
        "co",
        "han",
        "gi",
        "khong",
    ]
    assert regional_folds("nộp ở mô") == ["nop", "o", "nao"]


def test_not_inside_printed_wording_nor_before_a_word_of_content():
    assert regional_folds("chi phí mai táng") == ["chi", "phi", "mai", "tang"]
    # unmarked "mo" is "mổ" as often as "mô"
    assert regional_folds("giet mo gia suc") == ["giet", "mo", "gia", "suc"]
    assert regional_folds("nộp ở mo") == ["nop", "o", "mo"]


def test_through_the_reader(assistant):
    today = dt.date(2021, 6, 2)
    answer = assistant.ask("đăng ký tạm chú trên mạng", today)
    assert answer.intent == "service" and answer.items[0].key == "406-4"
    answer = assistant.ask("tháng ni có hạn chi rứa", today)
    assert answer.intent == "deadline"
    assert all(dt.date(2021, 6, 1) <= i.deadline <= dt.date(2021, 6, 30) for i in answer.items)


def test_a_closing_i_is_read_as_y_only_as_a_syllables_one_vowel():
    from knowledge.reader.spelling import repaired

    vocabulary = frozenset({"dang", "ky", "hay", "tay", "han"})
    folds = [t.fold for t in repaired(tokenize("đăng kí hai tai"), vocabulary)]
    assert folds == ["dang", "ky", "hai", "tai"]  # "hai" (two) is no "hay"


def test_a_closing_letter_typed_twice_is_the_known_word():
    from knowledge.reader.spelling import repaired

    vocabulary = frozenset({"qua", "han", "thu", "tuc"})
    typed = repaired(tokenize("quá hạnn thủ tụcc"), vocabulary)
    assert [t.fold for t in typed] == ["qua", "han", "thu", "tuc"]
    assert typed[1].raw == "hạn"
    # without the shorter word in the documents, or typed without marks (an abbreviation:
    # "sonn" is Sở NN), the word stays as typed
    assert [t.fold for t in repaired(tokenize("hạnn"), frozenset({"ha"}))] == ["hann"]
    assert [t.fold for t in repaired(tokenize("sonn"), frozenset({"son"}))] == ["sonn"]


def test_telex_left_overs_in_a_line_are_read_back_to_known_words():
    known = frozenset({"dang", "kiem", "thu", "xong", "roi", "cho"})
    # with the marks the keys stand for: a note says what was meant ("chờ", not "cho")
    assert untelexed("406-22 ddang kieemr thuw", known) == "406-22 đang kiểm thư"
    assert untelexed("406-11 xong rooif, chowf Bộ", known) == "406-11 xong rồi, chờ Bộ"
    # a known word, a marked one, a shorthand or a word no Telex undoing makes known: as typed
    assert untelexed("Đang kiểm thử gpxd sxd email", known) == "Đang kiểm thử gpxd sxd email"


def test_telex_keys_are_read_as_the_marks_they_stand_for():
    typed = ["ddang", "kieemr", "rooif", "vuongw", "macws", "dduowcj", "guiwr", "quyeets"]
    assert [telex_marked(w) for w in typed] == [
        "đang", "kiểm", "rồi", "vương", "mắc", "được", "gửi", "quyết",
    ]  # fmt: skip
