"""A one-off report late and still owed stays the answer to its own words after its deadline
(ux21 #2): the day tells apart only tasks the words fit as well, so a current report of the
same letter that shares only "báo cáo" and the letter's subject never takes its place, in a
question or in a status said of it. The letter is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.reader.ask import Assistant
from knowledge.reader.writes import Offer, statement
from tests.letterkit import published

SLUG = "tuyen-quang"
HEALTH = "Sở Y tế"
LETTER = """UBND TỈNH TUYÊN QUANG
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 744/STTTT-CNTT
V/v báo cáo định kỳ hằng quý kết quả số hóa hồ sơ và kết quả kết nối dữ liệu dân cư
Tuyên Quang, ngày 04 tháng 10 năm 2021
Kính gửi:
- Các Sở, ban, ngành;
- UBND các huyện, thành phố.

1. Báo cáo định kỳ hằng quý
Các Sở, ban, ngành và UBND các huyện, thành phố báo cáo kết quả số hóa hồ sơ thủ tục hành chính
(theo Mẫu số 05) gửi về Sở Thông tin và Truyền thông trước ngày 20 của tháng cuối quý. Kỳ báo
cáo đầu tiên là quý IV/2021.

2. Báo cáo kết nối dữ liệu dân cư
Sở Y tế báo cáo tiến độ kết nối, chia sẻ dữ liệu với Cơ sở dữ liệu quốc gia về dân cư
phục vụ giải quyết thủ tục hành chính (theo Mẫu số 06) gửi về Sở Thông tin và Truyền thông
trước ngày 15/10/2021.
"""
QUESTION = "bc ket noi dan cu han khi nao"


@pytest.fixture(scope="module")
def reader(catalogue):
    return Assistant(published(catalogue, SLUG, LETTER, "cv744.txt")[0])


def _one_off(reader) -> str:
    return next(t.id for t in reader.catalogue.province(SLUG).tasks if t.due == date(2021, 10, 15))


@pytest.mark.parametrize("today", [date(2021, 10, 15), date(2021, 10, 16), date(2021, 12, 1)])
def test_a_late_reports_own_words_answer_it_whatever_the_day(reader, today):
    answer = reader.ask(QUESTION, today, SLUG, HEALTH, {})
    assert answer.intent == "task" and answer.sure, answer.text
    assert [t.task.id for t in answer.tasks][:1] == [_one_off(reader)], answer.text
    if today > date(2021, 10, 15):
        assert "quá hạn" in answer.text


def test_a_late_report_said_sent_is_offered_as_itself(reader):
    province = reader.catalogue.province(SLUG)
    found = statement(
        "bc ket noi du lieu dan cu ben em nop roi", reader, province, date(2021, 12, 1), HEALTH
    )
    assert isinstance(found, Offer) and found.key == _one_off(reader), found


def test_a_quarter_named_before_the_status_is_that_occurrence(reader):
    """ "bc quy 4 nop roi" offered the quarterly task by its bare id, where the words after the
    status named the occurrence (ux21 #14): the quarter names it either way."""
    province = reader.catalogue.province(SLUG)
    quarterly = next(t for t in province.tasks if t.recurring and t.form == "Mẫu số 05")
    for said in ("bc quy 4 nop roi", "da nop bc quy 4 roi"):
        found = statement(said, reader, province, date(2021, 12, 22), HEALTH)
        assert isinstance(found, Offer) and found.key == f"{quarterly.id}@2021-12-20", found


def test_words_a_late_report_and_a_current_one_fit_as_well_offer_both(reader):
    """The day alone told them apart, and the current one was answered as sure: a unit that
    may still owe the late one is asked which (ux21 #2)."""
    answer = reader.ask("bc thu tuc hanh chinh nop khi nao", date(2021, 10, 20), SLUG, HEALTH, {})
    assert answer.intent == "task" and not answer.sure, answer.text
    province = reader.catalogue.province(SLUG)
    quarterly = next(t.id for t in province.tasks if t.recurring and t.form == "Mẫu số 05")
    assert {_one_off(reader), quarterly} <= {t.task.id for t in answer.tasks}


@pytest.mark.parametrize("today", [date(2021, 10, 14), date(2021, 12, 1)])
def test_nop_words_name_the_task_whose_own_title_prints_them(reader, today):
    """`/nop bc ket noi du lieu dan cu` (lead21's note): the letter's subject prints "kết nối dữ
    liệu dân cư" for both its tasks, and the day picked the current quarterly report; the words
    of each task's own title decide before the day, as a question's do."""
    province = reader.catalogue.province(SLUG)
    pool = province.tasks_of(HEALTH)
    named = reader.tasks_named("bc ket noi du lieu dan cu", today, province, HEALTH, pool)
    assert [t.id for t in named.tasks] == [_one_off(reader)]
    quarterly = reader.tasks_named("bc so hoa ho so quy 4", today, province, HEALTH, pool)
    assert [t.form for t in quarterly.tasks] == ["Mẫu số 05"]
