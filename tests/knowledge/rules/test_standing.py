"""The one definition of progress: open, late, done or closed, and the deadline that applies."""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.rules.progress import standing_of, task_standings
from knowledge.rules.reminders import deadlines, is_open
from knowledge.rules.standing import Mark, State

BAN = "Ban Điều hành Đề án thành lập Trung tâm Dịch vụ hành chính công trực tuyến tỉnh"


@pytest.fixture(scope="module")
def tq(catalogue):
    return catalogue.province("tuyen-quang")


@pytest.fixture(scope="module")
def kh(catalogue):
    return catalogue.province("khanh-hoa")


def at(catalogue, province, key, agency, day, mark=None):
    marks = {(key, agency): mark} if mark else {}
    found = standing_of(catalogue, province, key, agency, marks, day)
    assert found is not None
    return found


def test_open_before_its_date(catalogue, tq):
    s = at(catalogue, tq, "406-14", "Sở Xây dựng", date(2021, 4, 13))
    assert (s.state, s.due, s.days, s.role) == (State.OPEN, date(2021, 5, 31), 48, "lead")
    # on the day itself it is still open
    assert at(catalogue, tq, "406-14", "Sở Xây dựng", date(2021, 5, 31)).state is State.OPEN


def test_late_once_the_province_date_has_passed(catalogue, tq):
    s = at(catalogue, tq, "406-15", "Sở Xây dựng", date(2021, 6, 2))
    assert (s.state, s.due, s.days) == (State.LATE, date(2021, 5, 31), -2)
    blocked = Mark("vuong_mac", date(2021, 5, 20))
    assert at(catalogue, tq, "406-15", "Sở Xây dựng", date(2021, 6, 2), blocked).state is (
        State.LATE
    )


def test_done_is_never_late_even_past_every_date(catalogue, tq):
    done = Mark("hoan_thanh", date(2021, 6, 10))  # reported after the province's date
    for day in (date(2021, 6, 2), date(2021, 7, 2), date(2022, 1, 4)):
        s = at(catalogue, tq, "406-14", "Sở Xây dựng", day, done)
        assert s.state is State.DONE and s.code == "hoan_thanh"
    # the date shown for a done row is the latest one passed
    assert at(catalogue, tq, "406-14", "Sở Xây dựng", date(2021, 6, 2), done).due == date(
        2021, 5, 31
    )


def test_closed_is_its_own_category(catalogue, tq):
    closed = Mark("khong_du_dieu_kien", date(2021, 5, 1))
    s = at(catalogue, tq, "406-15", "Sở Xây dựng", date(2021, 6, 2), closed)
    assert s.state is State.CLOSED and s.code == "khong_du_dieu_kien"
    assert at(catalogue, tq, "406-15", "Sở Xây dựng", date(2021, 4, 13), closed).state is (
        State.CLOSED
    )


def test_multi_phase_row_is_late_once_a_phase_passes(catalogue, tq):
    # 406-39 in Tuyên Quang: households by 31/5/2021, businesses by 31/8/2021, then QĐ 406's
    # Quý III/2021 (30/9/2021).
    def s(day, mark=None, agency="Sở Tài chính"):
        return at(catalogue, tq, "406-39", agency, day, mark)

    assert (s(date(2021, 5, 20)).state, s(date(2021, 5, 20)).due) == (
        State.OPEN,
        date(2021, 5, 31),
    )
    first = s(date(2021, 6, 2), Mark("dang_thuc_hien", date(2021, 5, 1)))
    assert (first.state, first.due, first.phase, first.phases) == (
        State.LATE,
        date(2021, 5, 31),
        1,
        3,
    )
    # with nothing reported, late since the first date missed, whatever passed after it: the
    # days count from 31/5 (ux19 item 1: they restarted from each later date)
    second = s(date(2021, 9, 2))
    assert (second.state, second.due, second.phase, second.days) == (
        State.LATE,
        date(2021, 5, 31),
        1,
        -94,
    )
    national = s(date(2021, 10, 1))
    assert (national.state, national.due, national.phase) == (State.LATE, date(2021, 5, 31), 1)
    assert [d.national for d in national.steps] == [False, False, True]
    assert national.steps[-1].label.startswith("QĐ 406")
    assert s(date(2021, 6, 2), Mark("hoan_thanh", date(2021, 6, 1))).state is State.DONE
    # a coordinating agency stands by its own status
    coordinating = s(
        date(2021, 6, 2), Mark("hoan_thanh", date(2021, 6, 1)), "Sở Tài nguyên và Môi trường"
    )
    assert (coordinating.state, coordinating.role) == (State.DONE, "coordinate")
    assert s(date(2021, 6, 2), agency="Sở Tài nguyên và Môi trường").state is State.LATE


def test_provincial_task(catalogue, tq):
    s = at(catalogue, tq, "tq-2021-04-20", "Sở Xây dựng", date(2021, 6, 2))
    assert (s.state, s.due, s.days, s.role) == (State.LATE, date(2021, 4, 20), -43, "task")
    done = Mark("hoan_thanh", date(2021, 4, 19))
    assert at(catalogue, tq, "tq-2021-04-20", "Sở Xây dựng", date(2021, 6, 2), done).state is (
        State.DONE
    )
    # the coordinator receives the dossier and owes none
    assert (
        standing_of(
            catalogue, tq, "tq-2021-04-20", "Sở Thông tin và Truyền thông", {}, date(2021, 6, 2)
        )
        is None
    )


