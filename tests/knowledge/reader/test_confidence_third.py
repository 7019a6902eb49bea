"""Issue 20, third pass: more of the ways officers type periods, lateness, their own unit, the
work next, forms with a slip, and a decision before the row. Phrasings written for these tests,
not taken from any question set."""

from __future__ import annotations

import datetime as dt

import pytest

TODAY = dt.date(2021, 7, 7)  # a Wednesday
HEALTH = "Sở Y tế"
CITY = "UBND thành phố Tuyên Quang"


def ask(assistant, question, agency=None, today=TODAY):
    return assistant.ask(question, today, None, agency)


def period_of(answer):
    period = answer.extra["period"]
    return period.start, period.end


def test_the_older_spelling_of_a_quarter_is_that_quarter(assistant):
    answer = ask(assistant, "qúi 3 năm 2021 có hạn gì")
    assert answer.intent == "deadline", answer.text
    assert period_of(answer) == (dt.date(2021, 7, 1), dt.date(2021, 9, 30))


@pytest.mark.parametrize(
    "question, start, end",
    [
        ("sang tuần có gì đến hạn", dt.date(2021, 7, 12), dt.date(2021, 7, 18)),
        ("sang tháng phải nộp những mục nào", dt.date(2021, 8, 1), dt.date(2021, 8, 31)),
        ("sang tháng 9 có hạn gì", dt.date(2021, 9, 1), dt.date(2021, 9, 30)),
    ],
)
def test_sang_is_the_next_week_or_month(assistant, question, start, end):
    answer = ask(assistant, question)
    assert answer.intent == "deadline", answer.text
    assert period_of(answer) == (start, end)


def test_morning_is_not_next(assistant):
    parsed = assistant.understand("sáng tuần này có hạn gì", TODAY).parsed
    assert [p.period.label for p in parsed.periods] == ["tuần này"]


@pytest.mark.parametrize(
    "question", ["đơn vị em lỡ hạn mục nào chưa", "bên mình có đang nợ hạn không"]
)
def test_missed_and_owed_deadlines_are_late(assistant, question):
    answer = ask(assistant, question, agency=HEALTH, today=dt.date(2021, 6, 1))
    assert (answer.intent, answer.agency) == ("progress", HEALTH), answer.text
    assert {v.to_json()["standing"] for v in [*answer.items, *answer.tasks]} == {"late"}


def test_unmarked_lo_han_is_not_late(assistant):
    parsed = assistant.understand("lo han nop", TODAY).parsed
    assert not any(p.period.late for p in parsed.periods)


@pytest.mark.parametrize(
    "question",
    [
        "thành phố mình còn mục nào chưa làm",
        "phong em con phai nop gi nua khong",
        "xong cái này rồi bước tiếp theo em làm gì",
        "bên mình phải làm gì tiếp vậy",
    ],
)
def test_own_units_and_the_work_next_ask_what_is_open(assistant, question):
    answer = ask(assistant, question, agency=CITY, today=dt.date(2021, 5, 3))
    assert (answer.intent, answer.agency) == ("progress", CITY), answer.text


def test_receiving_is_a_service_word_not_the_work_next(assistant):
    answer = ask(assistant, "tiếp nhận hồ sơ cấp giấy phép xây dựng", agency=CITY)
    assert answer.intent == "service"


def test_a_milestone_in_a_period_asks_what_falls_due(assistant):
    answer = ask(assistant, "tháng 8 đơn vị mình có mốc gì", agency=HEALTH)
    assert (answer.intent, answer.agency) == ("deadline", HEALTH), answer.text


def test_a_form_word_with_its_last_letter_dropped_before_its_number(assistant):
    answer = ask(assistant, "phụ lụ 2 là gì", today=dt.date(2021, 5, 4))
    assert [t.task.id for t in answer.tasks][:1] == ["tq-2021-05-20"], answer.text
    assert ask(assistant, "phụ lụ gì").intent != "task"


def test_the_level_after_the_conditions_is_no_row(assistant):
    answer = ask(assistant, "phụ lục 1 dịch vụ đủ dk muc 3 gửi khi nào", today=dt.date(2021, 5, 4))
    assert answer.intent == "task" and answer.items == [], answer.text


def test_the_decision_before_the_row_word(assistant):
    answer = ask(assistant, "406 mục 9 là gì")
    assert answer.intent == "item" and answer.items[0].row.key == "406-9", answer.text


def test_a_task_date_with_dots_and_a_loose_dossier_is_the_task(assistant):
    answer = ask(assistant, "hạn 20.5 thì nộp hồ sơ gì", today=dt.date(2021, 5, 4))
    assert (answer.intent, [t.task.id for t in answer.tasks][:1]) == ("task", ["tq-2021-05-20"])


def test_an_agency_abbreviation_beside_a_service_is_the_agency(assistant):
    answer = ask(assistant, "TNMT phối hợp đăng ký biến động quyền sử dụng đất")
    assert answer.intent == "service" and answer.agency == "Sở Tài nguyên và Môi trường"


def test_a_closing_i_typed_for_y(assistant):
    answer = ask(assistant, "đăng kí biến động đất đai")
    assert answer.intent == "service" and answer.items[0].row.key == "406-20", answer.text


def test_which_row_a_named_service_is_for_an_agency(assistant):
    answer = ask(assistant, "BHXH tỉnh phối hợp đăng ký khởi sự kinh doanh là mục nào")
    assert answer.intent == "service", answer.text
    listing = ask(assistant, "BHXH tỉnh phối hợp những mục nào")
    assert listing.intent == "agency"


@pytest.mark.parametrize(
    "question",
    [
        "hạn nộp hội phí công đoàn tháng này là khi nào",
        "tuần sau nộp quỹ khuyến học ở đâu",
    ],
)
def test_a_thing_of_its_own_with_a_date_is_not_a_deadline_list(assistant, question):
    answer = ask(assistant, question, agency=HEALTH)
    assert answer.intent in ("absent", "unknown") and not answer.items, answer.text


@pytest.mark.parametrize(
    "question", ["hạn chót rơi vào tháng 10 là mục nào", "tháng 11 phải nộp hồ sơ gì"]
)
def test_words_around_a_period_keep_it_a_deadline_question(assistant, question):
    assert ask(assistant, question).intent in ("deadline", "task")
