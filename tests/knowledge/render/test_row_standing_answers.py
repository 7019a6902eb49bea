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


def test_a_row_done_in_time_is_said_done_the_same_in_every_view():
    """ux35 #2: 406-14 reported done on 25/5 (the province's 31/5) was "quá hạn 32 ngày" beside
    ✅ in its card and in a choice of rows, and /tiendo said 31/5 on 28/6, 30/6 on 2/7."""
    unit, done = "Sở Xây dựng", date(2021, 5, 25)
    marks = {("406-14", unit): Mark("hoan_thanh", done)}
    assistant = default_assistant()
    tq = assistant.catalogue.province("tuyen-quang")
    said = {}
    for day in (date(2021, 5, 28), date(2021, 6, 28), date(2021, 7, 2)):
        card = assistant.answer(assistant.understand("406-14", day, "tuyen-quang", unit), marks)
        [line] = [x for x in card.text.splitlines() if x.startswith("• Tiến độ")]
        assert (
            line == f"• Tiến độ {unit}: ✅ Hoàn thành — xong 25/5/2021, đúng hạn (hạn 31/5/2021)"
        )
        dates = [x for x in card.text.splitlines() if x.startswith("• Hạn")]
        assert dates and not any("ngày)" in x for x in dates)
        offered = assistant.answer(
            assistant.understand("cap phep", day, "tuyen-quang", unit), marks
        )
        assert not offered.sure
        [row] = [x for x in offered.text.splitlines() if x.startswith("• 406-14 ")]
        assert row.endswith("hạn 31/5/2021 — ✅ Hoàn thành, xong 25/5/2021, đúng hạn")
        [s] = [
            s for s in standings(assistant.catalogue, tq, marks, day, unit) if s.key == "406-14"
        ]
        said[day] = unit_line(assistant.catalogue, tq, s, True)
        # /tiendo asks the same rule as the card and says the same words (u49 #1)
        assert said[day].endswith("✅ Hoàn thành — xong 25/5/2021, đúng hạn (hạn 31/5/2021)")
    assert len(set(said.values())) == 1  # /tiendo says one date, whatever the day


def test_a_row_done_late_says_how_late_not_how_many_days_ago():
    marks = {("406-14", "Sở Xây dựng"): Mark("hoan_thanh", date(2021, 6, 3))}
    assistant = default_assistant()
    asked = assistant.understand("406-14", date(2021, 7, 2), "tuyen-quang", "Sở Xây dựng")
    text = assistant.answer(asked, marks).text
    said = "🕓 xong muộn 3 ngày (xong 3/6/2021, hạn 31/5/2021)"
    assert said in text and "quá hạn" not in text


def test_a_choice_of_one_done_row_says_it_on_the_rows_line_not_as_a_card():
    """ "gpxd vung": one row offered ("Có phải bạn hỏi…"); its standing was put above it as
    the card's "• Tiến độ" line, first in the list, and the row's own line counted its days."""
    marks = {("406-14", "Sở Xây dựng"): Mark("hoan_thanh", date(2021, 5, 25))}
    assistant = default_assistant()
    asked = assistant.understand("gpxd vung", date(2021, 5, 25), "tuyen-quang", "Sở Xây dựng")
    offered = assistant.answer(asked, marks)
    assert not offered.sure and [i.key for i in offered.items] == ["406-14"]
    bullets = [x for x in offered.text.splitlines() if x.startswith("•")]
    assert len(bullets) == 1 and bullets[0].startswith("• 406-14 ")
    assert bullets[0].endswith("hạn 31/5/2021 — ✅ Hoàn thành, xong 25/5/2021, đúng hạn")
