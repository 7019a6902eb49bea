"""The reminder plan, a pure function of (catalogue, province, statuses, day)."""

from __future__ import annotations

from datetime import date, timedelta

from knowledge.deliverables.digest import build_digest
from knowledge.rules.reminders import Mark, Policy, plan_day, plan_range


def days_for(plan, agency, key):
    """The (day, offset) of the agency's reminders of `key` (of any occurrence of a recurring
    task named by its id)."""
    return [
        (day, r.offset)
        for day, r in plan
        if r.agency == agency and any(k == key or k.startswith(key + "@") for k in r.keys)
    ]


def test_tuyen_quang_20_april_on_working_days_before_and_on_the_day(catalogue):
    tq = catalogue.province("tuyen-quang")
    plan = plan_range(catalogue, tq, {}, date(2021, 4, 1), date(2021, 4, 21))
    # working days (issue 19): 7 before Tuesday 20/4 is Friday 9/4, the weekend skipped
    assert days_for(plan, "Sở Xây dựng", "tq-2021-04-20") == [
        (date(2021, 4, 9), 7),
        (date(2021, 4, 15), 3),
        (date(2021, 4, 19), 1),
        (date(2021, 4, 20), 0),
    ]


def test_nothing_planned_on_weekends_or_holidays(catalogue):
    for slug, year in (("tuyen-quang", 2021), ("khanh-hoa", 2020)):
        plan = plan_range(
            catalogue, catalogue.province(slug), {}, date(year, 1, 1), date(year, 12, 31)
        )
        assert plan
        assert all(catalogue.calendar.is_working(day) for day, _ in plan)
    assert not catalogue.calendar.is_working(date(2021, 4, 21))  # Giỗ Tổ Hùng Vương 2021


def test_done_rows_never_reminded_others_still_are(catalogue):
    tq = catalogue.province("tuyen-quang")
    marks = {("406-14", "Sở Xây dựng"): Mark("hoan_thanh", date(2021, 4, 2))}
    plan = plan_range(catalogue, tq, marks, date(2021, 4, 1), date(2021, 12, 31))
    assert days_for(plan, "Sở Xây dựng", "406-14") == []
    assert (date(2021, 5, 20), 7) in days_for(plan, "Sở Xây dựng", "406-15")
    blocked = {("406-15", "Sở Xây dựng"): Mark("vuong_mac", date(2021, 4, 2))}
    assert days_for(
        plan_range(catalogue, tq, blocked, date(2021, 5, 20), date(2021, 5, 20)),
        "Sở Xây dựng",
        "406-15",
    ) == [(date(2021, 5, 20), 7)]


def test_month_deadline_then_weekly_overdue_then_national_quarter(catalogue):
    tq = catalogue.province("tuyen-quang")
    plan = plan_range(catalogue, tq, {}, date(2021, 5, 1), date(2021, 7, 10))
    got = days_for(plan, "Sở Xây dựng", "406-15")
    # "Tháng 5/2021" ends 31/5 (a Monday); then weekly overdue; then Quý II/2021 of the decision,
    # 30/6.
    assert got[:4] == [
        (date(2021, 5, 20), 7),
        (date(2021, 5, 26), 3),
        (date(2021, 5, 28), 1),
        (date(2021, 5, 31), 0),
    ]
    assert (date(2021, 6, 7), -7) in got
    # the days of 30/6 (7 working days before, the day) remind it as late for 31/5, as /quahan
    # counts it (the standing rule: a passed date not met makes the row late, ux16a item 2)
    assert (date(2021, 6, 21), -21) in got and (date(2021, 6, 30), -30) in got
    assert not [d for d, off in got if off >= 0 and d > date(2021, 5, 31)]
    # once 30/6 has passed too, it is still late for the province's 31/5, the first date it
    # missed (its days count from there), the decision's quarter beside it
    reminders = [r for day, r in plan if day == date(2021, 7, 5) and r.agency == "Sở Xây dựng"]
    [row] = [d for r in reminders for d in r.items if d.key == "406-15"]
    assert row.due == date(2021, 5, 31) and not row.national
    assert row.following == date(2021, 6, 30)
    assert [r.offset for r in reminders if "406-15" in r.keys] == [-35]


def test_each_phase_of_a_multi_phase_row(catalogue):
    tq = catalogue.province("tuyen-quang")
    plan = plan_range(catalogue, tq, {}, date(2021, 5, 1), date(2021, 9, 1))
    got = {(day, r.due) for day, r in plan if r.agency == "Sở Tài chính" and "406-39" in r.keys}
    # each phase's day is a reminder day; the second, with the first not met, reminds the row as
    # late for the first (the standing rule)
    assert (date(2021, 5, 31), date(2021, 5, 31)) in got
    assert (date(2021, 8, 31), date(2021, 5, 31)) in got


def test_khanh_hoa_monthly_sync_and_a_done_month(catalogue):
    kh = catalogue.province("khanh-hoa")
    ban = "Ban Điều hành Đề án thành lập Trung tâm Dịch vụ hành chính công trực tuyến tỉnh"
    plan = plan_range(catalogue, kh, {}, date(2020, 4, 1), date(2020, 8, 31))
    due_days = [day for day, off in days_for(plan, ban, "kh-monthly-sync") if off == 0]
    # 1/5/2020 is a holiday and 30/4 too: the day-of reminder comes on 29/4. 1/8/2020 is a
    # Saturday: 31/7.
    assert due_days == [date(2020, 4, 29), date(2020, 6, 1), date(2020, 7, 1), date(2020, 7, 31)]
    done_may = {("kh-monthly-sync", ban): Mark("hoan_thanh", date(2020, 5, 4))}
    plan = plan_range(catalogue, kh, done_may, date(2020, 5, 4), date(2020, 6, 1))
    got = days_for(plan, ban, "kh-monthly-sync")
    # only June's reminders remain
    assert got and all(r_day >= date(2020, 5, 21) for r_day, _ in got)
    assert days_for(
        plan_range(catalogue, kh, {}, date(2020, 4, 1), date(2020, 4, 10)),
        "Sở Thông tin và Truyền thông",
        "kh-2020-04-10",
    )[-1] == (date(2020, 4, 10), 0)


