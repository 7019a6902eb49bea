"""What units owe: one unit's view, the province's, and reminding the units still missing (once a
day per chat, written to the reminder log before anything is sent)."""

from __future__ import annotations

from datetime import datetime

from bot.clock import TZ
from db.reminder_repo import NUDGE
from tests.usecases.conftest import ADMIN, caller, officer
from usecases import handins, statuses
from usecases.handins import Handins, NudgePlan, NudgesRecorded
from usecases.results import Refusal

TASK = "tq-2021-04-20"


def test_a_unit_sees_its_own_and_an_admin_the_province(desk):
    who = officer(desk)
    mine = desk.call(handins.handins, who, False)
    assert isinstance(mine, Handins) and mine.unit == "Sở Xây dựng"
    assert TASK in [t.task.id for t in mine.tracked]
    assert isinstance(desk.call(handins.handins, who, True), Refusal)
    whole = desk.call(handins.handins, caller(desk, ADMIN), False)
    assert isinstance(whole, Handins) and whole.unit is None and whole.missing
    assert isinstance(desk.call(handins.handins_workbook, who), Refusal)
    # a month nothing is due in, read in a year the same month of another has the dossier
    # due: that year named, as the deadline answer names it
    desk.clock.set(datetime(2021, 5, 12, 9, 0, tzinfo=TZ))
    asked = desk.call(handins.asked_handins, who, "bên em nộp hồ sơ tháng 4 năm 2022 chưa")
    assert isinstance(asked, Handins), asked
    assert asked.note.startswith("Không có hồ sơ nào hạn trong tháng 4/2022")
    assert "Tháng 4/2021 có: " in asked.note and TASK in asked.note
    book = desk.call(handins.handins_workbook, caller(desk, ADMIN))
    assert not isinstance(book, Refusal) and book.content


def test_the_missing_units_are_reminded_once_a_day(desk):
    building = officer(desk, 1001, "Sở Xây dựng")
    officer(desk, 1002, "Sở Tài chính")
    desk.clock.set(datetime(2021, 4, 16, 10, 0, tzinfo=TZ))
    desk.call(statuses.update_status, caller(desk, 1001), f"/capnhat {TASK} đã nộp")
    admin = caller(desk, ADMIN)
    assert isinstance(desk.call(handins.plan_nudges, building), Refusal)
    plan = desk.call(handins.plan_nudges, admin)
    assert isinstance(plan, NudgePlan) and plan.chats == {"Sở Tài chính": 1}
    assert "Sở Xây dựng" not in plan.chats
    assert "Sở Y tế" in plan.unreachable  # no officer, no group
    done = desk.call(handins.record_nudges, admin)
    assert isinstance(done, NudgesRecorded) and done.reached == {"Sở Tài chính": 1}
    log = [r for r in desk.reminders.log() if f"|{NUDGE}|" in r.uniq]
    assert [(r.chat_id, r.agency) for r in log] == [(1002, "Sở Tài chính")]
    again = desk.call(handins.record_nudges, admin)
    assert isinstance(again, NudgesRecorded) and again.reached == {}
    assert "Sở Tài chính" in again.already
    assert desk.call(handins.failed_nudges, ["Sở Tài chính"]) == 1  # recorded, not yet sent
