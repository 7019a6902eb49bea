"""Naming an agency as officers type it: marks that make a word another word, the name without
its level word, two of its words shortened. Phrasings written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.language.text import tokenize

TODAY = dt.date(2021, 4, 14)


def named(assistant, text):
    return [m.name for m in assistant.agencies.mentions(tokenize(text))]


def test_a_word_typed_with_marks_is_no_letter_of_an_abbreviation(assistant):
    # "cả tỉnh" is the whole province; "CA tỉnh", typed in capitals or without marks, the police
    assert named(assistant, "cả tỉnh có bao nhiêu mục") == []
    assert named(assistant, "CA tỉnh có bao nhiêu mục") == ["Công an tỉnh"]
    assert named(assistant, "ca tinh co bao nhieu muc") == ["Công an tỉnh"]
    # a name's own words keep their tolerance of slips, and "đ" stays an abbreviation's letter
    assert named(assistant, "sở tài nguyen") == ["Sở Tài nguyên và Môi trường"]
    assert named(assistant, "Sở LĐTBXH") == ["Sở Lao động, Thương binh và Xã hội"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("ban quản lý khu công nghiệp", "Ban Quản lý các Khu công nghiệp tỉnh"),
        ("ban quan ly cac khu cong nghiep", "Ban Quản lý các Khu công nghiệp tỉnh"),
        ("bảo hiểm xh tỉnh", "Bảo hiểm xã hội tỉnh"),
        ("văn phòng ubnd", "Văn phòng UBND tỉnh"),
        # two runs of words written as their initials, "các" dropped
        ("BQL khu CN tỉnh", "Ban Quản lý các Khu công nghiệp tỉnh"),
        ("ban QL các khu CN", "Ban Quản lý các Khu công nghiệp tỉnh"),
    ],
)
def test_a_name_without_its_level_word_or_with_two_words_shortened(assistant, text, name):
    assert named(assistant, text) == [name]


def test_the_whole_province_is_not_the_police(assistant):
    answer = assistant.ask("cả tỉnh quý này có những hạn nào", TODAY)
    assert (answer.intent, answer.agency) == ("deadline", None)


def test_a_unit_that_only_supports_is_told_what_it_supports(assistant):
    answer = assistant.ask("VNPT Tuyên Quang được giao việc gì", TODAY)
    assert (answer.intent, answer.agency) == ("agency", "Viễn thông Tuyên Quang")
    assert [(t.task.id, t.supports) for t in answer.tasks] == [("tq-2021-04-20", True)]
    assert "Phối hợp (không phải nộp)" in answer.text
    # a supporter is never late: the owners' date, past, is said so, not "quá hạn"
    later = assistant.ask("VNPT Tuyên Quang được giao việc gì", dt.date(2021, 5, 10))
    assert "hạn của đơn vị nộp: 20/4/2021 (đã qua)" in later.text
    assert "quá hạn" not in later.text


@pytest.mark.parametrize(
    "text",
    [
        "huyện Chiêm Hóa (UBND huyện) phải làm gì",
        "ubnd Chiem Hoa ubnd h co viec nao",
        "Huyện Chiêm Hóa UBND có việc gì",
    ],
)
def test_a_unit_named_again_by_its_kind_is_one_mention(assistant, text):
    # the kind repeated after the name, as in brackets, is the same unit, not service words
    mentions = assistant.agencies.mentions(tokenize(text))
    assert mentions[0].name == "UBND huyện Chiêm Hóa"
    answer = assistant.ask(text, dt.date(2021, 4, 13))
    assert (answer.intent, answer.agency) == ("agency", "UBND huyện Chiêm Hóa")


def test_a_city_named_with_its_committee_in_brackets_is_asked_for_its_part(assistant):
    answer = assistant.ask("Thành phố Tuyên Quang (UBND TP) có phần việc gì", dt.date(2021, 4, 13))
    assert (answer.intent, answer.agency) == ("agency", "UBND thành phố Tuyên Quang")


@pytest.mark.parametrize("text", ["viễn thông tỉnh phải làm gì", "ben vien thong co viec gi"])
def test_a_body_named_after_its_province_is_named_by_tinh_or_without_it(assistant, text):
    # "Viễn thông Tuyên Quang" as its province's officers say it: "Viễn thông tỉnh", "bên viễn
    # thông"; the same agency's list, never another's
    answer = assistant.ask(text, dt.date(2021, 4, 13))
    assert (answer.intent, answer.agency) == ("agency", "Viễn thông Tuyên Quang")
    assert named(assistant, "viễn thông tỉnh") == ["Viễn thông Tuyên Quang"]


def test_the_plan_in_the_askers_own_question_is_not_the_planning_department(assistant):
    # "kế hoạch" (the plan) is also the short name of Sở Kế hoạch và Đầu tư; beside "bên em"
    # the officer asks for their own list
    answer = assistant.ask(
        "bên em có nhiệm vụ gì trong kế hoạch", dt.date(2021, 4, 13), agency="Sở Y tế"
    )
    assert (answer.intent, answer.agency) == ("agency", "Sở Y tế")
    assert "406-22" in answer.text and "406-18" not in answer.text


@pytest.mark.parametrize(
    "text, name",
    [
        ("UB huyện cần làm gì", "UBND huyện"),
        ("ub huyen ham yen co muc nao", "UBND huyện Hàm Yên"),
        ("VP UB tỉnh có việc gì", "Văn phòng UBND tỉnh"),
    ],
)
def test_the_committee_shortened_to_ub_is_named(assistant, text, name):
    # officers shorten "UBND" further to "UB" ("Ủy ban"), as they write "UB huyện"
    assert named(assistant, text) == [name]
