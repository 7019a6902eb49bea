"""A published task is found by its own words (issue 19, "<task words> nộp khi nào"), unmarked
or shortened, even where they are the wording every assignment of the catalogue shares
("thanh toán", "trực tuyến"); a month names the occurrence of a monthly report, never a row
that prints "báo cáo … tháng"; a row the words fit as well keeps its answer, and a row holding
a word the task does not is offered beside it. The letter and the phrasings are written for these
tests, not taken from any question set or the testers' letters."""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.reader.ask import Assistant
from tests.letterkit import published

SLUG = "tuyen-quang"
TODAY = date(2021, 10, 14)
LETTER = """UBND TỈNH TUYÊN QUANG
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 731/STTTT-CNTT
V/v báo cáo việc triển khai thanh toán trực tuyến phí, lệ phí
Tuyên Quang, ngày 12 tháng 10 năm 2021
Kính gửi:
- Các Sở, ban, ngành;
- UBND các huyện, thành phố.

1. Các Sở, ban, ngành
Báo cáo kết quả triển khai thanh toán trực tuyến phí, lệ phí gửi về Sở Thông tin và Truyền thông
trước ngày 29/10/2021.

2. UBND các huyện, thành phố
Định kỳ hằng tháng, trước ngày 15, báo cáo số giao dịch thanh toán trực tuyến trên địa bàn
(theo Mẫu số 03) gửi về Sở Thông tin và Truyền thông, bắt đầu từ tháng 11/2021.
"""
HEALTH = "Sở Y tế"
DISTRICT = "UBND huyện Hàm Yên"


@pytest.fixture(scope="module")
def reader(catalogue):
    with_letter, draft = published(catalogue, SLUG, LETTER, "cv731.txt")
    assert [t.recurrence is not None for t in draft.tasks] == [False, True]
    return Assistant(with_letter)


def ids(answer):
    return [t.task.id for t in answer.tasks]


def one_off(reader):
    return next(t.id for t in reader.catalogue.province(SLUG).tasks if t.due == date(2021, 10, 29))


def monthly(reader):
    return next(t.id for t in reader.catalogue.province(SLUG).tasks if t.recurring)


@pytest.mark.parametrize(
    "question",
    [
        "bao cao thanh toan truc tuyen nop khi nao",
        "báo cáo kết quả thanh toán trực tuyến hạn ngày nào",
        "bc ket qua trien khai thanh toan tt han bao gio",
    ],
)
def test_the_one_off_tasks_words_answer_it(reader, question):
    answer = reader.ask(question, TODAY, SLUG, HEALTH, {})
    assert answer.intent == "task" and answer.sure, (question, answer.text)
    assert ids(answer)[:1] == [one_off(reader)]


def test_the_coordinator_is_answered_the_task_its_words_tell_else_offered_both(reader):
    answer = reader.ask("bc ket qua trien khai thanh toan tt han bao gio", TODAY, SLUG, None, {})
    assert answer.intent == "task" and answer.sure and ids(answer)[:1] == [one_off(reader)]
    # words both tasks of the letter print as typed, and no unit asking: both, to choose
    answer = reader.ask("bao cao thanh toan truc tuyen nop khi nao", TODAY, SLUG, None, {})
    assert answer.intent == "task" and not answer.sure, answer.text
    assert set(ids(answer)) == {one_off(reader), monthly(reader)}


def test_a_district_is_answered_its_own_task_by_the_same_words(reader):
    answer = reader.ask("bao cao thanh toan truc tuyen nop khi nao", TODAY, SLUG, DISTRICT, {})
    assert answer.intent == "task" and ids(answer)[:1] == [monthly(reader)], answer.text


@pytest.mark.parametrize("agency", [None, DISTRICT])
@pytest.mark.parametrize("question", ["bc thang 12 nop khi nao", "bc t12 han khi nao"])
def test_a_month_names_the_monthly_report_not_a_row_printing_bao_cao(reader, question, agency):
    answer = reader.ask(question, TODAY, SLUG, agency, {})
    assert answer.intent == "task" and ids(answer)[:1] == [monthly(reader)], answer.text
    assert "411-6" not in answer.text


def test_a_rows_own_question_keeps_its_row(reader):
    answer = reader.ask("thanh toán viện phí hạn khi nào", TODAY, SLUG, None, {})
    assert answer.intent == "service" and [i.key for i in answer.items][:1] == ["406-48"]


def test_a_row_holding_a_word_the_task_does_not_is_never_answered_as_the_task(reader):
    # "học phí" is the row's and not the task's: the task explains too little of the question
    # to be said, the row keeps its answer
    answer = reader.ask("bao cao thanh toan hoc phi truc tuyen", TODAY, SLUG, None, {})
    assert not (answer.intent == "task" and answer.sure), answer.text
    assert "406-49" in [i.key for i in answer.items], answer.text


@pytest.mark.parametrize(
    "question",
    ["họp chi bộ chậm nửa tiếng có sao không", "danh sách dịch vụ của sở em", "dịch vụ công"],
)
def test_common_words_and_talk_name_no_task(reader, question):
    answer = reader.ask(question, TODAY, SLUG, HEALTH, {})
    assert answer.intent != "task", (question, answer.text)


def test_a_month_a_unit_owes_nothing_in_is_said_with_its_nearest_document(reader):
    answer = reader.ask("bc tháng 12 gửi chưa", TODAY, SLUG, HEALTH, {})
    assert answer.intent == "task" and "411-6" not in answer.text, answer.text
    assert "Sở Y tế không có báo cáo, hồ sơ nào phải nộp trong Tháng 12/2021" in answer.text
    assert one_off(reader) in answer.text.split("Gần nhất:")[1], answer.text


def test_a_month_answers_its_own_occurrence_and_where_the_unit_stands_on_it(reader):
    late = date(2021, 12, 20)
    answer = reader.ask("bc thang 11 gui chua", late, SLUG, DISTRICT, {})
    assert [(v.task.id, v.due) for v in answer.tasks] == [(monthly(reader), date(2021, 11, 15))]
    assert "UBND huyện Hàm Yên: ❗ chưa nộp, quá hạn" in answer.text, answer.text
    # asked in December, January without a year looks ahead when asked when: next January
    answer = reader.ask("bc tháng 1 hạn bao giờ", late, SLUG, DISTRICT, {})
    assert [v.due for v in answer.tasks] == [date(2022, 1, 15)], answer.text
