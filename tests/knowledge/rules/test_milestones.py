"""Which milestone of a row of several an officer's words name (knowledge/rules/milestones.py),
on 406-39's two milestones as Tuyên Quang's BIỂU 01 words them."""

from __future__ import annotations

from datetime import date

from knowledge.reader.ask import default_assistant
from knowledge.rules.milestones import milestone_name, named_milestone
from knowledge.rules.progress import standings


def _steps():
    catalogue = default_assistant().catalogue
    tq = catalogue.province("tuyen-quang")
    [row] = [
        s
        for s in standings(catalogue, tq, {}, date(2021, 6, 10), "Sở Tài chính")
        if s.key == "406-39"
    ]
    return [d for d, _ in row.milestones]


def test_each_milestone_is_named_by_whom_it_is_for():
    assert [milestone_name(d.label) for d in _steps()] == ["hộ gia đình", "doanh nghiệp"]


def test_the_words_name_one_milestone_by_number_or_by_whom():
    steps = _steps()
    households, businesses = steps
    assert named_milestone(steps, steps, "xong giai doan doanh nghiep") is businesses
    assert named_milestone(steps, steps, "đã xong mốc 1") is households
    assert named_milestone(steps, steps, "gđ 2 xong") is businesses


def test_words_naming_both_or_none_choose_nothing():
    steps = _steps()
    assert named_milestone(steps, steps, "ho gia dinh xong, doanh nghiep chua") is None
    assert named_milestone(steps, steps, "đã tích hợp") is None
    # a milestone no longer owed is not chosen again
    assert named_milestone(steps, steps[1:], "xong mốc 1") is None
