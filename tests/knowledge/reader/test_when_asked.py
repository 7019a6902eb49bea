"""Whether only a task's date is asked (knowledge.reader.when_asked): then its answer leaves the
steps and the dossier behind the task's code."""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.reader.ask import default_assistant
from knowledge.reader.when_asked import asks_when_only

TODAY = date(2021, 4, 13)


def _parsed(text: str):
    reader = default_assistant()
    return reader.parse(text, TODAY, reader.catalogue.province("tuyen-quang"))


@pytest.mark.parametrize(
    "text, when_only",
    [
        ("biểu 02 nộp khi nào", True),
        ("bieu 02 han bao gio a", True),
        ("phụ lục I hạn chót ngày nào", True),
        ("hồ sơ 20/4 nộp lúc nào", True),
        ("biểu 02 gồm những gì", False),  # what it holds
        ("biểu 02 nộp thế nào, hạn khi nào", False),  # how, beside when
        ("các bước làm hồ sơ 20/4 khi nào xong", False),
        ("biểu 02", False),  # nothing asked about time: the task in full
    ],
)
def test_only_the_date_asked(text, when_only):
    assert asks_when_only(_parsed(text)) is when_only


def test_a_date_question_leaves_steps_and_dossier_behind_the_code():
    reader = default_assistant()
    short = reader.ask("bieu 02 nop khi nao", TODAY, "tuyen-quang", "Sở Y tế").html
    full = reader.ask("biểu 02 gồm những gì", TODAY, "tuyen-quang", "Sở Y tế").html
    for html in (short, full):  # the date, the form and the unit's duty are in both
        assert "trước ngày 20/4/2021" in html and "còn 7 ngày" in html and "Biểu 02" in html
        assert "Sở Y tế: thuộc đối tượng phải thực hiện" in html
    assert "Bước 1" not in short and "Hồ sơ gồm" not in short
    assert "gõ <code>tq-2021-04-20</code> để xem đủ" in short
    assert "Bước 1" in full and "Hồ sơ gồm" in full and "để xem đủ" not in full


def test_whom_asked_opens_with_the_recipient_the_letter_names():
    reader = default_assistant()
    html = reader.ask("phu luc 2 gui ve dau", TODAY, "tuyen-quang", "Sở Y tế").html
    assert html.startswith("📮 Gửi về: <b>Sở Thông tin và Truyền thông</b>"), html
    assert "tq-2021-05-20" in html.split("\n")[0]
    assert "1.1." not in html  # whom only: the steps stay behind the code
    # asked what it holds, the card in full and no recipient line first
    html = reader.ask("phụ lục 2 gồm những gì", TODAY, "tuyen-quang", "Sở Y tế").html
    assert not html.startswith("📮")
