"""Letters named by their date, sender, addressee or as the newest (knowledge/reader/
letters_named.py): only with a letter's word, never with a row, a task or a letter's number named;
a letter printed with its month only is dated in that month, and is no newer than a day in it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from knowledge.letters.sources import TrackedLetter, tracked_letters
from knowledge.reader.letters_named import dated, letters_named

TODAY = date(2021, 5, 20)


@pytest.fixture(scope="module")
def reader(catalogue, assistant):
    province = catalogue.province("tuyen-quang")
    seeds = tracked_letters(catalogue, province)
    # a letter published in chat, dated on a day of the month a seed prints alone
    day = replace(
        seeds[1],
        key="cv-1",
        title="Công văn số 777/STTTT-CNTT ngày 10/5/2021 của Sở "
        "Thông tin và Truyền thông (cv777.txt)",
        number="777/STTTT-CNTT",
        seed=False,
    )
    return assistant, province, [*seeds, day]


def _keys(reader, question: str) -> list[str] | None:
    assistant, province, letters = reader
    found = letters_named(assistant.parse(question, TODAY, province), letters, province)
    return None if found is None else [x.key for x in found.letters]


def test_the_month_and_the_sender_name_the_seed_letter_of_april(reader):
    assert _keys(reader, "van ban thang 4 cua so tttt") == ["000_db91aa521f843c23.txt"]
    # the newest: the day printed, not the seed of the same month dated by the month alone
    assert _keys(reader, "công văn mới nhất") == ["cv-1"]
    assert _keys(reader, "vb thang 5") == ["cv-1", "003_f1bc9fe4c977d5d1.txt"]
    assert _keys(reader, "công văn tháng 7") == []  # said so by the answer, with the list


def test_no_letter_word_or_a_number_or_nothing_that_tells_letters_apart_is_another_question(
    reader,
):
    for question in ("tháng 5 có gì đến hạn", "cv 777", "cong van so hoa yeu cau nop gi"):
        assert _keys(reader, question) is None, question


def test_a_unit_that_sent_no_letter_names_those_addressed_to_it(reader):
    assert _keys(reader, "van ban gui ubnd huyen ham yen") == [
        "cv-1",
        "003_f1bc9fe4c977d5d1.txt",
        "000_db91aa521f843c23.txt",
    ]


def test_a_letter_is_dated_by_its_day_else_by_its_month():
    day = TrackedLetter("a", "Công văn số 1/X ngày 10/5/2021 của Sở Y tế", "1/X", False, ())
    month = TrackedLetter("b", "Văn bản số .../X (tháng 12/2021) của Sở Y tế", None, True, ())
    assert dated(day) == (date(2021, 5, 10), date(2021, 5, 10))
    assert dated(month) == (date(2021, 12, 1), date(2021, 12, 31))
    assert dated(TrackedLetter("c", "Quyết định", None, True, ())) is None


def test_letters_read_from_or_work_late_under_them_is_another_question(reader):
    for question in (
        "Theo các văn bản của Sở TT&TT, Sở Y tế phải chủ trì những dịch vụ nào ạ?",
        "Đơn vị chúng tôi có trễ văn bản nào của Sở TT&TT không ạ?",
        "công văn tháng 5 bên em còn chưa nộp gì",
    ):
        assert _keys(reader, question) is None, question


def test_a_new_letter_asked_for_is_the_newest_and_a_letter_inviting_is_not(reader):
    # ux37 #11: "mới" after the letter's word, with only asking talk after it, is "mới nhất"
    for question in ("co cv moi a?", "có công văn nào mới không", "co vb moi ko"):
        assert _keys(reader, question) == ["cv-1"], question
    # "chưa" closing the question is asked as "không" is: no letter's work left unsent
    for question in ("có cv mới chưa", "đã có văn bản nào mới chưa ạ"):
        assert _keys(reader, question) == ["cv-1"], question
    for question in ("cv moi hop", "công văn mới gửi hạn khi nào"):
        assert _keys(reader, question) is None, question
