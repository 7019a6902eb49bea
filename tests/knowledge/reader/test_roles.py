"""An agency's own part of a row, in the words of the province's table, and the verb after
"chưa" in a question of how far along the work is. Phrasings written for these tests."""

from __future__ import annotations

import datetime as dt

from knowledge.catalogue.loader import default_catalogue
from knowledge.language.text import tokenize
from knowledge.reader.matching import Matcher
from knowledge.reader.roles import role_row

TODAY = dt.date(2021, 6, 7)
LAND = "Sở Tài nguyên và Môi trường"


def test_the_agencys_part_of_a_row_names_it_where_the_titles_do_not(assistant):
    question = "bên mình hướng dẫn chuyển dữ liệu giữa cơ quan quản lý đất đai và cơ quan thuế"
    answer = assistant.ask(question + " hạn khi nào", TODAY, None, LAND)
    assert (answer.intent, answer.agency) == ("service", LAND)
    assert answer.items[0].key == "406-39"


def test_only_the_agencys_own_bullet_counts():
    tq = default_catalogue().province("tuyen-quang")
    matcher = Matcher([("x", "khám sức khỏe lái xe")])
    words = matcher.words(tokenize("khám sức khỏe lái xe"))
    # Sở Y tế's part of 406-22 shares its health-check data; the police's part does not
    assert role_row(tq, "Sở Y tế", words) == "406-22"
    assert role_row(tq, "Công an tỉnh", words) is None


def test_the_verb_after_chua_is_no_service(assistant):
    # "xử lý" is 406-45's wording too; after "chưa" it is what is not done
    answer = assistant.ask(
        "bên em có gì trễ hạn mà chưa xử lý không", dt.date(2021, 11, 2), None, "Sở Xây dựng"
    )
    assert (answer.intent, answer.agency) == ("progress", "Sở Xây dựng")
