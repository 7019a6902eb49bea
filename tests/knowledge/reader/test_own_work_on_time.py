"""Whether the asker's own unit sent something on time ("… của huyện em nộp đúng hạn chưa") asks
how far along its work is, with marks or without, never a row that prints the thing's noun
(411-6's "báo cáo 6 tháng"). Phrasings written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

SEPTEMBER = dt.date(2021, 9, 20)


@pytest.mark.parametrize(
    "question",
    [
        "báo cáo tháng 9 của huyện em nộp đúng hạn chưa",
        "bao cao thang 9 cua huyen em nop dung han chua",
    ],
)
def test_the_own_units_report_sent_on_time_is_its_progress(assistant, question):
    answer = assistant.ask(question, SEPTEMBER, agency="UBND huyện Hàm Yên")
    assert answer.intent == "progress", question
    assert answer.agency == "UBND huyện Hàm Yên"
    assert not any(item.key == "411-6" for item in answer.items)
