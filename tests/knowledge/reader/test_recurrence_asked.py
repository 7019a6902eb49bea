"""ux20 #5: the words that name a recurrence ("hằng tháng", "hàng quý", "mỗi năm", "bc tháng"
said alone, "định kỳ") and not a month ("bc tháng 11") nor a span ("báo cáo 6 tháng")."""

from __future__ import annotations

import pytest

from knowledge.language.text import tokenize
from knowledge.reader.recurrence_asked import ANY, fits, recurrence_named


@pytest.mark.parametrize(
    ("text", "every"),
    [
        ("báo cáo hằng tháng nộp khi nào", "month"),
        ("bao cao hang thang nop khi nao a", "month"),
        ("huyen em co phai nop bc thang ko", "month"),
        ("mỗi quý phải gửi gì", "quarter"),
        ("bc quý gửi ai", "quarter"),
        ("báo cáo hằng năm hạn bao giờ", "year"),
        ("bên em có báo cáo định kỳ nào không", ANY),
        ("bc tháng 11 nộp khi nào", None),
        ("báo cáo 6 tháng tình hình lao động", None),
        ("tháng 10 có gì đến hạn", None),
    ],
)
def test_the_recurrence_a_question_names(text, every):
    assert recurrence_named(tokenize(text)) == every


def test_any_recurrence_fits_every_period_and_a_named_one_its_own():
    assert fits(ANY, "quarter") and fits("month", "month") and not fits("month", "quarter")
