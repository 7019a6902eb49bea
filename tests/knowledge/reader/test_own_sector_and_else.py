"""An officer's own sector of a row split by sector ("… cho thủ tục của sở em" is the sub-row their
agency leads), and "ngoài … ra còn …" that asks what else, not what is still open. Phrasings
written for these tests."""

from __future__ import annotations

import datetime as dt

AUGUST = dt.date(2021, 8, 2)


def test_a_row_split_by_sector_asked_in_the_first_person_is_the_askers_sector(assistant):
    answer = assistant.ask(
        "sở em kết nối dữ liệu dân cư cho thủ tục hạn nào", AUGUST, None, "Sở Y tế"
    )
    assert answer.intent == "service" and answer.sure
    assert [v.key for v in answer.items] == ["406-11/Y tế"]


def test_a_sector_the_question_names_wins_over_the_askers(assistant):
    answer = assistant.ask(
        "bên mình hỏi kết nối dữ liệu dân cư lĩnh vực tài chính", AUGUST, None, "Sở Y tế"
    )
    assert answer.items[0].key == "406-11/Tài chính"


def test_without_a_sector_of_its_own_the_choice_stays_open(assistant):
    # a district committee leads no sector of the row: the sub-rows are offered, not picked
    answer = assistant.ask(
        "bên em kết nối dữ liệu dân cư hạn nào", AUGUST, None, "UBND huyện Hàm Yên"
    )
    assert not answer.sure and len(answer.items) > 1


def test_besides_something_what_else_is_the_agencys_list_not_its_open_work(assistant):
    answer = assistant.ask("Sở Tư pháp ngoài lý lịch tư pháp ra thì còn phải làm những gì", AUGUST)
    assert (answer.intent, answer.agency) == ("agency", "Sở Tư pháp")
    still = assistant.ask("Sở Tư pháp còn phải làm những gì", AUGUST)
    assert (still.intent, still.agency) == ("progress", "Sở Tư pháp")
