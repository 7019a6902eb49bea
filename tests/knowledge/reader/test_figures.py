"""Dossier counts asked for where the bot holds none (knowledge.reader.figures)."""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.language.text import fold
from knowledge.reader.ask import default_assistant
from knowledge.reader.figures import asks_figures


@pytest.mark.parametrize(
    "text, asks",
    [
        ("sở nội vụ tiếp nhận bao nhiêu hồ sơ", True),
        ("ti le ho so online cua so y te", True),
        ("tổng số hồ sơ trực tuyến năm 2020", True),
        ("hồ sơ đề xuất gồm bao nhiêu biểu", False),  # a task's forms, counted
        ("bên em xong bao nhiêu phần trăm", False),  # the work, not dossiers
        ("bao nhiêu dịch vụ trực tuyến mức 4", False),  # services: the catalogue holds them
    ],
)
def test_a_count_or_share_of_the_portals_dossiers_is_figures(text, asks):
    assert asks_figures(fold(text)) is asks


def test_the_answer_says_none_are_held_and_what_is():
    answer = default_assistant().ask(
        "sở nội vụ có bao nhiêu hồ sơ online năm ngoái", date(2021, 4, 13), "tuyen-quang"
    )
    assert answer.intent == "unknown" and answer.sure and not answer.items
    assert "không có số liệu hồ sơ của Sở Nội vụ" in answer.text
    assert "/tiendo Sở Nội vụ" in answer.text and "Bắc Giang" in answer.text


def test_a_province_with_its_report_still_answers_from_it():
    answer = default_assistant().ask(
        "sở tư pháp có bao nhiêu hồ sơ trực tuyến", date(2021, 4, 13), "bac-giang"
    )
    assert answer.intent == "stats"