def test_offsets_configurable_and_overdue_off(catalogue):
    tq = catalogue.province("tuyen-quang")
    plan = plan_range(
        catalogue,
        tq,
        {},
        date(2021, 4, 1),
        date(2021, 6, 1),
        Policy(offsets=(2,), overdue_every=0),
    )
    assert days_for(plan, "Sở Xây dựng", "tq-2021-04-20") == [(date(2021, 4, 16), 2)]


def test_digest_names_late_and_unreported_units_by_task(catalogue):
    tq = catalogue.province("tuyen-quang")
    day = date(2021, 5, 26)
    marks = {("406-14", "Sở Xây dựng"): Mark("hoan_thanh", day - timedelta(days=3))}
    found = build_digest(catalogue, tq, marks, day)
    # both dossiers are being collected (20/4 late, 20/5 late): every addressee is missing
    assert [t.task.id for t in found.documents] == ["tq-2021-04-20", "tq-2021-05-20"]
    assert "Sở Xây dựng" in [u.unit for u in found.documents[0].units if u.missing]
    assert [s.agency for s in found.soon["406-15"]] == ["Sở Xây dựng"]
    assert "406-14" not in found.late and "406-14" not in found.soon
    assert plan_day(catalogue, tq, {}, date(2021, 5, 29)) == []  # a Saturday


def test_which_ticks_are_due():
    from datetime import datetime, time

    from bot.clock import TZ
    from bot.reminder_jobs import days_to_tick

    eight = time(8, 0)
    at = lambda d, h: datetime(2021, 4, d, h, 0, tzinfo=TZ)  # noqa: E731
    assert days_to_tick(None, at(13, 7), eight) == []  # first start before the hour: wait for it
    # no backlog from before the bot existed
    assert days_to_tick(None, at(13, 9), eight) == [date(2021, 4, 13)]
    assert days_to_tick(date(2021, 4, 13), at(13, 9), eight) == []  # already ticked today
    assert days_to_tick(date(2021, 4, 13), at(14, 7), eight) == []  # today's hour not yet come
    assert days_to_tick(date(2021, 4, 13), at(16, 9), eight) == [
        date(2021, 4, 14),
        date(2021, 4, 15),
        date(2021, 4, 16),
    ]  # down for two days
    # the clock set back
    assert days_to_tick(date(2026, 1, 1), at(13, 9), eight) == [date(2021, 4, 13)]
    # a month down: a month at most
    assert len(days_to_tick(date(2021, 1, 1), at(30, 9), eight)) == 31


def test_an_agencys_late_items_ride_on_one_weekly_day(catalogue):
    """Each late deadline had a weekly day of its own (20/4 on Tuesdays, 20/5 on Thursdays, 31/5
    on Mondays and Wednesdays): Sở Xây dựng, reporting nothing, was reminded on 28 working days
    of June and July 2021. Now every late item comes on the agency's one overdue day, Mondays."""
    tq = catalogue.province("tuyen-quang")
    plan = [
        (day, r)
        for day, r in plan_range(catalogue, tq, {}, date(2021, 6, 1), date(2021, 7, 31))
        if r.agency == "Sở Xây dựng"
    ]
    late_days = {day for day, r in plan if r.offset < 0}
    # Mondays, and the reminder days of the rows' next date (30/6: 7, 3, 1 working days before
    # and the day), on which the rows late for 31/5 are reminded as late (ux16a item 2)
    assert {day for day in late_days if day.weekday() != 0} == {
        date(2021, 6, 25),
        date(2021, 6, 29),
        date(2021, 6, 30),
    }
    # the late dossiers of 20/4 and 20/5 and the row of 31/5 on the same Monday
    assert {r.due for day, r in plan if day == date(2021, 6, 7)} == {
        date(2021, 4, 20),
        date(2021, 5, 20),
        date(2021, 5, 31),
    }
    # nothing is open for a date to come: every item is late
    assert not [day for day, r in plan if r.offset >= 0]
    assert len({day for day, _ in plan}) == 11


def test_a_monday_off_moves_the_late_items_to_the_working_day_before(catalogue):
    # Monday 3/5/2021 is the day in lieu of 1/5 and Friday 30/4 a holiday: that Monday's late
    # items come on Thursday 29/4
    tq = catalogue.province("tuyen-quang")
    late = [
        day
        for day, r in plan_range(catalogue, tq, {}, date(2021, 4, 21), date(2021, 5, 11))
        if r.agency == "Sở Xây dựng" and r.offset < 0
    ]
    assert sorted(set(late)) == [date(2021, 4, 26), date(2021, 4, 29), date(2021, 5, 10)]


def test_a_rows_dates_are_one_list_for_every_view(catalogue):
    """406-22 in Tuyên Quang: the province's Tháng 8/2021 and the decision's quý III/2021 after
    it, the dates the reminders remind and the period questions answer."""
    from knowledge.rules.row_dates import row_dates

    province = catalogue.province("tuyen-quang")
    assert row_dates(catalogue, province, "406-22") == (date(2021, 8, 31), date(2021, 9, 30))
