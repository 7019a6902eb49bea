"""A form asked what it is (knowledge/reader/form_asked.py): explained by its title and columns,
with its task and how to get and send it — not the task's card again."""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.reader.ask import default_assistant
from knowledge.reader.form_asked import form_asked

TODAY = date(2021, 4, 13)


def _asked(text: str):
    reader = default_assistant()
    prov = reader.catalogue.province("tuyen-quang")
    form = form_asked(reader.parse(text, TODAY, prov), prov)
    return form.code if form else None


@pytest.mark.parametrize(
    "text, code",
    [
        ("pl1 la gi the", "pl1"),
        ("biểu số 02 là gì", "bieu02"),
        ("phụ lục 3 gồm những cột nào", "pl3"),
        ("phu luc IV dien gi", "pl4"),
        ("phụ lục là gì", None),  # which of the four is not said
        ("pl2 nộp khi nào", None),  # its date is asked: the task's answer
        ("biểu 02", None),
    ],
)
def test_the_form_asked_of(text, code):
    assert _asked(text) == code


def test_a_form_asked_what_it_is_is_explained_not_its_task_card():
    answer = default_assistant().ask("pl1 la gi the", TODAY, "tuyen-quang", "Sở Y tế")
    assert answer.intent == "task" and [v.task.id for v in answer.tasks] == ["tq-2021-05-20"]
    html = answer.html
    assert html.startswith("📄 <b>Phụ lục I</b>: Tổng số TTHC đang triển khai DVCTT")
    assert "Mỗi cấp (cấp tỉnh, cấp huyện, cấp xã) một dòng: Tổng số TTHC, Mức độ 2" in html
    assert "hạn 20/5/2021 (còn 37 ngày)" in html and "/nop pl1" in html
    assert "1.1." not in html  # the task's steps are one code away, not repeated
    bieu = default_assistant().ask("biểu số 02 là gì", TODAY, "tuyen-quang", "Sở Y tế").html
    assert "Mỗi dịch vụ một dòng, các cột: Tên dịch vụ công/TTHC; Mức 3; Mức 4" in bieu
    assert "tq-2021-04-20" in bieu and "Bước 1" not in bieu