def test_monthly_task_is_done_per_occurrence(catalogue, kh):
    def s(day, marks=None):
        return standing_of(catalogue, kh, "kh-monthly-sync", BAN, marks or {}, day)

    def june(mark):
        return {("kh-monthly-sync@2020-06-01", BAN): mark}

    # before the first sync (1/5/2020) it is open for that date, under that occurrence's key
    first = s(date(2020, 4, 15))
    assert (first.state, first.due, first.key) == (
        State.OPEN,
        date(2020, 5, 1),
        "kh-monthly-sync@2020-05-01",
    )
    late = s(date(2020, 6, 3))
    # the oldest occurrence owed applies: May, then June; 1/5/2020 a holiday, then the
    # weekend: May's period ran to the end of Monday 4/5 (BLDS 2015, Điều 148)
    assert (late.state, late.due, late.days) == (State.LATE, date(2020, 5, 1), -30)
    may_done = {("kh-monthly-sync@2020-05-01", BAN): Mark("hoan_thanh", date(2020, 5, 1))}
    assert (s(date(2020, 6, 3), may_done).due, s(date(2020, 6, 3), may_done).days) == (
        date(2020, 6, 1),
        -2,
    )
    # June's sync done, May's still owed: May is late, June counts as sent, not left out;
    # July's month has not begun: not listed yet (ux36 #2)
    units = task_standings(kh.task("kh-monthly-sync"), june(DONE_2_6), date(2020, 6, 3))
    assert [(u.key, u.state, u.code) for u in units] == [
        ("kh-monthly-sync@2020-05-01", State.LATE, "chua_bat_dau"),
        ("kh-monthly-sync@2020-06-01", State.DONE, "hoan_thanh"),
    ]
    # the bare id still names the oldest owed (May), never June's sent one
    assert s(date(2020, 6, 3), june(DONE_2_6)).key == "kh-monthly-sync@2020-05-01"
    # a July sync reported early is done once July's is listed, on its day
    early = {("kh-monthly-sync@2020-07-01", BAN): Mark("hoan_thanh", date(2020, 6, 25))}
    ahead = s(date(2020, 7, 1), {**may_done, **june(DONE_2_6), **early})
    assert (ahead.state, ahead.due) == (State.DONE, date(2020, 7, 1))


DONE_2_6 = Mark("hoan_thanh", date(2020, 6, 2))


def test_late_for_august_on_time_for_september(catalogue, kh):
    task = kh.task("kh-monthly-sync")
    marks = {
        (task.key_of(date(2020, d.month, 1)), BAN): Mark("hoan_thanh", d)
        for d in (date(2020, m, 1) for m in range(5, 8))
    }
    marks[(task.key_of(date(2020, 9, 1)), BAN)] = Mark("hoan_thanh", date(2020, 8, 31))
    units = task_standings(task, marks, date(2020, 9, 10))
    # August never reported: late on its own; every month sent in time counted as done, not
    # left out (ux36 #2); October's month has not begun
    assert [(u.due, u.state) for u in units] == [
        (date(2020, 5, 1), State.DONE),
        (date(2020, 6, 1), State.DONE),
        (date(2020, 7, 1), State.DONE),
        (date(2020, 8, 1), State.LATE),
        (date(2020, 9, 1), State.DONE),
    ]


def test_a_status_kept_under_the_bare_id_still_counts(catalogue, kh):
    def s(day, mark):
        return at(catalogue, kh, "kh-monthly-sync", BAN, day, mark)

    # as statuses were kept before occurrences had keys: the nearest occurrence and those before
    assert (s(date(2020, 6, 3), DONE_2_6).state, s(date(2020, 6, 3), DONE_2_6).due) == (
        State.DONE,
        date(2020, 6, 1),
    )
    early = Mark("hoan_thanh", date(2020, 6, 25))  # nearer 1/7 than 1/6: July's sync
    assert (s(date(2020, 7, 1), early).state, s(date(2020, 7, 1), early).due) == (
        State.DONE,
        date(2020, 7, 1),
    )
    assert s(date(2020, 6, 3), Mark("khong_du_dieu_kien", date(2020, 5, 1))).state is (
        State.CLOSED
    )


def test_the_reminder_planner_uses_the_same_rule(catalogue, kh, tq):
    june = {("kh-monthly-sync@2020-06-01", BAN): DONE_2_6}
    owed = {
        d.due: is_open(d, june)
        for d in deadlines(catalogue, kh, date(2020, 5, 1), date(2020, 8, 1))
        if d.key.startswith("kh-monthly-sync@")
    }
    assert owed == {
        date(2020, 5, 1): True,
        date(2020, 6, 1): False,
        date(2020, 7, 1): True,
        date(2020, 8, 1): True,
    }
    closed = {("406-15", "Sở Xây dựng"): Mark("khong_du_dieu_kien", date(2021, 5, 1))}
    assert not [
        d
        for d in deadlines(catalogue, tq, date(2021, 1, 1), date(2021, 12, 31))
        if (d.key, d.agency) == ("406-15", "Sở Xây dựng") and is_open(d, closed)
    ]
