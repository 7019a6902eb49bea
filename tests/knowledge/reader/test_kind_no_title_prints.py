"""A kind of paper no title prints beside the row's own thing ("thẻ | <a row's thing>", where
the row prints another paper) is offered, never answered as sure; a kind the titles print
with it stays sure. Phrasings written for these tests."""

from __future__ import annotations

import datetime as dt

APRIL = dt.date(2021, 4, 13)


def test_a_card_no_title_prints_with_the_rows_thing_is_offered(assistant):
    answer = assistant.ask("làm thẻ tạm trú qua mạng", APRIL)
    assert not answer.sure


def test_a_card_a_title_prints_stays_sure(assistant):
    answer = assistant.ask("cấp đổi thẻ căn cước công dân online", APRIL)
    assert answer.sure and answer.items[0].key == "406-1"


def test_who_does_it_before_the_rows_verb_is_no_kind(assistant):
    answer = assistant.ask("bao giờ người dân đăng ký thường trú qua mạng được", APRIL)
    assert answer.sure and answer.items[0].key == "406-3"


def test_a_shorthand_spelled_out_is_no_kind_of_its_own(assistant):
    # "cấp phép" is read as the title's "giấy phép": the row's own wording, after "hồ sơ"
    answer = assistant.ask("ai nộp hồ sơ cấp phép xây dựng nhà ở", APRIL)
    assert answer.sure and answer.items[0].key == "406-14"
