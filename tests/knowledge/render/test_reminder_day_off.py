"""A reminder of a deadline that falls on a day off (ux20 #12): the day-of reminder moves to the
working day before, where "hạn hôm nay" was read on a Friday for a Sunday deadline. The
heading names the printed date with its weekday and the working day after it, to whose end the
period runs (BLDS 2015, Điều 148; ux37 #4), the days counted to it
(knowledge/render/reminder_text.py)."""

from __future__ import annotations

from datetime import date

from knowledge.render.answers import to_plain
from knowledge.render.reminder_text import reminder_message


def _heading(catalogue, today: date, due: date) -> str:
    kh = catalogue.province("khanh-hoa")
    task = kh.task("kh-monthly-sync")  # the status sync on the 1st of each month
    unit = task.addressees[0]
    owed = {unit: {due: [f"{task.id}@{due.isoformat()}"]}}
    return to_plain(reminder_message(catalogue, kh, owed, {}, today)).splitlines()[2]


def test_a_saturday_deadline_is_named_by_its_day_and_runs_to_monday(catalogue):
    saturday = date(2020, 8, 1)
    assert _heading(catalogue, date(2020, 7, 31), saturday) == (
        "📅 Hạn 1/8/2020 (Thứ Bảy, tính đến hết 3/8/2020) — còn 3 ngày"
    )
    assert _heading(catalogue, date(2020, 7, 29), saturday) == (
        "📅 Hạn 1/8/2020 (Thứ Bảy, tính đến hết 3/8/2020) — còn 5 ngày"
    )


def test_a_working_day_deadline_reads_as_before(catalogue):
    wednesday = date(2020, 7, 1)
    assert _heading(catalogue, date(2020, 6, 30), wednesday) == "📅 Hạn 1/7/2020 — còn 1 ngày"
    assert _heading(catalogue, wednesday, wednesday) == "📅 Hạn 1/7/2020 — hạn hôm nay"


def test_a_row_the_unit_only_coordinates_is_said_so(catalogue):
    """The reminder to a unit that coordinates a late row did not say so, where /quahan says
    "[phối hợp]" (ux21 #14); the lead's line is as before."""
    tq = catalogue.province("tuyen-quang")
    row = next(
        a
        for a in tq.assignments.values()
        if a.coordinate and a.milestones and set(a.coordinate).isdisjoint(a.lead)
    )
    due = row.milestones[0].due
    for unit, said in ((row.coordinate[0], True), (row.lead[0], False)):
        owed = {unit: {due: [row.key]}}
        text = to_plain(reminder_message(catalogue, tq, owed, {}, due))
        line = next(x for x in text.splitlines() if x.startswith(f"• {row.key} "))
        assert ("[phối hợp]" in line) is said, line
