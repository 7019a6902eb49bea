"""The coordinator acts for a unit ("ghi thay"): /capnhat with the unit between the key and the
status, or a unit's button when the row has several and none was named. The unit's status is
written under the unit, with the admin's name stored beside it, and counted as the unit's."""

from __future__ import annotations

from tests.usecases.conftest import ADMIN, caller, officer
from usecases import (
    desk_views,
    desk_writes,
    handins,
    refs,
    statements,
    status_offers,
    statuses,
    undoing,
)
from usecases.callers import open_update
from usecases.desk_writes import Edit
from usecases.prompts import UnitPrompt
from usecases.results import Refusal
from usecases.statuses import NoteAsked, Recorded, Status, StatusChoice, UnitAsked

TASK = "tq-2021-04-20"
HEALTH = "Sở Y tế"


def admin(desk, name: str = "Trần Điều Phối"):
    found = desk.call(open_update, ADMIN, ADMIN, name)
    assert found is not None
    return found


def history(desk, key: str) -> list[tuple[str, str, str, str | None]]:
    return [(c.agency, c.new, c.note, c.behalf) for c in desk.repo.history(key)]


def sent_units(desk, task: str) -> set[str]:
    (found,) = [t for t in handins.tracked(desk) if t.task.id == task]
    return {u.unit for u in found.units if u.sent}


def test_the_unit_typed_after_the_key_in_any_spelling_is_written_for(desk):
    spellings = (("So Y te", HEALTH), ("cong an tinh", "Công an tỉnh"), ("SXD", "Sở Xây dựng"))
    for typed, unit in spellings:
        done = desk.call(statuses.update_status, admin(desk), f"/capnhat {TASK} {typed} da nop")
        assert isinstance(done, Recorded), done
        assert (done.change.agency, done.change.new) == (unit, Status.HOAN_THANH)
        assert done.change.behalf == "Trần Điều Phối"
    assert history(desk, TASK) == [
        (unit, "hoan_thanh", "", "Trần Điều Phối") for _, unit in spellings
    ]
    # counted as those units' own, by the one rule every view asks
    assert sent_units(desk, TASK) == {unit for _, unit in spellings}
    # the same again for the same unit appends nothing, and says whose status it is
    again = desk.call(statuses.update_status, admin(desk), "/capnhat 20/4 SYT đã nộp")
    assert isinstance(again, Refusal) and f"({HEALTH}) đã ở trạng thái" in again.reason
    assert len(desk.repo.history(TASK)) == len(spellings)


def test_a_unit_written_after_the_status_is_read_as_the_unit_for_an_admin(desk):
    # the coordinator's own words in issue 19: "đã nộp Sở Y tế" was a note under Sở TT&TT
    done = desk.call(statuses.update_status, admin(desk), f"/capnhat {TASK} đã nộp Sở Y tế")
    assert isinstance(done, Recorded)
    assert (done.change.agency, done.change.note) == (HEALTH, "")
    # an officer's note that names a unit stays a note, for the officer's own agency
    who = officer(desk, 1002, "Sở Giao thông vận tải")
    noted = desk.call(statuses.update_status, who, "/capnhat 406-22 vướng mắc Sở Y tế")
    assert isinstance(noted, Recorded)
    assert (noted.change.agency, noted.change.note) == ("Sở Giao thông vận tải", "Sở Y tế")
    assert noted.change.behalf is None


def test_a_shared_row_without_a_unit_asks_which_by_buttons_and_never_picks(desk):
    asked = desk.call(statuses.update_status, admin(desk), "/capnhat 406-22 vướng mắc chờ Bộ")
    assert isinstance(asked, UnitAsked)
    assert [(o.unit, o.role) for o in asked.units] == [
        ("Sở Giao thông vận tải", "chủ trì"),
        (HEALTH, "chủ trì"),
        ("Công an tỉnh", "phối hợp"),
        ("Văn phòng UBND tỉnh", "phối hợp"),
        ("Sở Tài chính", "phối hợp"),
    ]
    assert history(desk, "406-22") == []  # nothing written before the button
    waiting = admin(desk)
    assert waiting.waiting is not None
    assert waiting.waiting.prompt == UnitPrompt("406-22", Status.VUONG_MAC, "chờ Bộ")
    done = desk.call(statuses.write_for_unit, waiting, "406-22", refs.ref("Công an tỉnh"))
    assert isinstance(done, Recorded)
    assert history(desk, "406-22") == [("Công an tỉnh", "vuong_mac", "chờ Bộ", "Trần Điều Phối")]
    # the choice was taken: a second press writes nothing
    again = desk.call(statuses.write_for_unit, admin(desk), "406-22", refs.ref(HEALTH))
    assert isinstance(again, Refusal) and "hết hiệu lực" in again.reason
    assert len(desk.repo.history("406-22")) == 1


