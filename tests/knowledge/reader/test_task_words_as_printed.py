"""A published task's words are read as the letter prints them: the names of agencies and
provinces ("Sở", "Khánh Hòa") say who, not what, but a task's "số hóa" is no name and is
evidence for the task ("báo cáo số hóa nộp khi nào" was a 411 row about labour reports)."""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.reader.ask import Assistant
from tests.letterkit import published

SLUG = "tuyen-quang"
LETTER = """UBND TỈNH TUYÊN QUANG
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 702/STTTT-CNTT
V/v báo cáo kết quả số hóa hồ sơ thủ tục hành chính
Tuyên Quang, ngày 04 tháng 10 năm 2021
Kính gửi: Sở Y tế; Sở Tư pháp.
Đề nghị Sở Y tế, Sở Tư pháp thống kê hồ sơ thủ tục hành chính đã được số hóa trong quý III, lập
báo cáo tình hình số hóa gửi về Sở Thông tin và Truyền thông trước ngày 25/10/2021.
"""


@pytest.fixture(scope="module")
def reader(catalogue):
    with_letter, draft = published(catalogue, SLUG, LETTER, "cv702.txt")
    assert len(draft.tasks) == 1
    return Assistant(with_letter)


@pytest.mark.parametrize(
    "question", ["báo cáo số hóa nộp khi nào", "bên em phải gửi báo cáo số hóa hồ sơ hạn nào"]
)
def test_a_tasks_words_that_a_name_also_prints_folded_name_the_task(reader, question):
    answer = reader.ask(question, date(2021, 10, 11), SLUG, "Sở Y tế", {})
    assert answer.intent == "task"
    assert [t.task.due for t in answer.tasks][:1] == [date(2021, 10, 25)]
