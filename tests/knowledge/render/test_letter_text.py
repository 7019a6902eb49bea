"""The draft as the coordinator reads it: how often a recurring task falls due, in words."""

from __future__ import annotations

from datetime import date

from knowledge.letters.model import Draft, Letter, Recurrence, Task
from knowledge.render.letter_text import draft_text, review_html


def _draft(recurrence: Recurrence, printed: str) -> Draft:
    task = Task(
        title="Báo cáo kết quả thực hiện Kế hoạch",
        deadline=None,
        deadline_text=printed,
        recurrence=recurrence,
        units=("Văn phòng UBND tỉnh",),
        supporting=(),
        forms=(),
        recipient="UBND tỉnh",
        steps=(),
        contents=(),
        source="kh.txt#mục IV",
    )
    letter = Letter("38/KH-UBND", date(2023, 2, 24), "UBND tỉnh", "Số hóa hồ sơ")
    return Draft(letter, (task,))


def test_a_yearly_task_says_its_day_and_month_and_its_first_date():
    text = draft_text(
        _draft(Recurrence("year", 15, date(2023, 12, 15)), "định kỳ hằng năm trước ngày 15/12")
    )
    assert "Hạn: hằng năm, ngày 15/12, lần đầu 15/12/2023" in text


def test_a_quarterly_task_says_the_last_month_of_the_quarter():
    text = draft_text(_draft(Recurrence("quarter", 25, date(2023, 6, 25)), "trước ngày 25"))
    assert "Hạn: hằng quý (tháng cuối quý), ngày 25, lần đầu 25/6/2023" in text


def test_a_long_list_of_units_counts_its_kinds_before_it_is_cut():
    # a Sở task drafted for the districts too hid them behind "…" (ux17 item 2)
    from dataclasses import replace

    units = tuple(f"Sở {n}" for n in ("A", "B", "C", "D", "E", "F", "G", "H"))
    units += ("UBND huyện Hàm Yên", "UBND huyện Na Hang")
    draft = _draft(Recurrence("quarter", 25, date(2023, 6, 25)), "trước ngày 25")
    draft = replace(draft, tasks=(replace(draft.tasks[0], units=units),))
    assert "10 đơn vị (8 sở, ban, ngành; 2 UBND huyện, thành phố): Sở A" in draft_text(draft)


def test_a_note_is_shown_apart_from_what_holds_the_draft_back():
    draft = _draft(Recurrence("month", 5, date(2023, 3, 5)), "trước ngày 05 hằng tháng")
    note = "nhiệm vụ 1: cần kiểm tra: hạn “trước ngày 05 hằng tháng” lần đầu rơi vào Chủ nhật"
    text = review_html("kh.txt", draft, (), notes=(note,))
    assert "Cần xem lại</b> (không chặn công bố)" in text and note in text
    assert "Có thể công bố 1 nhiệm vụ" in text
