""" "muc N" typed without marks right after a service's wording is its level ("mức"), not row N;
after a frame it is still the row. Phrasings written for these tests."""

from __future__ import annotations

import datetime as dt

APRIL = dt.date(2021, 4, 13)


def test_unmarked_muc_after_a_titles_pair_is_a_level(assistant):
    answer = assistant.ask("cap giay phep xay dung muc 4 bao gio xong", APRIL)
    assert answer.intent == "service" and answer.items[0].key == "406-14"


def test_unmarked_muc_after_a_services_everyday_name_is_a_level(assistant):
    # "sổ đỏ", "bằng lái" are no title's pair, yet they name the service the level qualifies
    answer = assistant.ask("chuyen doi so do muc 3 bao gio xong", APRIL)
    assert answer.intent == "service" and answer.items[0].key != "406-3", answer.text
    answer = assistant.ask("bang lai muc 4 khi nao len cong", APRIL)
    assert answer.intent == "service", answer.text
    assert answer.items[0].key in ("406-22", "411-16", "411-17")


def test_unmarked_muc_after_a_frame_is_the_row(assistant):
    answer = assistant.ask("cho xem muc 4 voi", APRIL)
    assert answer.intent == "item" and answer.items[0].key == "406-4"


def test_the_level_by_its_initials_is_a_level_span(assistant, catalogue):
    tq = catalogue.province("tuyen-quang")
    for question in ("dvc lên md4 gửi khi nào", "thủ tục đạt mđ 3"):
        parsed = assistant.parse(question, APRIL, tq)
        assert [s.kind for s in parsed.others if s.kind == "level"] == ["level"], question
        assert not parsed.rows
