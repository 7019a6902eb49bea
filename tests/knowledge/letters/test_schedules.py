"""A date per unit in one sentence or cell (knowledge/letters/schedules.py)."""

from __future__ import annotations

from knowledge.letters.dates import Found
from knowledge.letters.register import Register
from knowledge.letters.schedules import scheduled
from knowledge.letters.text import Line


def _at(line: Line, phrase: str) -> Found:
    start = line.text.index(phrase)
    return Found(start, start + len(phrase), phrase)


def test_each_clause_names_the_units_its_date_is_for(catalogue):
    register = Register(catalogue, catalogue.province("tuyen-quang"))
    line = Line(1, "Sở Y tế, Công an tỉnh: trước ngày 15/9/2023; Sở Tư pháp trước ngày 20/9/2023")
    first = scheduled(line, _at(line, "trước ngày 15/9/2023"), register)
    second = scheduled(line, _at(line, "trước ngày 20/9/2023"), register)
    assert first is not None and first.names == ("Sở Y tế", "Công an tỉnh")
    assert second is not None and second.names == ("Sở Tư pháp",)


def test_the_units_left_are_those_no_other_clause_names(catalogue):
    register = Register(catalogue, catalogue.province("tuyen-quang"))
    line = Line(1, "- Sở Y tế: trước ngày 15/9/2023; - Các đơn vị còn lại: trước ngày 20/9/2023")
    rest = scheduled(line, _at(line, "trước ngày 20/9/2023"), register)
    assert rest is not None and rest.names == () and rest.others == {"Sở Y tế"}


def test_a_clause_that_does_more_than_name_units_is_no_schedule(catalogue):
    register = Register(catalogue, catalogue.province("tuyen-quang"))
    line = Line(1, "Sở Y tế gửi báo cáo trước ngày 15/9/2023; Sở Tư pháp trước ngày 20/9/2023")
    assert scheduled(line, _at(line, "trước ngày 15/9/2023"), register) is None
    alone = Line(2, "Sở Y tế: trước ngày 15/9/2023")
    assert scheduled(alone, _at(alone, "trước ngày 15/9/2023"), register) is None
