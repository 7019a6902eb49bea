"""A question that ends on a thing of its own — a compound no title prints, after wording it
shares with a row — asks about another service of that kind, not the row: "not in the
catalogue", never the row said as sure (knowledge/reader/substitution.py `substituted`)."""

from __future__ import annotations

import datetime as dt

from knowledge.language.text import tokenize
from knowledge.reader.evidence import strays, telling, unexplained
from knowledge.reader.substitution import substituted

TODAY = dt.date(2021, 4, 13)


def ask(assistant, question):
    return assistant.ask(question, TODAY, "tuyen-quang")


def test_a_trade_after_the_rows_business_words_is_another_service(assistant):
    # 406-37 prints "hộ kinh doanh | và | đăng ký thuế": past the conjunction it goes on with
    # its own wording, where the question puts a trade no title names
    for question in ("kinh doanh dịch vụ cầm đồ", "giấy phép kinh doanh karaoke vũ trường"):
        answer = ask(assistant, question)
        assert answer.intent == "absent", (question, answer.text)
    for question in ("đăng ký thành lập hộ kinh doanh", "hộ kinh doanh đăng ký thuế hạn nào"):
        answer = ask(assistant, question)
        assert answer.intent == "service" and answer.items[0].key == "406-37", question


def test_a_catalogue_word_before_a_word_no_title_knows_ends_on_another_thing(assistant):
    # "vận tải | hành khách": the licence row prints "vận tải" only in "do ngành giao thông
    # vận tải cấp"; the question ends on passengers
    for question in ("cấp giấy phép vận tải hành khách", "đăng ký dự thi tuyển công chức"):
        answer = ask(assistant, question)
        assert answer.intent == "absent", (question, answer.text)
    answer = ask(assistant, "đổi giấy phép lái xe do ngành giao thông vận tải cấp")
    assert answer.intent == "service" and answer.items[0].key == "406-22"
    answer = ask(assistant, "đăng ký dự thi tốt nghiệp thpt")
    assert answer.intent == "service" and answer.items[0].key == "406-16"


def test_the_thing_is_what_the_question_ends_on(assistant):
    # a reworded verb before the row's own thing is the row in other words: offered
    answer = ask(assistant, "xin giấy phép đánh bắt thủy sản online")
    assert answer.intent == "service" and not answer.sure, answer.text
    # circumstances after the row's own compound ("nhà ở" is no "nhà | ở"): the row
    answer = ask(assistant, "xin giấy phép xây nhà hai tầng ở quê")
    assert answer.intent == "service" and answer.items[0].key == "406-14", answer.text


def test_a_half_the_row_does_not_explain_is_not_shared(assistant):
    # "bằng" of 406-36's "văn bằng" typed alone: the words after it replace nothing shared
    matcher = assistant.matcher
    words = matcher.words(tokenize("huỷ bỏ hiệu lực bằng độc quyền sáng chế"))
    left = unexplained(matcher, "406-36", strays(matcher, words, telling(matcher, words)))
    assert substituted(matcher, "406-36", words, left) is None
    words = matcher.words(tokenize("kinh doanh cầm đồ"))
    left = unexplained(matcher, "406-37", strays(matcher, words, telling(matcher, words)))
    assert substituted(matcher, "406-37", words, left) == "another"


def test_a_word_the_row_prints_only_in_another_compound_fills_no_slot_of_it(assistant):
    # "chứng chỉ hành nghề | lương y" against 406-55's "… hành nghề | lĩnh vực thú y": the "y"
    # of "thú y" is no phrase of the question, which names another practice
    answer = ask(assistant, "chứng chỉ hành nghề lương y")
    assert answer.intent == "absent", answer.text
    for question in ("chứng chỉ hành nghề thú y", "cấp lại chứng chỉ hành nghề bảo vệ thực vật"):
        answer = ask(assistant, question)
        assert answer.intent == "service" and answer.items[0].key == "406-55", question
    # a slip and a word of the row's own list after its compound are the row's, not a slot
    answer = ask(assistant, "trợ cấp xã hội hàng tháng khi chuyển nơi cư trú sang huyện khác")
    assert answer.intent == "service" and answer.items[0].key == "406-29", answer.text


def test_a_row_that_explains_only_what_a_preposition_opens_is_another_service(assistant):
    # the service comes first: "miễn giảm thuế tndn | cho | dự án đầu tư" is about a tax, the
    # investment project only what it is for (406-53 provides information about projects)
    answer = ask(assistant, "miễn giảm thuế tndn cho dự án đầu tư")
    assert answer.intent == "absent", answer.text
    answer = ask(assistant, "cung cấp thông tin về dự án đầu tư")
    assert answer.intent == "service" and answer.items[0].key == "406-53"
    # a head the row explains, or words every question opens with, are no head of its own
    answer = ask(assistant, "hướng dẫn thủ tục cho đăng ký khai sinh")
    assert answer.intent == "service" and answer.items[0].key == "411-12", answer.text
