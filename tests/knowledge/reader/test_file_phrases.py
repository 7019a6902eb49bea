"""A file's own words name a task only by whole words of its title or form (ux34 #2: "GIẤY MỜI …
dự họp chi bộ" was put forward as the "tổng hợp chi tiết" of Phụ lục I–IV)."""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.language.text import tokenize
from knowledge.reader.file_phrases import compounds, whole_words

PL_TITLE = "Danh sách rà soát, tổng hợp chi tiết (theo các phụ lục I, II, III, IV)"
COUNTS = {("tong", "hop"): 9, ("hop", "chi"): 1, ("chi", "tiet"): 6, ("ra", "soat"): 7}
PHU_LUC, BIEU_02 = "tq-2021-05-20", "tq-2021-04-20"
INVITATION = "giaymoi hop GIẤY MỜI\nMời đồng chí dự họp chi bộ lúc 14h ngày 15/6/2021."


def test_a_title_is_read_as_its_compounds_never_a_pair_astride_two():
    read = [(a.raw, b.raw) for a, b in compounds(tokenize("tổng hợp chi tiết"), COUNTS)]
    assert read == [("tổng", "hợp"), ("chi", "tiết")]


@pytest.mark.parametrize(
    ("typed", "held"),
    [
        ("dự họp chi bộ", 0),  # "họp chi" is printed astride "tổng hợp | chi tiết", marks differ
        ("giaymoi hop chi bo", 0),  # unmarked, still astride two words of the title
        ("hop", 0),  # a syllable alone is no word of the title
        ("ds ra soat tong hop chi tiet", 3),
        ("tổng hợp", 1),
        ("tổng họp", 0),  # typed with marks the title does not print
    ],
)
def test_a_files_words_hold_only_whole_words_of_the_title(typed, held):
    assert whole_words(tokenize(typed), [PL_TITLE], COUNTS) == held


def _names(assistant, text: str) -> set[str]:
    prov = assistant.catalogue.provinces["tuyen-quang"]
    named = assistant.tasks_in_file(text, date(2021, 6, 14), prov, "Sở Xây dựng", prov.tasks)
    return {t.id for t in named.tasks}


def test_a_meeting_invitation_names_no_task_while_a_list_by_its_title_does(assistant):
    assert _names(assistant, INVITATION) == set()
    assert _names(assistant, "ds ra soat tong hop chi tiet") == {PHU_LUC}
    assert _names(assistant, "ho so de xuat") == {BIEU_02}
    assert _names(assistant, "bieu02 so xay dung") == {BIEU_02}  # a form's name still names it


def test_a_day_a_file_prints_names_no_task_due_that_day(assistant):
    # the day a paper is signed or a meeting held, not a deadline (a question's "hạn 20/5" is)
    assert _names(assistant, "Giấy mời họp ngày 20/5/2021") == set()
