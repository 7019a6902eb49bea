"""Who has sent each task's document (knowledge/deliverables/tracking.py): progress's rule, not
another one."""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.deliverables.tracking import Handin, current, missing_by_unit, track
from knowledge.rules.progress import task_standings
from knowledge.rules.standing import Mark, State

APRIL, MAY = "tq-2021-04-20", "tq-2021-05-20"
MARKS = {
    (APRIL, "Sở Xây dựng"): Mark("hoan_thanh", date(2021, 4, 16)),
    (APRIL, "Sở Tài chính"): Mark("hoan_thanh", date(2021, 4, 22)),
    (APRIL, "Sở Y tế"): Mark("dang_thuc_hien", date(2021, 4, 10)),
    (APRIL, "Sở Tư pháp"): Mark("khong_du_dieu_kien", date(2021, 4, 12)),
}


@pytest.fixture(scope="module")
def tq(catalogue):
    return catalogue.province("tuyen-quang")


def unit(tracked, task, name):
    found = next(t for t in tracked if t.task.id == task)
    return next(u for u in found.units if u.unit == name)


def test_sent_late_missing_and_excused_on_23_april(tq):
    tracked = track(tq, MARKS, date(2021, 4, 23))
    assert [t.task.id for t in tracked] == [APRIL, MAY]  # tasks with a form, by deadline
    building = unit(tracked, APRIL, "Sở Xây dựng")
    assert (building.state, building.sent_on, building.late) == (
        Handin.SENT,
        date(2021, 4, 16),
        False,
    )
    finance = unit(tracked, APRIL, "Sở Tài chính")
    assert (finance.state, finance.sent_on, finance.days_late) == (
        Handin.SENT_LATE,
        date(2021, 4, 22),
        2,
    )
    health = unit(tracked, APRIL, "Sở Y tế")  # working on it, never sent
    assert (health.state, health.sent_on, health.days_late) == (Handin.OVERDUE, None, 3)
    assert unit(tracked, APRIL, "Sở Tư pháp").state is Handin.EXCUSED
    april = tracked[0]
    addressees = len(next(t for t in tq.tasks if t.id == APRIL).addressees)
    # late: the one sent late and every one still missing
    assert (april.sent, april.late, april.owed) == (2, addressees - 2, addressees - 1)
    assert april.missing == addressees - 3
    assert unit(tracked, MAY, "Sở Xây dựng").state is Handin.WAITING


def test_the_states_are_standings(tq):
    # every hand-in is where standing puts the task for that unit: sent iff done, late only
    # when standing says late or the date sent is after the deadline
    day = date(2021, 4, 23)
    tracked = track(tq, MARKS, day)
    task = next(t for t in tq.tasks if t.id == APRIL)
    standing = {s.agency: s for s in task_standings(task, MARKS, day)}
    for u in tracked[0].units:
        assert u.sent == (standing[u.unit].state is State.DONE)
        if not u.sent:
            assert u.late == (standing[u.unit].state is State.LATE)


def test_before_the_deadline_nobody_is_late(tq):
    marks = {k: m for k, m in MARKS.items() if m.on <= date(2021, 4, 19)}
    tracked = track(tq, marks, date(2021, 4, 19))
    assert unit(tracked, APRIL, "Sở Xây dựng").state is Handin.SENT
    assert unit(tracked, APRIL, "Sở Tài chính").state is Handin.WAITING
    assert unit(tracked, APRIL, "Sở Y tế").state is Handin.WAITING
    assert tracked[0].late == 0


def test_one_unit_and_details_from_the_submissions(tq):
    details = {(APRIL, "Sở Xây dựng"): "bieu02.xlsx, bản 2"}
    tracked = track(tq, MARKS, date(2021, 4, 23), "Sở Xây dựng", details)
    assert [(t.task.id, [u.unit for u in t.units]) for t in tracked] == [
        (APRIL, ["Sở Xây dựng"]),
        (MAY, ["Sở Xây dựng"]),
    ]
    assert tracked[0].units[0].detail == "bieu02.xlsx, bản 2"
    # the May letter is addressed to "Các Sở, ban, ngành" only, not to Công an tỉnh
    assert [t.task.id for t in track(tq, {}, date(2021, 4, 23), "Công an tỉnh")] == [APRIL]
    # a district unit only comments on both (000 §4, 003 §2): nothing to track
    assert track(tq, {}, date(2021, 4, 23), "UBND huyện Hàm Yên") == []


def test_only_the_documents_being_collected_are_chased(catalogue, tq):
    # chased from the first reminder day, 7 working days before (ux34 #3): 20/5/2021 (a
    # Thursday) from Tuesday 11/5, not a week of calendar days before; 20/4 for as long as
    # it is missing
    days = catalogue.calendar

    def chased(day: date) -> list[str]:
        return [t.task.id for t in current(track(tq, {}, day), day, days)]

    assert chased(date(2021, 4, 8)) == [] and chased(date(2021, 4, 9)) == [APRIL]
    assert chased(date(2021, 5, 10)) == [APRIL]
    assert chased(date(2021, 5, 11)) == [APRIL, MAY]
    day = date(2021, 5, 13)
    missing = missing_by_unit(track(tq, MARKS, day), day, days)
    assert "Sở Xây dựng" in missing and [u.task.id for u in missing["Sở Xây dựng"]] == [MAY]
    assert [u.task.id for u in missing["Sở Y tế"]] == [APRIL, MAY]
    assert "Sở Tư pháp" in missing and [u.task.id for u in missing["Sở Tư pháp"]] == [MAY]
    # a policy of 3 working days chases 20/5 from Monday 17/5
    assert [
        u.task.id for u in missing_by_unit(track(tq, {}, day), day, days, (3, 1, 0))["Sở Tư pháp"]
    ] == [APRIL]


def test_tasks_without_a_form_are_not_tracked(catalogue):
    kh = catalogue.province("khanh-hoa")
    assert track(kh, {}, date(2020, 4, 1)) == []
