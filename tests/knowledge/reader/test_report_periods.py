"""ux20 #2: "báo cáo tháng M" names the report OF month M. A monthly report a letter sets "trước
ngày 10 của tháng tiếp theo", first for a named month, is due the month after the one it
reports: "bc tháng 11 nộp khi nào" asked in December is the November report (due 10/12, late),
never next year's; "bc tháng 10 … nộp chưa" is the one due 10/11. A period asked without a
report's word keeps what falls due in it. The letter is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.reader.ask import Assistant
from tests.letterkit import published

SLUG = "tuyen-quang"
LETTER = """UBND TỈNH TUYÊN QUANG
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 615/STTTT-BCVT
V/v báo cáo định kỳ số liệu chữ ký số chuyên dùng
Tuyên Quang, ngày 15 tháng 9 năm 2021
Kính gửi:
- Các Sở, ban, ngành;
- UBND các huyện, thành phố.

1. Các Sở, ban, ngành và UBND các huyện, thành phố
Định kỳ hằng tháng, trước ngày 10 của tháng tiếp theo, báo cáo số chứng thư số đã cấp và số văn
bản điện tử đã ký số (theo Mẫu số 05) gửi về Sở Thông tin và Truyền thông; kỳ báo cáo đầu tiên
là tháng 10/2021.
"""
DISTRICT = "UBND huyện Hàm Yên"


@pytest.fixture(scope="module")
def reader(catalogue):
    with_letter, draft = published(catalogue, SLUG, LETTER, "cv615.txt")
    assert [t.lag for t in draft.tasks] == [1]
    assert draft.tasks[0].recurrence.first == date(2021, 11, 10)
    # the recurrence keeps exactly its keys; the lag stands beside it
    shown = draft.tasks[0].to_json()
    assert set(shown["recurrence"]) == {"every", "day", "first"} and shown["lag"] == 1
    return Assistant(with_letter)


def dues(answer):
    return [v.due for v in answer.tasks]


@pytest.mark.parametrize(
    ("question", "today", "due"),
    [
        ("bc thang 11 nop khi nao", date(2021, 12, 27), date(2021, 12, 10)),
        ("bc thang 11 nop khi nao", date(2021, 11, 8), date(2021, 12, 10)),
        ("báo cáo tháng 10 hạn khi nào", date(2021, 10, 20), date(2021, 11, 10)),
        ("bc tháng 1 hạn bao giờ", date(2021, 12, 27), date(2022, 2, 10)),
    ],
)
def test_a_reports_month_is_the_occurrence_that_reports_it(reader, question, today, due):
    answer = reader.ask(question, today, SLUG, DISTRICT, {})
    assert answer.intent == "task" and dues(answer) == [due], answer.text


def test_where_the_unit_stands_on_the_report_of_the_month_asked(reader):
    answer = reader.ask("bc thang 10 ben em nop chua", date(2021, 11, 12), SLUG, DISTRICT, {})
    assert dues(answer) == [date(2021, 11, 10)], answer.text
    assert "UBND huyện Hàm Yên: ❗ chưa nộp, quá hạn" in answer.text, answer.text
    answer = reader.ask("bc thang 11 ben em nop chua", date(2021, 12, 27), SLUG, DISTRICT, {})
    assert dues(answer) == [date(2021, 12, 10)], answer.text


def test_a_period_asked_without_a_reports_word_is_what_falls_due_in_it(reader):
    province = reader.catalogue.province(SLUG)
    tokens = reader.parse("tháng 11 bên em phải gửi gì", date(2021, 11, 1), province)
    assert [p.period.reported for p in tokens.periods] == [False]
    marked = reader.parse("ai chưa nộp báo cáo tháng 10", date(2021, 11, 10), province)
    assert [(p.period.reported, p.period.start) for p in marked.periods] == [
        (True, date(2021, 10, 1))
    ]
