"""ux32 #3: words saying a file was filed under the wrong month, and the month it belongs to."""

from __future__ import annotations

import pytest

from knowledge.reader.misfiled import Misfiled, misfiled


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("em gui nham bc thang 5 roi, do la bc thang 4", Misfiled((4, None), (5, None))),
        ("Em gửi nhầm báo cáo tháng 5, là của tháng 4 ạ", Misfiled((4, None), (5, None))),
        ("nộp nhầm kỳ, là của tháng 4", Misfiled((4, None))),
        ("tệp tháng 5 là của tháng 4/2021", Misfiled((4, 2021), (5, None))),
        ("gửi nhầm file T5 sang T4", Misfiled((4, None), (5, None))),
    ],
)
def test_a_misfiled_month_and_the_one_it_belongs_to(text, said):
    assert misfiled(text) == said


@pytest.mark.parametrize(
    "text",
    [
        "nộp nhầm tháng 5",  # which month it belongs to is not said
        "bc thang 4 da gui qua mail roi a",  # no error, nothing it belongs to
        "tháng 5 có gì đến hạn",
        "nham file, gui lai",  # no month: how to resend, read elsewhere
        "/capnhat tq-2021-04-25 tháng 4/2021 đã nộp",
        "406-11 vuong mac",
    ],
)
def test_words_that_say_no_such_thing(text):
    assert misfiled(text) is None
