"""Statuses as an enum, whose status an officer or an admin writes for a row, and what an undo
restores.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime

import pytest

from knowledge.reader.capnhat_line import read_capnhat
from knowledge.rules.decisions import Refusal
from knowledge.rules.officers import Actor
from knowledge.rules.reminders import Reminder, ReminderKind
from knowledge.rules.status_undo import Restore, undo
from knowledge.rules.statuses import (
    STATUSES,
    Change,
    Status,
    Target,
    UnitChoice,
    note_needed,
    owners,
    parts_meant,
    says_something,
    stated_for,
    target_for,
    write_target,
)

BUILDING = Actor(1001, "Sở Xây dựng", False)  # leads 406-14
FINANCE = Actor(1002, "Sở Tài chính", False)  # coordinates 406-22
HEALTH = Actor(1003, "Sở Y tế", False)  # leads 406-22, nothing on 406-14
STRANGER = Actor(2001, None, False)
ADMIN = Actor(9000, None, True)
ADMIN_OF_HEALTH = Actor(9000, "Sở Y tế", True)
AT = datetime(2021, 4, 13, 8, 0)


@pytest.fixture(scope="module")
def tq(catalogue):
    return catalogue.province("tuyen-quang")


GTVT, HEALTH_NAME, FINANCE_NAME = "Sở Giao thông vận tải", "Sở Y tế", "Sở Tài chính"
ROW_406_22 = (GTVT, HEALTH_NAME, "Công an tỉnh", "Văn phòng UBND tỉnh", FINANCE_NAME)


@pytest.mark.parametrize(
    ("who", "key", "unit", "found"),
    [
        (BUILDING, "406-14", None, Target("Sở Xây dựng")),
        (FINANCE, "406-22", None, Target(FINANCE_NAME)),  # a coordinator writes its own status
        (HEALTH, "406-22", None, Target(HEALTH_NAME)),
        (HEALTH, "406-22", HEALTH_NAME, Target(HEALTH_NAME)),  # naming itself changes nothing
        # an admin of no agency: the row's only unit, for it ("ghi thay")
        (ADMIN, "406-14", None, Target("Sở Xây dựng", behalf=True)),
        # a row several units own: the admin chooses, the bot never picks
        (ADMIN, "406-22", None, UnitChoice("406-22", ROW_406_22)),
        (ADMIN, "406-22", HEALTH_NAME, Target(HEALTH_NAME, behalf=True)),
        (ADMIN_OF_HEALTH, "406-22", None, Target(HEALTH_NAME)),  # an officer of the row too
        (ADMIN_OF_HEALTH, "406-22", GTVT, Target(GTVT, behalf=True)),  # or for another unit
        (ADMIN_OF_HEALTH, "406-14", None, Target("Sở Xây dựng", behalf=True)),
        (BUILDING, "tq-2021-04-20", None, Target("Sở Xây dựng")),  # a task addressed to it
        # a task: every addressee is a choice, the coordinator is none of them
        (ADMIN, "tq-2021-04-20", HEALTH_NAME, Target(HEALTH_NAME, behalf=True)),
        # a group named: the choice among its units that own the row
        (ADMIN, "406-11", "UBND huyện", "units"),
    ],
)
def test_for_whom_a_status_is_written(tq, who, key, unit, found):
    got = target_for(tq, who, key, unit)
    if found == "units":
        assert isinstance(got, UnitChoice) and got.units == tq.units
    else:
        assert got == found
    agency = write_target(tq, who, key, unit)
    assert agency == found.agency if isinstance(found, Target) else isinstance(agency, Refusal)


def test_an_admin_chooses_among_a_tasks_addressees(tq):
    got = target_for(tq, ADMIN, "tq-2021-04-20")
    assert isinstance(got, UnitChoice) and got.units == tq.tasks[0].addressees
    assert tq.coordinator not in got.units


@pytest.mark.parametrize(
    ("who", "key", "unit", "reason"),
    [
        (HEALTH, "406-14", None, "Sở Y tế không chủ trì hay phối hợp mục"),
        (BUILDING, "406-22", None, "Sở Xây dựng không chủ trì hay phối hợp mục <b>406-22</b>"),
        (STRANGER, "406-14", None, "chưa là cán bộ được duyệt"),
        (BUILDING, "406-14", HEALTH_NAME, "Chỉ quản trị viên ghi thay"),  # an officer, for another
        (ADMIN, "406-14", HEALTH_NAME, "Sở Y tế không chủ trì hay phối hợp mục"),
        (ADMIN, "tq-2021-04-20", "Viễn thông Tuyên Quang", "không phải nộp"),  # supports only
        (ADMIN, "406-1", None, "chưa giao cho đơn vị nào"),  # a national row, no unit of ours
        (ADMIN_OF_HEALTH, "406-14", HEALTH_NAME, "Sở Y tế không chủ trì"),
    ],
)
def test_refusals_say_why(tq, who, key, unit, reason):
    refusal = target_for(tq, who, key, unit)
    assert isinstance(refusal, Refusal) and reason in refusal.reason


def test_owners_are_leads_then_coordinators_or_a_tasks_addressees(tq):
    assert owners(tq, "406-22") == ROW_406_22
    assert owners(tq, "tq-2021-05-20") == tq.tasks[1].addressees
    assert owners(tq, "406-1") == ()


def test_statuses_are_their_codes():
    assert Status("hoan_thanh") is Status.HOAN_THANH and Status.HOAN_THANH == "hoan_thanh"
    assert Status.VUONG_MAC.label == "Vướng mắc" and STATUSES["vuong_mac"] == "Vướng mắc"
    assert json.dumps({"s": Status.HOAN_THANH}) == '{"s": "hoan_thanh"}'
    assert [s.value for s in Status] == list(STATUSES)  # the button flow's order
    with pytest.raises(ValueError):
        Status("xong")  # a loose word is parsed, never taken as a code


@pytest.mark.parametrize(
    ("text", "status", "note"),
    [
        ("xong", Status.HOAN_THANH, ""),
        ("Đã tích hợp lên cổng", Status.HOAN_THANH, "lên cổng"),
        ("vướng: chờ Bộ hướng dẫn", Status.VUONG_MAC, "chờ Bộ hướng dẫn"),
        ("kddk không có hồ sơ", Status.KHONG_DU_DIEU_KIEN, "không có hồ sơ"),
        ("đã nộp hồ sơ", Status.HOAN_THANH, "hồ sơ"),  # a task is done when it is sent
        ("chờ Bộ hướng dẫn", None, "chờ Bộ hướng dẫn"),
    ],
)
def test_a_status_phrase_read_after_the_key_is_a_member(text, status, note):
    reading = read_capnhat(f"406-14 {text}", lambda key: key if key == "406-14" else None)
    assert reading.status == status
    assert status is None or (reading.note == note and type(reading.status) is Status)


def test_which_statuses_need_a_note():
    assert note_needed(Status.VUONG_MAC) and note_needed(Status.KHONG_DU_DIEU_KIEN)
    assert not any(note_needed(s) for s in Status if s not in ("vuong_mac", "khong_du_dieu_kien"))


def test_reminder_kinds():
    kinds = [Reminder("Sở Xây dựng", date(2021, 4, 20), n, ()).kind for n in (3, 0, -7)]
    assert kinds == [ReminderKind.BEFORE, ReminderKind.DUE, ReminderKind.OVERDUE]
    assert kinds == ["before", "due", "overdue"]


def change(id, new, by=1001, old=None, note="", key="406-14", agency="Sở Xây dựng"):
    return Change(id, key, agency, old, Status(new), note, by, AT)


FIRST = change(1, "vuong_mac", note="chờ máy chủ")
SECOND = change(2, "hoan_thanh", old=Status.VUONG_MAC)


def test_undo_restores_the_status_and_note_before(tq):
    assert undo(tq, BUILDING, SECOND, FIRST, 2) == Restore(Status.VUONG_MAC, "chờ máy chủ")
    assert undo(tq, ADMIN, SECOND, FIRST, 2) == Restore(Status.VUONG_MAC, "chờ máy chủ")


def test_undoing_a_corrected_day_sent_puts_the_day_before_back(tq):
    """ux23 #1: done on 15/4 "ghi thay", corrected to 16/4; the correction's undo is done again
    with 15/4 as the day sent, not done counted from the day of the undo."""
    wrong = replace(change(1, "hoan_thanh"), sent_on=date(2021, 4, 15))
    right = replace(change(2, "hoan_thanh", old=Status.HOAN_THANH), sent_on=date(2021, 4, 16))
    assert undo(tq, ADMIN, right, wrong, 2) == Restore(Status.HOAN_THANH, "", date(2021, 4, 15))


def test_undoing_the_first_change_restores_not_started(tq):
    assert undo(tq, BUILDING, FIRST, None, 1) == Restore(Status.CHUA_BAT_DAU, "")


@pytest.mark.parametrize(
    ("who", "target", "latest", "reason"),
    [
        (BUILDING, SECOND, 3, "cập nhật mới hơn"),  # a newer change, or a second press
        (ADMIN, SECOND, 3, "cập nhật mới hơn"),
        (Actor(1004, "Sở Xây dựng", False), SECOND, 2, "Chỉ người đã ghi"),  # a colleague
        (HEALTH, SECOND, 2, "Chỉ người đã ghi"),
        (Actor(1001, None, False), SECOND, 2, "chưa là cán bộ"),  # revoked since
        (Actor(1001, "Sở Y tế", False), SECOND, 2, "không chủ trì"),  # moved agency since
        (BUILDING, None, None, "Không tìm thấy"),
    ],
)
def test_undo_refused(tq, who, target, latest, reason):
    refusal = undo(tq, who, target, FIRST, latest)
    assert isinstance(refusal, Refusal) and reason in refusal.reason


def test_an_admin_may_undo_a_change_made_for_a_row_they_have_no_role_in(tq):
    written = change(5, "hoan_thanh", by=1003, key="406-22", agency="Sở Y tế")
    assert undo(tq, ADMIN, written, None, 5) == Restore(Status.CHUA_BAT_DAU, "")


def test_a_unit_named_in_a_statement_is_whom_an_admin_writes_for_and_an_officers_own(tq):
    assert stated_for(tq, ADMIN, "Sở Y tế") == "Sở Y tế"
    assert stated_for(tq, ADMIN, None) is None
    assert stated_for(tq, BUILDING, "Sở Xây dựng") is None  # their own: as always
    district = Actor(1004, "UBND huyện Hàm Yên", False)
    assert stated_for(tq, district, "UBND huyện Hàm Yên") is None
    refused = stated_for(tq, BUILDING, "Sở Y tế")
    assert isinstance(refused, Refusal) and refused.reason == (
        "Bạn chỉ ghi được cho Sở Xây dựng; Sở Y tế tự báo, hoặc nhờ quản trị viên ghi thay. "
        "Không có gì thay đổi."
    )


def test_a_parent_row_means_the_sub_rows_the_agency_owns(catalogue):
    """Officers type the number the decision prints ("406-11"): for an agency with no role in
    the row itself, its sub-rows are meant; the row's own agencies mean the row."""
    province = catalogue.province("tuyen-quang")
    assert parts_meant(province, "Sở Y tế", "406-11") == ("406-11/Y tế",)
    assert len(parts_meant(province, "Văn phòng UBND tỉnh", "406-11")) == 14
    assert parts_meant(province, "Công an tỉnh", "406-11") == ()  # it leads 406-11 itself
    assert parts_meant(province, "Sở Y tế", "406-14") == ()  # no sub-rows: refused as such
    assert parts_meant(province, "Sở Y tế", "406-11/Y tế") == ()
    assert parts_meant(province, None, "406-11") == ()


