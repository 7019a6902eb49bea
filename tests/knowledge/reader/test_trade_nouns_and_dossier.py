""" "nhà hàng 3 tầng" is a restaurant, never row 3 (row_refs.py); and what is left of a story
once told apart ("nộp hồ sơ qua mạng được không") names no row whose wording it only folds to
("hộ sở" of "bảo hộ sở hữu", rereading.py). Phrasings written for these tests."""

from __future__ import annotations

import datetime as dt

from knowledge.language.text import tokenize
from knowledge.reader.row_refs import find_rows

TODAY = dt.date(2021, 4, 13)


def test_hang_closing_a_noun_of_trade_is_no_row():
    assert find_rows(tokenize("cửa hàng 2 tầng")) == []
    assert find_rows(tokenize("ngân hàng 5")) == []
    (ref,) = find_rows(tokenize("hàng 3 hạn khi nào"))
    assert ref.number == "3"


def test_a_story_with_the_work_left_is_not_offered_rows(assistant):
    answer = assistant.ask(
        "cửa hàng 2 tầng phải nghiệm thu phòng cháy, nộp hồ sơ qua mạng được không",
        TODAY,
        "tuyen-quang",
    )
    assert answer.intent in ("absent", "unknown"), answer.text
    assert not answer.items


def test_four_task_words_in_a_story_about_else_name_no_task(assistant):
    # "hồ sơ", "cấp", "xã" are words of the proposal task's text, in a question most of which
    # is about recruiting officials, which no task and no row holds
    answer = assistant.ask(
        "xã tổ chức thi tuyển viên chức cấp xã, thí sinh nộp hồ sơ dự tuyển qua cổng được không",
        TODAY,
        "tuyen-quang",
    )
    assert answer.intent in ("absent", "unknown"), answer.text
    assert not answer.tasks


def test_a_district_in_talk_of_an_outing_is_no_unit(assistant):
    # the place is where the asker goes, not UBND huyện Lâm Bình's deadlines this week
    answer = assistant.ask("tuần này lên Lâm Bình câu cá có vui không", TODAY, "tuyen-quang")
    assert (answer.intent, answer.items) == ("unknown", [])
    # a period asked of the place's deadlines is still the unit's, offered
    answer = assistant.ask("tuần này lâm bình có hạn gì", TODAY, "tuyen-quang")
    assert (answer.intent, answer.agency) == ("deadline", "UBND huyện Lâm Bình")


def test_the_askers_agency_then_a_service_no_title_holds_is_absent(assistant):
    # the officer says where they work, then asks of a service: not their agency's list
    answer = assistant.ask(
        "em ở Sở Tư pháp, công chứng hợp đồng mua bán xe có phải đưa lên cổng không",
        TODAY,
        "tuyen-quang",
    )
    assert answer.intent == "absent", answer.text
    # the agency's own list, asked so, stays its list
    answer = assistant.ask("em ở Sở Tư pháp, bên em có mục nào phải làm", TODAY, "tuyen-quang")
    assert (answer.intent, answer.agency) == ("agency", "Sở Tư pháp")
