"""Days named by weekday, a day written "20 tháng 4" without "ngày", a date run out ("đã hết
hạn") said late. Phrasings written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.language.text import tokenize
from knowledge.reader.period_finding import find_periods

THURSDAY = dt.date(2021, 6, 10)


def spans(question: str, today: dt.date = THURSDAY):
    periods, _ = find_periods(tokenize(question), today, [2021])
    return [(p.period.start, p.period.end) for p in periods]


@pytest.mark.parametrize(
    "question, start, end",
    [
        ("thứ 6 này có gì", dt.date(2021, 6, 11), dt.date(2021, 6, 11)),
        ("thứ hai tuần tới", dt.date(2021, 6, 14), dt.date(2021, 6, 14)),
        ("từ giờ đến chủ nhật", THURSDAY, dt.date(2021, 6, 13)),
        ("trước thứ 3 tuần sau phải xong gì", THURSDAY, dt.date(2021, 6, 15)),
        ("thứ tư", dt.date(2021, 6, 16), dt.date(2021, 6, 16)),  # the next one from today
    ],
)
def test_a_weekday_is_a_day_of_this_week_or_the_next(question, start, end):
    assert spans(question) == [(start, end)]


def test_a_day_of_a_month_without_the_word_ngay():
    assert spans("nộp trước 15 tháng 7 nhé", dt.date(2021, 7, 1)) == [
        (dt.date(2021, 7, 1), dt.date(2021, 7, 15))
    ]
    assert spans("hạn 30 tháng chín") == [(dt.date(2021, 9, 30), dt.date(2021, 9, 30))]
    # a length of time before a month is no day: "trong 3 tháng 9" is September, not 3/9
    assert spans("trong 3 tháng 9") == [(dt.date(2021, 9, 1), dt.date(2021, 9, 30))]


def test_thu_without_its_mark_is_a_weekday_only_before_a_digit():
    assert spans("thu tien phat nguoi") == []
    assert spans("thu 5 tuan nay") == [(THURSDAY, THURSDAY)]


def test_an_officers_period_question_naming_no_agency_is_their_agencys(assistant):
    answer = assistant.ask("tuần sau có hạn gì không", THURSDAY, None, "Sở Y tế")
    assert (answer.intent, answer.agency) == ("deadline", "Sở Y tế")
    answer = assistant.ask("toàn tỉnh tuần sau có hạn gì không", THURSDAY, None, "Sở Y tế")
    assert (answer.intent, answer.agency) == ("deadline", None)
    assert assistant.ask("tuần sau có hạn gì không", THURSDAY).agency is None


@pytest.mark.parametrize(
    "question, start, end",
    [
        ("tháng vừa qua có gì", dt.date(2021, 5, 1), dt.date(2021, 5, 31)),
        ("thang roi het han nhung gi", dt.date(2021, 5, 1), dt.date(2021, 5, 31)),
        ("quý vừa rồi", dt.date(2021, 1, 1), dt.date(2021, 3, 31)),
        ("tuần trước có hạn nào", dt.date(2021, 5, 31), dt.date(2021, 6, 6)),
        ("tuan vua roi", dt.date(2021, 5, 31), dt.date(2021, 6, 6)),
    ],
)
def test_the_period_before_this_one(question, start, end):
    assert spans(question) == [(start, end)]


def test_a_month_named_then_rồi_is_that_month():
    # "tháng 5 rồi": May, and "rồi" closes what is said
    assert spans("hạn tháng 5 rồi à") == [(dt.date(2021, 5, 1), dt.date(2021, 5, 31))]


def test_the_souths_word_for_today_is_today(assistant):
    import datetime as dt

    today = dt.date(2021, 4, 20)
    for question in ("bữa nay có hạn gì", "bua nay co gi den han"):
        answer = assistant.ask(question, today)
        assert answer.intent == "deadline", (question, answer.text)
        assert [t.task.id for t in answer.tasks] == ["tq-2021-04-20"], question


def test_yesterday_is_the_day_before_today(assistant):
    # "hôm qua" was no period: the question fell to "Tôi chưa hiểu"
    assert spans("hôm qua có gì đến hạn") == [(THURSDAY - dt.timedelta(days=1),) * 2]
    answer = assistant.ask("hom qua het han muc nao", dt.date(2021, 4, 21))
    assert answer.intent == "deadline"
    assert [t.task.id for t in answer.tasks] == ["tq-2021-04-20"]
    # one day takes no "trong"; a span keeps it
    assert answer.text.startswith("Đến hạn hôm qua — Tuyên Quang")
    week = assistant.ask("tuần này có hạn gì", dt.date(2021, 4, 21))
    assert "đến hạn trong tuần này" in week.text or "Đến hạn trong tuần này" in week.text


def _late(question: str) -> list[bool]:
    periods, _ = find_periods(tokenize(question), THURSDAY, [2021])
    return [p.period.late for p in periods]


@pytest.mark.parametrize(
    "question, late",
    [
        # a date run out, said in the past: late, as "quá hạn"
        ("phòng tôi có việc nào đã hết hạn", [True]),
        ("cái nào hết hạn rồi vậy", [True]),
        # looking ahead: not late ("sắp hết hạn" is the coming days)
        ("có gì sắp hết hạn", [False]),
        ("mục này khi nào hết hạn", []),
    ],
)
def test_a_date_run_out_in_the_past_is_late(question, late):
    assert _late(question) == late
