"""Which milestone of a row of several an officer's words name (knowledge/rules/milestones.py),
on 406-39's two milestones as Tuyên Quang's BIỂU 01 words them."""

from __future__ import annotations

from datetime import date

from knowledge.reader.ask import default_assistant
from knowledge.render.standing_dates import late_done_line, when_text
from knowledge.rules.milestones import milestone_name, named_milestone, settled_by_done
from knowledge.rules.progress import standings
from knowledge.rules.standing import Mark, State, date_state


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


def _row(marks, day):
    catalogue = default_assistant().catalogue
    tq = catalogue.province("tuyen-quang")
    [row] = [s for s in standings(catalogue, tq, marks, day, "Sở Tài chính") if s.key == "406-39"]
    return row


def test_the_decisions_date_stands_with_the_milestone_it_is_beside():
    # 406-39: the province's 31/5 and 31/8, the decision's 30/9 beside the 31/8 milestone
    day = date(2021, 7, 10)
    closed = {("406-39@2021-08-31", "Sở Tài chính"): Mark("khong_du_dieu_kien", day)}
    row = _row(closed, day)
    national = [d for d in row.steps if d.national]
    assert [d.due for d in national] == [date(2021, 9, 30)]
    assert date_state(row, national[0]) is State.CLOSED
    # the households' milestone, unmet and passed, is late on its own
    assert date_state(row, row.steps[0]) is State.LATE
    assert "30/9/2021 (không đủ điều kiện)" in when_text(row)
    done = {("406-39@2021-08-31", "Sở Tài chính"): Mark("hoan_thanh", day)}
    assert date_state(_row(done, day), national[0]) is State.DONE
    assert date_state(_row({}, day), national[0]) is State.OPEN


def test_a_done_settles_the_milestone_named_else_the_one_that_applies():
    day = date(2021, 6, 10)  # households' 31/5 missed, businesses' 31/8 ahead
    households, businesses = _steps()
    found = settled_by_done(_row({}, day))
    assert found is not None and (found.chosen, found.others) == (households, (businesses,))
    found = settled_by_done(_row({}, day), "xong mốc 2")
    assert found is not None and (found.chosen, found.others) == (businesses, (households,))
    # one milestone left owed: the row's own status settles it, no milestone chosen
    done = {("406-39@2021-05-31", "Sở Tài chính"): Mark("hoan_thanh", day)}
    assert settled_by_done(_row(done, day)) is None


def test_each_milestone_keeps_its_own_result_once_the_row_is_done():
    # ux28 #5: households reported done on 1/7 (31 days after 31/5), then the row on 25/8
    # (before 31/8): the first is late by its own day, the second on time
    marks = {
        ("406-39@2021-05-31", "Sở Tài chính"): Mark("hoan_thanh", date(2021, 7, 1)),
        ("406-39", "Sở Tài chính"): Mark("hoan_thanh", date(2021, 8, 25)),
    }
    row = _row(marks, date(2021, 8, 27))
    assert row.state is State.DONE and row.milestones_late == (31, 0)
    said = when_text(row)
    assert "mốc 1 (hộ gia đình) 31/5/2021 — 🕓 xong muộn 31 ngày" in said
    assert "mốc 2 (doanh nghiệp) 31/8/2021 — ✅ xong đúng hạn" in said
    assert "86" not in said  # never counted from 31/5 to the row's own done
    receipt = late_done_line(row)
    assert receipt == "Kết quả từng mốc: mốc 1 🕓 xong muộn 31 ngày; mốc 2 ✅ xong đúng hạn."


def test_a_row_with_a_milestone_met_is_under_way_before_its_own_status():
    marks = {("406-39@2021-05-31", "Sở Tài chính"): Mark("hoan_thanh", date(2021, 7, 1))}
    row = _row(marks, date(2021, 8, 20))
    assert row.state is State.OPEN and row.code == "dang_thuc_hien"
    assert late_done_line(row, date(2021, 5, 31)) == (
        "🕓 Mốc 1 xong muộn: hạn 31/5/2021, sau hạn 31 ngày."
    )
    assert late_done_line(row, date(2021, 8, 31)) == ""  # not done: nothing said late
