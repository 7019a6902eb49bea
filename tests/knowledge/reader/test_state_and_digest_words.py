"""How a unit stands, asked of it with no verb (asking.state_asked); the digest asked for in
words (digest_words); what falls due today beside a late list (due_today_text)."""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.reader.ask import default_assistant
from knowledge.reader.asking import state_asked
from knowledge.reader.digest_words import asks_digest

READER = default_assistant()
PROVINCE = READER.catalogue.province("tuyen-quang")


def _parsed(text: str, today: date = date(2021, 4, 19)):
    return READER.parse(text, today, PROVINCE)


@pytest.mark.parametrize(
    "text, asks",
    [
        ("sở tài chính hiện nay thế nào", True),
        ("bên em ra sao rồi", True),
        ("huyện chiêm hóa làm tới đâu rồi", True),
        ("sở tài chính nộp thế nào", False),  # how to send
        ("sở tư pháp đăng ký như thế nào", False),  # how to register
        ("bản sao thế nào", False),  # no unit
    ],
)
def test_a_unit_and_only_how_it_stands(text, asks):
    assert state_asked(_parsed(text)) is asks


def test_it_is_answered_as_progress_with_tiendos_count():
    answer = READER.ask("sở tài chính hiện nay thế nào", date(2021, 4, 19), "tuyen-quang")
    assert answer.intent == "progress" and answer.agency == "Sở Tài chính"
    assert answer.text.splitlines()[1].startswith("Tiến độ: 0/")


@pytest.mark.parametrize(
    "text, asks",
    [
        ("cho xem bản tổng hợp tuần này", True),
        ("tong hop hom nay", True),
        ("tổng hợp phụ lục", False),  # a task's word
        ("tổng hợp tuần trước", False),  # the digest is as of today
        ("báo cáo tổng hợp sở y tế", False),  # a unit's
    ],
)
def test_the_digest_is_tong_hop_and_talk_around_it(text, asks):
    assert asks_digest(_parsed(text)) is asks


def test_nothing_late_on_a_deadline_day_says_what_falls_due_today():
    on_day = READER.ask("bên nào còn chậm", date(2021, 4, 20), "tuyen-quang", marks={})
    assert on_day.intent == "progress" and "Không có mục nào quá hạn" in on_day.text
    assert "Hạn hôm nay (20/4/2021)" in on_day.text
    assert "tq-2021-04-20 Biểu 02 — 19 đơn vị chưa nộp" in on_day.text
    before = READER.ask("bên nào còn chậm", date(2021, 4, 19), "tuyen-quang", marks={})
    assert "Hạn hôm nay" not in before.text


def test_a_date_off_asked_about_is_due_today_not_late():
    """ux37 #4: the late list of a day that was a day off, asked on the working day after it,
    says that day's item falls due today (BLDS 2015 Điều 148), never late."""
    kh = READER.catalogue.province("khanh-hoa")
    unit = kh.task("kh-monthly-sync").addressees[0]  # due on the 1st: Saturday 1/8/2020
    asked = READER.ask(
        "1/8 là thứ bảy, sao lại tính quá hạn", date(2020, 8, 3), kh.slug, agency=unit, marks={}
    )
    late, _, today = asked.text.partition("⏰ Hạn hôm nay (3/8/2020)")
    assert asked.intent == "progress" and "kh-monthly-sync tháng 7/2020" in late
    assert "kh-monthly-sync tháng 8/2020" not in late
    assert "kh-monthly-sync tháng 8/2020" in today
    assert "hạn 1/8/2020 (Thứ Bảy, tính đến hết 3/8/2020)" in today
    # the day after, it is late like any other
    after = READER.ask("có gì quá hạn", date(2020, 8, 4), kh.slug, agency=unit, marks={})
    assert "kh-monthly-sync tháng 8/2020" in after.text and "Hạn hôm nay" not in after.text
