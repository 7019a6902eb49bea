"""The enumerations a chairman's opinion is written in ("Một là, …", "Thứ hai, …") are items of
the letter's outline, as "1." and "2." are: each owes its own units, and no title keeps its
count's word."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.letters.extract import read_letter
from knowledge.letters.markers import (
    ENTRY,
    LIST_ENTRY,
    marker,
    numbered_item,
    opens_item,
    unmarked,
)

LETTER = Path(__file__).resolve().parents[2] / "data" / "letters" / "enumerated.txt"


@pytest.mark.parametrize(
    ("text", "number", "rest"),
    [
        ("Một là, giao Sở Y tế chủ trì …", "1", "giao Sở Y tế chủ trì …"),
        ("Hai là: các sở báo cáo …", "2", "các sở báo cáo …"),
        ("Thứ nhất, Ủy ban nhân dân các huyện …", "1", "Ủy ban nhân dân các huyện …"),
        ("Thứ tư, Viễn thông Tuyên Quang …", "4", "Viễn thông Tuyên Quang …"),
    ],
)
def test_a_counted_item_is_numbered_by_its_word(text, number, rest):
    assert marker(text) == ("counted", number, rest)


@pytest.mark.parametrize(
    "text",
    [
        "hai là, trong câu",  # a sentence goes on, no item opens
        "Thứ hai, ngày 05/6/2023 họp trực tuyến",  # a weekday
        "Một số nội dung sau:",
    ],
)
def test_words_that_only_look_counted_open_no_item(text):
    assert marker(text) is None


def test_each_counted_item_owes_its_own_task_and_no_title_keeps_its_count(catalogue):
    province = catalogue.province("tuyen-quang")
    draft = read_letter(LETTER.read_text(encoding="utf-8"), catalogue, province, "enumerated.txt")
    by_date = {t.deadline.isoformat(): t for t in draft.tasks if t.deadline}
    assert sorted(by_date) == ["2023-07-31", "2023-08-20", "2023-09-30"]
    assert not any(t.title.lower().startswith(("thứ", "một là", "hai là")) for t in draft.tasks)
    districts = by_date["2023-09-30"].units
    assert len(districts) == 7 and all(u.startswith("UBND ") for u in districts)
    assert by_date["2023-08-20"].units == ("Sở Tài chính",)
    assert by_date["2023-08-20"].supporting == ("Sở Kế hoạch và Đầu tư",)
    # "Thứ tư, Viễn thông … thường xuyên phối hợp, hỗ trợ … bảo trì thiết bị …": a standing
    # help that names none of the dated works partners none of them
    assert not any("Viễn thông Tuyên Quang" in t.supporting for t in draft.tasks)


def test_every_kind_of_item_opens_a_line_of_its_own():
    for line in (
        "II. Nhiệm vụ",
        "2. Sở Tư pháp",
        "1.2. Báo cáo",
        "1.1 Báo cáo",
        "b) Gửi",
        "- Sở",
        "+ Công văn",
        "Bước 2: Lấy ý kiến",
    ):
        assert opens_item(line), line
    # a sentence's words and a date are no item: the line goes on with the one above
    for line in ("trợ các cơ quan", "15/10/2021 để tổng hợp", "Viễn thông Tuyên Quang"):
        assert not opens_item(line), line


def test_a_numbered_item_gives_its_number_apart_from_its_text():
    for line, rest in (("1. Các huyện lập", "Các huyện lập"), ("b) Gửi về Sở", "Gửi về Sở")):
        found = numbered_item(line)
        assert found is not None and line[found.end() :] == rest
    assert numbered_item("- Sở Y tế;") is None


def test_a_list_of_names_loses_its_bullets_and_numbers():
    assert LIST_ENTRY.sub("", "- Sở Y tế;") == "Sở Y tế;"
    assert LIST_ENTRY.sub("", "2. Sở Tư pháp") == "Sở Tư pháp"
    assert ENTRY.sub("", "+ Công văn đề nghị") == "Công văn đề nghị"


def test_an_item_without_its_number_or_counted_word():
    assert unmarked("Một là, các Sở, ban, ngành;") == "các Sở, ban, ngành;"
    assert unmarked("2. Sở Y tế gửi") == "Sở Y tế gửi"
    assert unmarked("Sở Y tế gửi") == "Sở Y tế gửi"