@pytest.mark.parametrize(
    ("note", "words"),
    [("🙏🙏", False), ("x", False), (".", False), ("👍 ok", True), ("hết kinh phí", True)],
)
def test_a_reason_is_words(note, words):
    assert says_something(note) is words


def test_the_units_to_choose_from_are_those_not_already_at_the_status():
    """ux22 #2: the buttons of "ghi thay … đã nộp" listed a unit that had sent, first; a press
    on it was refused, on another wrote the wrong unit. Those already done are no choice."""
    choice = UnitChoice("tq-2021-06-30", ("Sở Tư pháp", "Sở Tài nguyên và Môi trường", "Sở KH"))
    now = {"Sở Tư pháp": "hoan_thanh", "Sở KH": "dang_thuc_hien"}.get
    assert choice.to_write(now, Status.HOAN_THANH).units == (
        "Sở Tài nguyên và Môi trường",
        "Sở KH",
    )
    assert choice.to_write(now, Status.DANG_THUC_HIEN).units == (
        "Sở Tư pháp",
        "Sở Tài nguyên và Môi trường",
    )
    # a vướng mắc comes with its note: said again with another, every unit stays a choice
    stuck = {"Sở Tư pháp": "vuong_mac"}.get
    assert choice.to_write(stuck, Status.VUONG_MAC) == choice
