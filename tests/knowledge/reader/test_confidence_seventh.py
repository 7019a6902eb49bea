"""Issue 20, round 16: a second thing of a row's kind, a short word typed with its marks, the
"đk" of "đăng ký" with its vowel, the province that set the dates beside "em", and an agency's
part of a row asked as one row. Phrasings written for these tests, not taken from any set."""

from __future__ import annotations

import datetime as dt

TODAY = dt.date(2021, 4, 13)


def ask(assistant, question, agency=None, today=TODAY):
    return assistant.ask(question, today, None, agency)


def test_a_short_word_typed_with_its_marks_is_a_word_of_its_own(assistant):
    # "gỗ" is in no title: a syllable of two letters typed with marks is a thing of its own,
    # put where the fisheries row prints its own ("khai thác | thủy sản"): another service
    answer = ask(assistant, "giấy phép khai thác gỗ tự nhiên có phải lên cổng không")
    assert answer.intent == "absent", answer.text
    # the row's own thing is still the row
    answer = ask(assistant, "giấy phép khai thác thủy sản có phải lên cổng không")
    assert answer.intent == "service" and answer.items[0].key == "406-38"


def test_a_rare_word_typed_again_with_a_partner_of_its_own_is_a_second_thing(assistant):
    # the row prints "mã số"; "mã số | mã vạch" types "mã" again with a word no title holds
    answer = ask(assistant, "cấp mã số mã vạch cho doanh nghiệp")
    assert answer.intent == "absent", answer.text
    # the row's "mã số" alone, with the unit it numbers, is still the row
    answer = ask(assistant, "cấp mã số đơn vị bhxh cho doanh nghiệp")
    assert answer.intent == "service" and answer.items[0].key in ("411-5", "406-18")


def test_dk_with_the_vowel_of_its_second_syllable_is_dang_ky(assistant):
    for question in ("dki thuong tru online han quy nao", "dky thường trú cho con hạn nào"):
        answer = ask(assistant, question)
        assert answer.intent == "service" and answer.items[0].key == "406-3", question


def test_the_province_that_set_the_dates_beside_em_is_not_the_subject(assistant):
    day = dt.date(2021, 10, 12)
    answer = ask(assistant, "em cần danh sách việc trễ so với hạn tỉnh giao", "Sở Y tế", day)
    assert answer.intent == "progress" and answer.agency == "Sở Y tế", answer.text
    # the whole province, said so, is still the province's
    answer = ask(assistant, "em xem toàn tỉnh còn gì trễ hạn", "Sở Y tế", day)
    assert answer.intent == "progress" and answer.agency is None, answer.text


def test_an_agencys_part_of_a_row_asked_as_one_row_is_that_row(assistant):
    # the province's table prints Sở Y tế's part of 406-22 in these words; "mục nào" without
    # "những" asks which row, not the agency's list
    question = "Sở Y tế: phần chia sẻ dữ liệu khám sức khỏe người lái xe thuộc mục nào"
    answer = ask(assistant, question)
    assert answer.intent == "service" and answer.items[0].key == "406-22", answer.text
    # asked for its rows, the agency's list still
    for question in ("Sở Y tế chủ trì những mục nào", "Sở Y tế có mục nào"):
        assert ask(assistant, question).intent == "agency", question
