"""Statuses as an enum, whose status an officer or an admin writes for a row, and what an undo
restores.
"""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from knowledge.rules.decisions import Refusal
from knowledge.rules.officers import Actor
from knowledge.rules.reminders import Reminder, ReminderKind
from knowledge.rules.statuses import (
    STATUSES,
    Change,
    Restore,
    Status,
    note_needed,
    parse_status,
    undo,
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


@pytest.mark.parametrize(
    ("who", "key", "target"),
    [
        (BUILDING, "406-14", "Sở Xây dựng"),
        (FINANCE, "406-22", "Sở Tài chính"),  # a coordinator writes its own status
        (HEALTH, "406-22", "Sở Y tế"),
        (ADMIN, "406-14", "Sở Xây dựng"),  # an admin of no agency: the row's first lead
        (ADMIN, "406-22", "Sở Giao thông vận tải"),
        (ADMIN_OF_HEALTH, "406-22", "Sở Y tế"),  # an admin who is an officer of the row
        (ADMIN_OF_HEALTH, "406-14", "Sở Xây dựng"),
        (BUILDING, "tq-2021-04-20", "Sở Xây dựng"),  # a task addressed to the agency
        (ADMIN, "tq-2021-04-20", "Sở Thông tin và Truyền thông"),  # a task: the coordinator
    ],
)
def test_the_agency_a_status_is_written_for(tq, who, key, target):
    assert write_target(tq, who, key) == target


@pytest.mark.parametrize(
    ("who", "key", "reason"),
    [
        (HEALTH, "406-14", "Sở Y tế không chủ trì hay phối hợp mục"),
        (BUILDING, "406-22", "Sở Xây dựng không chủ trì hay phối hợp mục <b>406-22</b>"),
        (STRANGER, "406-14", "chưa là cán bộ được duyệt"),
    ],
)
def test_refusals_say_why(tq, who, key, reason):
    refusal = write_target(tq, who, key)
    assert isinstance(refusal, Refusal) and reason in refusal.reason


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
def test_parse_status_returns_a_member(text, status, note):
    parsed, rest = parse_status(text)
    assert parsed == status and rest == note
    assert parsed is None or type(parsed) is Status


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
