"""The reminder plan asks the standing rule (ux16a item 2): Sở Tư pháp coordinates 406-20,
due 31/5/2021 in Tuyên Quang and 30/6/2021 by Quyết định 406. From 21/6 the plan had only
"before" reminders of 30/6 ("còn 2 ngày", "hạn hôm nay") and no overdue one until 5/7, while
/tiendo and /quahan said the row was a month late."""

from __future__ import annotations

from datetime import date, timedelta

from knowledge.rules.progress import standings
from knowledge.rules.reminders import plan_day, plan_range
from knowledge.rules.standing import Mark, State


def test_a_row_late_for_its_first_date_is_reminded_as_late_on_its_next_dates_days(catalogue):
    tq = catalogue.province("tuyen-quang")
    plan = plan_range(catalogue, tq, {}, date(2021, 6, 18), date(2021, 7, 6))

    def reminded(agency: str) -> list[tuple[date, date, int]]:
        return [
            (day, r.due, r.offset) for day, r in plan if r.agency == agency and "406-20" in r.keys
        ]

    late_may = date(2021, 5, 31)
    lead = reminded("Sở Tài nguyên và Môi trường")  # chủ trì: owes the decision's 30/6 too
    assert (date(2021, 6, 25), late_may, -25) in lead  # 3 working days before 30/6
    assert (date(2021, 6, 28), late_may, -28) in lead  # its Monday
    assert (date(2021, 6, 30), late_may, -30) in lead  # 30/6 itself, not "hạn hôm nay"
    # once 30/6 has passed too, still late for the first date it missed: 35 days on 5/7, never
    # "5 days" counted again from the decision's date (ux19 item 1)
    assert (date(2021, 7, 5), late_may, -35) in lead
    assert all(offset < 0 for _, _, offset in lead)
    # Sở Tư pháp only coordinates (phối hợp): it owes the province's 31/5 alone, chased on
    # Mondays, never reminded of the decision's 30/6, which is the lead's (ux38 #3)
    support = reminded("Sở Tư pháp")
    assert [day for day, _, _ in support] == [
        date(2021, 6, 21),
        date(2021, 6, 28),
        date(2021, 7, 5),
    ]
    assert {due for _, due, _ in support} == {late_may}


def test_every_reminder_files_its_items_where_the_views_put_them(catalogue):
    """Each item of each reminder, every third day of April–September 2021, for these
    statuses: late (offset < 0) exactly when /quahan counts it late, under the date /tiendo
    shows."""
    tq = catalogue.province("tuyen-quang")
    marks = {
        ("406-14", "Sở Xây dựng"): Mark("hoan_thanh", date(2021, 6, 1)),
        ("406-22", "Sở Y tế"): Mark("dang_thuc_hien", date(2021, 5, 1)),
        ("tq-2021-04-20", "Sở Tư pháp"): Mark("hoan_thanh", date(2021, 4, 19)),
    }
    day = date(2021, 4, 5)
    while day <= date(2021, 10, 5):
        reminders = plan_day(catalogue, tq, marks, day)
        if reminders:
            now = {(s.key, s.agency): s for s in standings(catalogue, tq, marks, day)}
            for agency in {r.agency for r in reminders}:
                now |= {(s.key, s.agency): s for s in standings(catalogue, tq, marks, day, agency)}
            for r in reminders:
                for item in r.items:
                    s = now[(item.key, r.agency)]
                    assert s.state in (State.OPEN, State.LATE), (day, item.key, r.agency)
                    assert (s.state is State.LATE) == (r.offset < 0), (day, item.key)
                    assert s.due == r.due, (day, item.key, r.agency)
        day += timedelta(days=3)  # every weekday in turn, a third of the days
