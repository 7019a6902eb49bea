"""Readings earlier development sets found said as sure and wrong, each decided against the
catalogues (knowledge/data/catalogue_406.tsv, catalogue_411.tsv): a row, "not in the catalogue",
or a choice (`sure` false) — never another row said as sure."""

from __future__ import annotations

import datetime as dt

import pytest

TODAY = dt.date(2021, 4, 13)
DECLINED = ("absent", "unknown")


def ask(assistant, question):
    return assistant.ask(question, TODAY, "tuyen-quang")


@pytest.mark.parametrize(
    "question",
    [
        # no row is about poor households, pawnshops, traditional healers, passenger transport
        "hộ nghèo",
        "xác nhận hộ nghèo",
        "cầm đồ",
        "kinh doanh dịch vụ cầm đồ",
        "chứng chỉ hành nghề lương y",
        "cấp giấy phép vận tải hành khách",
    ],
)
def test_services_in_neither_catalogue_are_declined(assistant, question):
    answer = ask(assistant, question)
    assert answer.intent in DECLINED, (question, answer.text)


@pytest.mark.parametrize(
    "question",
    [
        # barcodes: 411-5 and 406-18 print "mã số" (of social insurance), not "mã vạch"
        "mã số mã vạch",
        # a parking fee: "phí" and "xe gắn máy", which 411-11 and 406-21 share
        "phí gửi xe máy",
        # radio frequencies: "cấp phép" and "điện", which 411-7 and 411-8 share
        "cấp phép sử dụng tần số vô tuyến điện",
    ],
)
def test_words_two_rows_share_are_never_one_row_said_as_sure(assistant, question):
    answer = ask(assistant, question)
    assert answer.intent in DECLINED or not answer.sure, (question, answer.text)


@pytest.mark.parametrize(
    ("question", "key"),
    [
        ("đóng tiền học kỳ", "406-49"),  # Thanh toán học phí, not 406-16's "kỳ thi"
        ("báo tử", "406-8"),  # Liên thông đăng ký khai tử - Xóa đăng ký thường trú …
        ("cắt khẩu", "406-8"),
        # the yearly settlement of personal income tax is filed as a declaration: 406-40
        # "Kê khai thuế cá nhân", not 406-43 "Nộp thuế, lệ phí trước bạ"
        ("em muốn quyết toán thuế thu nhập cá nhân năm nay", "406-40"),
    ],
)
def test_everyday_wording_reaches_its_row(assistant, question, key):
    answer = ask(assistant, question)
    assert answer.intent == "service" and answer.items[0].key == key, (question, answer.text)
