"""ux20 #2: "báo cáo tháng M" names the report OF month M. A monthly report a letter sets "trước
ngày 10 của tháng tiếp theo", first for a named month, is due the month after the one it
reports: "bc tháng 11 nộp khi nào" asked in December is the November report (due 10/12, late),
never next year's; "bc tháng 10 … nộp chưa" is the one due 10/11. A period asked without a
report's word keeps what falls due in it. The letter is written for these tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from knowledge.reader.ask import Assistant
from knowledge.reader.periods import Period
from knowledge.reader.report_periods import occurrences_in, span_kind
from knowledge.render.letter_text import published_when
from knowledge.rules.standing import Mark
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
def letter(catalogue):
    return published(catalogue, SLUG, LETTER, "cv615.txt")


def test_the_review_says_which_period_the_first_occurrence_reports(letter):
    _, draft = letter
    assert "lần đầu 10/11/2021: báo cáo tháng 10/2021" in published_when(draft.tasks[0])


@pytest.fixture(scope="module")
def reader(letter):
    with_letter, draft = letter
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


@pytest.mark.parametrize(
    "question",
    ["à nhầm, đây là bc tháng 10 gửi muộn ạ", "bc tháng 10 gửi qua đâu, qua bot được không"],
)
def test_a_month_after_tháng_is_the_report_the_unit_owes_not_a_count_of_months(reader, question):
    # ux37 #6: talk beside "bc tháng 10" read it as 411-6, which prints "báo cáo 6 tháng"
    answer = reader.ask(question, date(2021, 11, 12), SLUG, DISTRICT, {})
    assert answer.intent == "task" and dues(answer) == [date(2021, 11, 10)], answer.text
    assert "411-6" not in answer.text and "Mẫu số 05" in answer.text, answer.text
    # a row found on words of its own stays, and a unit owing no report has no month's report
    answer = reader.ask(
        "bc tháng 10 về cấp giấy phép xây dựng", date(2021, 11, 12), SLUG, DISTRICT
    )
    assert "406-14" in [v.key for v in answer.items], answer.text
    answer = reader.ask(question, date(2021, 11, 12), SLUG, "Công an tỉnh", {})
    assert "Mẫu số 05" not in answer.text, answer.text


def test_a_period_asked_without_a_reports_word_is_what_falls_due_in_it(reader):
    province = reader.catalogue.province(SLUG)
    tokens = reader.parse("tháng 11 bên em phải gửi gì", date(2021, 11, 1), province)
    assert [p.period.reported for p in tokens.periods] == [False]
    marked = reader.parse("ai chưa nộp báo cáo tháng 10", date(2021, 11, 10), province)
    assert [(p.period.reported, p.period.start) for p in marked.periods] == [
        (True, date(2021, 10, 1))
    ]


HEALTH = "Sở Y tế"


@pytest.mark.parametrize(
    ("question", "agency"),
    [
        ("huyen em co phai nop bc thang ko", DISTRICT),  # ux20 #5: not 411-6 "báo cáo 6 tháng"
        ("bao cao hang thang nop khi nao a", HEALTH),  # not the May Phụ lục, a one-off task
        ("bên em có phải gửi báo cáo định kỳ không", DISTRICT),
    ],
)
def test_a_recurrence_asked_is_the_recurring_task_the_unit_owes(reader, question, agency):
    answer = reader.ask(question, date(2021, 9, 20), SLUG, agency, {})
    assert answer.intent == "task" and answer.sure, answer.text
    assert [t.task.recurring for t in answer.tasks] == [True], answer.text
    assert "411-6" not in answer.text
    # its form and its next occurrence, named by the period it reports
    assert "Mẫu số 05" in answer.text and "10/11/2021" in answer.text, answer.text
    assert "kỳ tháng 10/2021" in answer.text, answer.text
    assert f"{agency}: thuộc đối tượng phải thực hiện" in answer.text


def test_a_quarter_lists_a_row_once_with_both_dates_and_each_report_by_its_period(reader):
    # ux20 #9: the province's 30/11 and the decision's 31/12, said as /tiendo says them
    answer = reader.ask("quy 4 co gi den han", date(2021, 12, 27), SLUG, None, {})
    lines = [ln for ln in answer.text.splitlines() if ln.startswith("• 406-53 ")]
    assert len(lines) == 1, answer.text
    assert "hạn 30/11/2021 (quá hạn 27 ngày); hạn QĐ 406: 31/12/2021 (còn 4 ngày)" in lines[0]
    reports = [ln for ln in answer.text.splitlines() if ln.startswith("• 📌 ")]
    assert len(reports) == 2, answer.text  # due 10/11 (October's, the first) and 10/12
    periods = ("kỳ tháng 10/2021", "kỳ tháng 11/2021")
    assert all(p in line for p, line in zip(periods, reports, strict=True)), reports


def test_when_a_months_report_is_due_says_where_the_unit_stands_on_it(reader):
    # "late if unsent": November's, asked in December, as the unit's own occurrence
    today = date(2021, 12, 27)
    monthly = next(t for t in reader.catalogue.province(SLUG).tasks if t.recurring)
    asked = reader.understand("bc thang 11 nop khi nao", today, SLUG, DISTRICT)
    assert asked.needs_statuses
    answer = reader.answer(asked, {})
    assert f"{DISTRICT}: thuộc đối tượng phải thực hiện — ❗ chưa nộp, quá hạn." in answer.text
    sent = {(monthly.key_of(date(2021, 12, 10)), DISTRICT): Mark("hoan_thanh", date(2021, 12, 8))}
    answer = reader.answer(asked, sent)
    assert f"{DISTRICT}: thuộc đối tượng phải thực hiện — ✅ đã nộp." in answer.text
    # how to send names that occurrence, not the bare id (which writes the oldest owed)
    assert f"/nop {monthly.id} tháng 11/2021" in answer.text, answer.text


TWO_REPORTS = """UBND TỈNH TUYÊN QUANG
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 88/STTTT-CNTT
V/v báo cáo định kỳ về dịch vụ công trực tuyến
Tuyên Quang, ngày 02 tháng 8 năm 2021
Kính gửi: Các Sở, ban, ngành.

