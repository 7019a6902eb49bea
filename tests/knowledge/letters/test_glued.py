"""Words a scan glued where it lost a space, given back apart (knowledge/letters/glued.py)."""

from __future__ import annotations

from knowledge.letters.glued import unglued


def test_two_syllables_the_genre_writes_apart_come_apart():
    assert unglued("gửivề Sở Y tế trướcngày 20/5/2023") == "gửi về Sở Y tế trước ngày 20/5/2023"


def test_three_glued_syllables_come_apart():
    assert unglued("Định kỳhằngtháng") == "Định kỳ hằng tháng"


def test_words_codes_and_names_are_left_as_printed():
    text = "Số: 12/STTTT-CNTT, tài khoản VNeID, thư điện tử qua Zalo, Nghiêng"
    assert unglued(text) == text


def test_a_word_a_lines_end_cut_without_a_hyphen_is_whole_again():
    text = "cung cấp dịch vụ công trực tu\nyến toàn trình"
    assert unglued(text) == "cung cấp dịch vụ công trực tuyến\ntoàn trình"


def test_two_words_a_line_ends_between_stay_two():
    # "gửi" / "về": each a word the genre prints after the one before it
    text = "báo cáo kết quả gửi\nvề Sở Y tế"
    assert unglued(text) == text
