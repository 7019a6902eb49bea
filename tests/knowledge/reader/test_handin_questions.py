"""Who has sent what, asked in words (knowledge.reader.handin_questions)."""

from __future__ import annotations

import pytest

from knowledge.reader.handin_questions import asks_handins, asks_own, only_handin_words


@pytest.mark.parametrize(
    "text",
    [
        "ai chua nop bieu 02",
        "Sở Tư pháp gửi hồ sơ chưa",
        "nhắc các đơn vị chưa nộp",
        "tinh hinh nop phu luc",
        "những đơn vị nào đã gửi báo cáo",
        "bao nhiêu đơn vị đã nộp",
        "don vi minh nop chua a",
        "tinh hinh nop ho so 20/4 the nao",  # how it stands, not how to send
    ],
)
def test_who_has_sent_is_asked(text):
    assert asks_handins(text)


@pytest.mark.parametrize(
    "text",
    [
        "bieu 02 nop khi nao",  # when: the task
        "phải nộp những gì",  # what: the task
        "hạn nộp phụ lục",
        "nộp ở đâu",
        "nop theo mau nao",
        "nop ho so the nao",  # how to send
        "gpxd xong chua",  # no sending
        "/nopbai tinh",
    ],
)
def test_what_or_when_to_send_is_not(text):
    assert not asks_handins(text)


def test_the_own_unit_is_said_in_the_first_person():
    assert asks_own("đơn vị mình nộp chưa") and not asks_own("Sở Y tế nộp chưa")


@pytest.mark.parametrize(
    "text, only",
    [
        ("ai chưa nộp hồ sơ", True),
        ("Sở Y tế gửi báo cáo chưa", True),
        ("so y te gui bc chua", True),  # "bc": báo cáo, the reviewed synonyms
        ("tình hình nộp toàn tỉnh 20/4", True),
        ("nộp thuế môn bài online chưa", False),
        ("ai là người nộp hồ sơ cấp phép xây dựng", False),
    ],
)
def test_only_talk_of_sending_and_units_is_a_handin_question(text, only):
    from knowledge.reader.ask import default_assistant

    assert only_handin_words(text, default_assistant().agencies) is only


def test_a_period_named_is_handin_talk_when_the_reader_found_it():
    """ "Sở Y tế nộp báo cáo tháng 8 chưa": the month says which document, no service's words."""
    from datetime import date

    from knowledge.reader.ask import default_assistant

    reader = default_assistant()
    text = "so y te nop bao cao thang 8 chua"
    assert not only_handin_words(text, reader.agencies)  # "tháng 8" alone is no handin talk
    province = reader.catalogue.province("tuyen-quang")
    parsed = reader.parse(text, date(2021, 8, 10), province)
    spans = {i for p in parsed.periods for i in range(p.start, p.end)}
    assert spans and only_handin_words(text, reader.agencies, parsed.tokens, spans)


@pytest.mark.parametrize(
    "text",
    ["ai con cham bieu 02", "đơn vị nào quá hạn phụ lục", "bên nào chưa nộp"],
)
def test_who_is_late_with_a_document_is_who_has_not_sent_it(text):
    """Late words stand for the act; the caller keeps the reading only where a task is named
    (usecases/handins.py): "bên nào còn chậm" alone asks the late rows too."""
    assert asks_handins(text)


def test_to_whom_is_no_question_of_who_has_sent():
    # "nộp cho ai": whom the document goes to, the task's own question (ux26 #7)
    assert not asks_handins("phu luc 2 nop cho ai")
    assert not asks_handins("biểu 02 gửi ai nhận")
    assert asks_handins("ai chưa nộp phụ lục 2")
