""" "muc N" typed without marks right after a service's wording is its level ("mức"), not row N;
after a frame it is still the row. Phrasings written for these tests."""

from __future__ import annotations

import datetime as dt

APRIL = dt.date(2021, 4, 13)


def test_unmarked_muc_after_a_titles_pair_is_a_level(assistant):
    answer = assistant.ask("cap giay phep xay dung muc 4 bao gio xong", APRIL)
    assert answer.intent == "service" and answer.items[0].key == "406-14"


def test_unmarked_muc_after_a_frame_is_the_row(assistant):
    answer = assistant.ask("cho xem muc 4 voi", APRIL)
    assert answer.intent == "item" and answer.items[0].key == "406-4"


def test_the_level_by_its_initials_is_a_level_not_a_services_word(assistant):
    answer = assistant.ask("ds dịch vụ công không đủ điều kiện lên md4 gửi khi nào", APRIL)
    assert answer.intent == "task" and answer.tasks[0].task.id == "tq-2021-05-20"