def test_a_unit_button_of_another_row_or_after_another_command_writes_nothing(desk):
    desk.call(statuses.update_status, admin(desk), "/capnhat 406-22 xong")
    other = desk.call(statuses.write_for_unit, admin(desk), "406-23", refs.ref(HEALTH))
    assert isinstance(other, Refusal)
    desk.call(statuses.update_status, admin(desk), "/capnhat 406-22 xong")
    forged = desk.call(statuses.write_for_unit, admin(desk), "406-22", "~aaaaaaaa")
    assert isinstance(forged, Refusal)
    assert history(desk, "406-22") == history(desk, "406-23") == []


def test_an_admin_choosing_the_status_by_buttons_then_the_unit(desk):
    choice = desk.call(statuses.update_status, admin(desk), "/capnhat 406-22")
    assert isinstance(choice, StatusChoice) and choice.unit is None
    asked = desk.call(statuses.set_status, admin(desk), "406-22", Status.DANG_THUC_HIEN)
    assert isinstance(asked, UnitAsked) and asked.status == Status.DANG_THUC_HIEN
    done = desk.call(statuses.write_for_unit, admin(desk), "406-22", refs.ref(HEALTH))
    assert isinstance(done, Recorded) and done.change.agency == HEALTH
    # a unit named without a status: its status buttons carry the unit
    named = desk.call(statuses.update_status, admin(desk), "/capnhat 406-22 Sở Tài chính")
    assert isinstance(named, StatusChoice) and named.unit == "Sở Tài chính"
    done = desk.call(
        statuses.set_status, admin(desk), "406-22", Status.HOAN_THANH, refs.ref("Sở Tài chính")
    )
    assert isinstance(done, Recorded) and done.change.agency == "Sở Tài chính"
    assert done.change.behalf == "Trần Điều Phối"


def test_a_note_asked_for_a_unit_is_saved_for_that_unit(desk):
    asked = desk.call(statuses.update_status, admin(desk), "/capnhat 406-22 CAT vuong mac")
    assert isinstance(asked, NoteAsked) and asked.unit == "Công an tỉnh"
    waiting = admin(desk)
    assert waiting.waiting is not None
    done = desk.call(statuses.give_note, waiting, waiting.waiting.prompt, "chờ dữ liệu dân cư")
    assert isinstance(done, Recorded)
    assert history(desk, "406-22") == [
        ("Công an tỉnh", "vuong_mac", "chờ dữ liệu dân cư", "Trần Điều Phối")
    ]


def test_refused_units_write_nothing(desk):
    cases = [
        ("/capnhat 406-22 ubnd ham yen xong", "không chủ trì hay phối hợp"),
        (f"/capnhat {TASK} Viễn thông Tuyên Quang xong", "không phải nộp"),
        ("/capnhat 406-1 xong", "chưa giao cho đơn vị nào"),
    ]
    for line, reason in cases:
        refused = desk.call(statuses.update_status, admin(desk), line)
        assert isinstance(refused, Refusal) and reason in refused.reason, (line, refused)
    who = officer(desk, 1003, HEALTH)
    refused = desk.call(statuses.update_status, who, "/capnhat 406-22 Cong an tinh xong")
    assert isinstance(refused, Refusal) and "Chỉ quản trị viên ghi thay" in refused.reason
    assert desk.repo.history() == []