1. Các Sở, ban, ngành báo cáo số hồ sơ trực tuyến đã tiếp nhận, gửi về Sở Thông tin và Truyền
thông trước ngày 20 hằng tháng, bắt đầu từ tháng 8/2021.

2. Các Sở, ban, ngành báo cáo kết quả tích hợp lên Cổng Dịch vụ công quốc gia hằng quý, gửi về
Sở Thông tin và Truyền thông trước ngày 24 của tháng cuối quý.
"""


def test_a_month_named_as_a_reports_names_the_monthly_one_a_quarter_the_quarterly(catalogue):
    """ux36 #4: "bc tháng 9" named the quarterly report too (due 24/9), "bc quý 4" the monthly
    ones; what falls due in a month asked without a report's word keeps both."""
    with_letter, draft = published(catalogue, SLUG, TWO_REPORTS, "cv88.txt")
    assert [t.recurrence.every for t in draft.tasks] == ["month", "quarter"]
    monthly, quarterly = with_letter.province(SLUG).tasks[-2:]
    september = Period(date(2021, 9, 1), date(2021, 9, 30), "Tháng 9/2021", reported=True)
    fourth = Period(date(2021, 10, 1), date(2021, 12, 31), "Quý IV/2021", reported=True)
    assert (span_kind(september), span_kind(fourth)) == ("month", "quarter")
    assert occurrences_in(monthly, september) == [date(2021, 9, 20)]
    assert occurrences_in(quarterly, september) == []
    assert occurrences_in(quarterly, fourth) == [date(2021, 12, 24)]
    assert occurrences_in(monthly, fourth) == []
    due_then = replace(september, reported=False)  # "tháng 9 có gì đến hạn"
    assert occurrences_in(quarterly, due_then) == [date(2021, 9, 24)]
    assert occurrences_in(monthly, due_then) == [date(2021, 9, 20)]
