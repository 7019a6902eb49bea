"""Done after the deadline that applies is done late (ux19 #10): never counted late, but the
days after the date are the standing's (`late_by`), which every view then says beside it."""

from __future__ import annotations

from datetime import date

from knowledge.render.standing_dates import late_done_line, when_text
from knowledge.rules.progress import standing_of
from knowledge.rules.standing import Mark, State

LDTBXH = "Sở Lao động, Thương binh và Xã hội"


def test_done_after_the_date_is_done_late_by_the_days_after_it(catalogue):
    tq = catalogue.province("tuyen-quang")
    late = Mark("hoan_thanh", date(2021, 5, 21))
    s = standing_of(
        catalogue, tq, "tq-2021-05-20", LDTBXH, {("tq-2021-05-20", LDTBXH): late}, date(2021, 6, 1)
    )
    assert s is not None and (s.state, s.late_by) == (State.DONE, 1)
    assert when_text(s) == "hạn 20/5/2021 (🕓 nộp muộn 1 ngày)"
    assert late_done_line(s) == "🕓 Nộp muộn: hạn 20/5/2021, sau hạn 1 ngày."
    in_time = Mark("hoan_thanh", date(2021, 5, 20))
    s = standing_of(
        catalogue,
        tq,
        "tq-2021-05-20",
        LDTBXH,
        {("tq-2021-05-20", LDTBXH): in_time},
        date(2021, 6, 1),
    )
    assert s is not None and (s.state, s.late_by) == (State.DONE, 0)
    assert when_text(s) == "hạn 20/5/2021" and late_done_line(s) == ""
    row = Mark("hoan_thanh", date(2021, 6, 10))
    s = standing_of(
        catalogue, tq, "406-14", "Sở Xây dựng", {("406-14", "Sở Xây dựng"): row}, date(2021, 6, 12)
    )
    assert s is not None and s.late_by == 10 and "xong muộn 10 ngày" in when_text(s)
    assert late_done_line(s) == "🕓 Xong muộn: hạn 31/5/2021, sau hạn 10 ngày."


def test_a_row_done_after_the_provinces_date_counts_from_it_not_the_decisions(catalogue):
    """406-20: the province's 31/5, the decision's 30/6 (ux25 #1): sent 2/6 is 2 days late,
    reported 13/9 is 105, each against 31/5, the date it missed first; done in time, against
    31/5 too, the first date it met, whatever day it is asked (ux35 #2)."""
    tq = catalogue.province("tuyen-quang")
    key, unit = "406-20", "Sở Tài nguyên và Môi trường"
    for sent, late in ((date(2021, 6, 2), 2), (date(2021, 9, 13), 105), (date(2021, 5, 31), 0)):
        marks = {(key, unit): Mark("hoan_thanh", sent)}
        s = standing_of(catalogue, tq, key, unit, marks, date(2021, 9, 13))
        assert s is not None and (s.state, s.late_by) == (State.DONE, late)
        assert s.due == date(2021, 5, 31)
        assert s.done_on == sent


def test_a_row_of_two_milestones_is_open_until_the_second_is_met(catalogue):
    """406-39, households by 31/5 and businesses by 31/8 (ux25 #2): the first milestone met
    keeps the row open on the second, under way, never done."""
    tq = catalogue.province("tuyen-quang")
    key, unit = "406-39", "Sở Tài chính"
    first = {("406-39@2021-05-31", unit): Mark("hoan_thanh", date(2021, 5, 24))}
    s = standing_of(catalogue, tq, key, unit, first, date(2021, 5, 24))
    assert s is not None and s.state is State.OPEN and s.due == date(2021, 8, 31)
    assert s.code == "dang_thuc_hien" and s.milestones_met == 1
    assert when_text(s).startswith("xong 1/2 mốc: mốc 1 (hộ gia đình) 31/5/2021 — ✅ xong")
    late = standing_of(catalogue, tq, key, unit, first, date(2021, 9, 6))
    assert late is not None and late.state is State.LATE and late.due == date(2021, 8, 31)
    both = {**first, ("406-39@2021-08-31", unit): Mark("hoan_thanh", date(2021, 8, 30))}
    done = standing_of(catalogue, tq, key, unit, both, date(2021, 9, 6))
    assert done is not None and done.state is State.DONE and done.late_by == 0
