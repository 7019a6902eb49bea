"""A row answered on its own says where the unit stands on its dates, by the standing rule of
/tiendo and /quahan (knowledge/render/row_standing_answers.py, ux28 #1)."""

from __future__ import annotations

from datetime import date

from knowledge.reader.ask import default_assistant
from knowledge.render.progress_text import unit_line
from knowledge.rules.progress import standings
from knowledge.rules.standing import Mark

AGENCY = "Sở Y tế"  # leads 406-22: the province's 31/8/2021, the decision's 30/9/2021


def _ask(question: str, day: date, marks: dict) -> str:
    assistant = default_assistant()
    asked = assistant.understand(question, day, "tuyen-quang", AGENCY)
    assert asked.dated and asked.needs_statuses  # the answer is read from the statuses
    return assistant.answer(asked, marks).text


def _tiendo(day: date, marks: dict) -> str:
    catalogue = default_assistant().catalogue
    tq = catalogue.province("tuyen-quang")
    [row] = [s for s in standings(catalogue, tq, marks, day, AGENCY) if s.key == "406-22"]
    return unit_line(catalogue, tq, row, True)


def test_the_row_answer_says_the_standing_tiendo_says():
    day = date(2021, 9, 10)  # the province's 31/8 missed, the decision's 30/9 ahead
    said = _ask("406-22 han khi nao", day, {})
    [line] = [x for x in said.splitlines() if x.startswith("• Tiến độ")]
    assert line.startswith(f"• Tiến độ {AGENCY}: ⚪ Chưa bắt đầu — hạn 31/8/2021 (quá hạn 10")
    assert line.endswith("❗QUÁ HẠN")
    dates = line.split(" — ", 1)[1].removesuffix(" ❗QUÁ HẠN")
    assert dates in _tiendo(day, {})


def test_a_row_done_is_said_done_not_late():
    day = date(2021, 9, 10)
    marks = {("406-22", AGENCY): Mark("hoan_thanh", date(2021, 8, 20))}
    said = _ask("406-22 han khi nao", day, marks)
    [line] = [x for x in said.splitlines() if x.startswith("• Tiến độ")]
    assert "✅ Hoàn thành" in line and "quá hạn" not in line and "QUÁ HẠN" not in line