def test_an_admin_who_is_an_officer_writes_for_their_agency_unless_they_name_another(desk):
    who = officer(desk, ADMIN, HEALTH)
    own = desk.call(statuses.update_status, who, "/capnhat 406-22 xong")
    assert isinstance(own, Recorded)
    assert (own.change.agency, own.change.behalf) == (HEALTH, None)
    other = desk.call(statuses.update_status, caller(desk, ADMIN), "/capnhat 406-22 GTVT xong")
    assert isinstance(other, Recorded)
    # registered: the name they registered with signs the write
    assert (other.change.agency, other.change.behalf) == (
        "Sở Giao thông vận tải",
        f"Cán bộ {ADMIN}",
    )


def test_an_undo_of_a_unit_s_write_is_written_for_it_too(desk):
    done = desk.call(statuses.update_status, admin(desk), f"/capnhat {TASK} SYT đã nộp")
    assert isinstance(done, Recorded)
    undone = desk.call(undoing.undo_status, admin(desk), done.change.id)
    assert isinstance(undone, Recorded) and undone.undone
    assert history(desk, TASK) == [
        (HEALTH, "hoan_thanh", "", "Trần Điều Phối"),
        (HEALTH, "chua_bat_dau", "", "Trần Điều Phối"),
    ]
    assert sent_units(desk, TASK) == set()


def test_an_admins_statement_on_a_shared_row_is_confirmed_by_the_units_button(desk):
    found = desk.call(statements.read_statement, admin(desk), "406-22 xong roi")
    assert found is not None and found.key == "406-22"
    asked = desk.call(status_offers.offer_status, admin(desk), found)
    assert isinstance(asked, UnitAsked) and len(asked.units) == 5
    assert history(desk, "406-22") == []
    done = desk.call(statuses.write_for_unit, admin(desk), "406-22", refs.ref(HEALTH))
    assert isinstance(done, Recorded) and done.change.agency == HEALTH
    # a row with one unit: the usual confirmation, written for that unit
    single = desk.call(statements.read_statement, admin(desk), "406-14 da xong")
    assert single is not None
    offered = desk.call(status_offers.offer_status, admin(desk), single)
    assert isinstance(offered, statuses.Offered) and offered.behalf == "Sở Xây dựng"
    # the button names the unit it writes for; one naming none is another offer's
    lapsed = desk.call(status_offers.confirm_offer, admin(desk), "406-14", Status.HOAN_THANH)
    assert isinstance(lapsed, Refusal) and history(desk, "406-14") == []
    desk.call(status_offers.offer_status, admin(desk), single)
    unit = refs.ref("Sở Xây dựng")
    done = desk.call(status_offers.confirm_offer, admin(desk), "406-14", Status.HOAN_THANH, unit)
    assert isinstance(done, Recorded)
    assert (done.change.agency, done.change.behalf) == ("Sở Xây dựng", "Trần Điều Phối")


def test_the_web_desk_signs_an_admins_write_for_a_unit_and_marks_only_those(desk):
    who = admin(desk)
    version = desk.table_number
    written = desk.call(desk_writes.record_statuses, who, [Edit("406-14", "hoan_thanh")], version)
    assert isinstance(written, list) and written[0].change is not None
    assert history(desk, "406-14") == [("Sở Xây dựng", "hoan_thanh", "", "Trần Điều Phối")]
    own = officer(desk)  # Sở Xây dựng's own officer, on its own row: no "ghi thay"
    edit = Edit("406-14", "dang_thuc_hien")
    assert isinstance(desk.call(desk_writes.record_statuses, own, [edit], version), list)
    assert history(desk, "406-14")[-1] == ("Sở Xây dựng", "dang_thuc_hien", "", None)
    board = desk.call(desk_views.board, who)
    assert ("406-14", "Sở Xây dựng") not in board.behalf  # the latest is the unit's own
    page = desk.call(desk_views.unit_page, who, "Sở Xây dựng")
    assert not isinstance(page, Refusal)
    assert [c.behalf for c in page.history if c.id in page.behalf] == ["Trần Điều Phối"]
    # a row several units own: the desk has no unit buttons, so it refuses instead of picking
    shared = desk.call(desk_writes.record_statuses, who, [Edit("406-22", "hoan_thanh")], version)
    assert isinstance(shared, desk_writes.Refused) and "hãy chọn đơn vị" in shared.reasons[0][1]
    assert history(desk, "406-22") == []
