"""What the row names and the question names in its place (knowledge/reader/row_things.py):
a thing of the question's own after the words it shares with a row is another service ("not
in the catalogue"); a row's own qualifier left out between two words the question types side
by side, or a compound of the question's own inside the row's wording, makes the row offered,
not said as sure. Phrasings written for these tests, not taken from any set."""

from __future__ import annotations

import datetime as dt

TODAY = dt.date(2021, 4, 13)


def ask(assistant, question):
    return assistant.ask(question, TODAY, "tuyen-quang")


def test_a_thing_another_title_prints_after_the_shared_words_is_another_service(assistant):
    # "xây dựng | công trình" is 411-7's wording; the house-building row goes on "| nhà ở"
    answer = ask(assistant, "cấp giấy phép xây dựng công trình ngầm")
    assert answer.intent == "absent", answer.text


def test_a_thing_of_words_no_title_prints_after_the_shared_words_is_another_service(assistant):
    # "cấp thẻ | căn cước công dân" against "cấp thẻ | <a profession of its own>"
    answer = ask(assistant, "cấp thẻ nhận dạng công chức hạn khi nào")
    assert answer.intent == "absent", answer.text


def test_the_rows_thing_in_the_questions_words_stays_the_row(assistant):
    for question, key in (
        ("giấy phép xây nhà 3 tầng ở quê", "406-14"),  # "xây | nhà": a word left out
        ("trợ cấp xã hội hàng tháng khi chuyển nơi cư trú sang huyện khác", "406-29"),
        ("cấp giấy phép xây dựng nhà ở riêng lẻ cho hộ gia đình", "406-14"),
    ):
        answer = ask(assistant, question)
        assert answer.intent == "service" and answer.items[0].key == key, (question, answer.text)


def test_a_rows_own_qualifier_left_out_is_offered(assistant):
    # 406-13 prints "Đăng ký | quốc tế | nhãn hiệu", and only it prints "quốc tế"
    answer = ask(assistant, "đăng ký nhãn hiệu hàng hóa")
    assert not (answer.intent == "service" and answer.sure), answer.text
    answer = ask(assistant, "đăng ký quốc tế nhãn hiệu")
    assert answer.intent == "service" and answer.sure and answer.items[0].key == "406-13"


def test_a_compound_of_its_own_inside_the_rows_wording_is_offered(assistant):
    # "đối tượng | <two words no title knows> | tự nguyện": which persons, the row does not say
    for question in (
        "tiếp nhận đối tượng cai nghiện tự nguyện vào cơ sở",
        "tiep nhan nguoi cai nghien tu nguyen",
    ):
        answer = ask(assistant, question)
        assert not (answer.intent == "service" and answer.sure), (question, answer.text)
    answer = ask(assistant, "tiếp nhận đối tượng tự nguyện vào cơ sở trợ giúp xã hội cấp huyện")
    assert answer.intent == "service" and answer.sure and answer.items[0].key == "406-26"


def test_a_word_the_row_prints_twice_typed_twice_is_the_rows_own_again(assistant):
    # 406-18 prints "hóa đơn tự in, đặt in": the second "in" is the row's, no second thing
    # (evidence.py `_again`); "mã số | mã vạch" types the row's "mã" once more than it prints it
    answer = ask(assistant, "đăng ký hóa đơn tự in, đặt in lên mức 4 hạn khi nào")
    assert answer.intent == "service" and answer.items[0].key == "406-18", answer.text
    answer = ask(assistant, "cấp mã số mã vạch cho doanh nghiệp")
    assert answer.intent == "absent", answer.text
