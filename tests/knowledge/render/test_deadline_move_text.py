"""The warning of a new deadline already passed (knowledge/render/deadline_move_text.py
`past_lines`): the coordinator reads who turns late before pressing again."""

from __future__ import annotations

from datetime import date

from knowledge.render.answers import to_plain
from knowledge.render.deadline_move_text import past_lines
from knowledge.rules.move_effects import MoveEffect

UNITS = tuple(f"UBND huyện {n}" for n in "ABCDEFGHIJ")  # ten units


def test_a_long_list_of_units_says_how_many_it_leaves_out():
    effect = MoveEffect(True, UNITS, UNITS[:9])
    said = to_plain("\n".join(past_lines(date(2021, 6, 5), effect)))
    assert "10 đơn vị sẽ quá hạn ngay: UBND huyện A;" in said
    assert "UBND huyện H và 2 đơn vị khác." in said
    # those who sent it and turn "sent late" are cut the same way, never silently
    assert "9 đơn vị đã nộp sẽ thành nộp muộn:" in said
    assert "UBND huyện H và 1 đơn vị khác." in said
    assert "UBND huyện I" not in said


def test_a_date_ahead_warns_of_nothing_and_a_harmless_past_date_says_so():
    assert past_lines(date(2021, 7, 5), MoveEffect(False, (), ())) == []
    said = past_lines(date(2021, 6, 5), MoveEffect(True, (), ()))
    assert said[-1].strip() == "Không đơn vị nào đổi từ đúng hạn sang quá hạn."
