"""Registration and the admins' decisions as use cases: one sequence for every decision (the
rule on the registration as read, written only if it is still that one)."""

from __future__ import annotations

from datetime import datetime

from bot.clock import TZ, Clock
from bot.config import Config
from knowledge.catalogue.units import registrable
from tests.usecases.conftest import ADMIN, caller, officer
from usecases import officers, refs
from usecases.desk import Desk
from usecases.officers import AgencyChoice, Decided, OfficerState, Registered
from usecases.results import Refusal


def state(desk, user: int) -> tuple[str, str] | None:
    found = desk.repo.officer(user)
    return (found.agency, found.state) if found else None


def test_a_group_offers_its_units_and_a_unit_registers(desk):
    choice = desk.call(officers.ask_registration, caller(desk, 2001), "An", "UBND huyện")
    assert isinstance(choice, AgencyChoice) and "UBND huyện Hàm Yên" in choice.agencies
    assert state(desk, 2001) is None
    done = desk.call(officers.register_for, caller(desk, 2001), "An", "UBND huyện Hàm Yên")
    assert isinstance(done, Registered) and done.admins == (ADMIN,)
    assert state(desk, 2001) == ("UBND huyện Hàm Yên", OfficerState.PENDING)
    unknown = desk.call(officers.ask_registration, caller(desk, 2002), "Bình", "Sở Không Có")
    assert isinstance(unknown, Refusal) and state(desk, 2002) is None
    stale = desk.call(officers.register_for, caller(desk, 2002), "Bình", "5")
    assert isinstance(stale, Refusal) and state(desk, 2002) is None
    assert "UBND huyện" not in desk.call(officers.registration_choices).agencies


def test_a_decision_is_taken_on_the_registration_it_named(desk):
    desk.call(officers.ask_registration, caller(desk, 2001), "An", "Sở Y tế")
    admin = caller(desk, ADMIN)
    seen = refs.ref("Sở Y tế")
    # the person asks for another agency before the admin presses the button of the first
    desk.call(officers.ask_registration, caller(desk, 2001), "An", "Sở Xây dựng")
    moved = desk.call(officers.decide_registration, admin, "2001", True, seen)
    assert isinstance(moved, Refusal)
    assert state(desk, 2001) == ("Sở Xây dựng", OfficerState.PENDING)
    done = desk.call(officers.decide_registration, admin, "2001", True, refs.ref("Sở Xây dựng"))
    assert isinstance(done, Decided) and done.state == OfficerState.APPROVED
    assert state(desk, 2001) == ("Sở Xây dựng", OfficerState.APPROVED)
    twice = desk.call(officers.decide_registration, admin, "2001", True)
    assert isinstance(twice, Refusal)


def test_only_admins_decide_and_revoke(desk):
    who = officer(desk)
    desk.call(officers.ask_registration, caller(desk, 2001), "An", "Sở Y tế")
    for use_case, args in (
        (officers.decide_registration, ("2001", True)),
        (officers.decide_registration, ("2001", False)),
        (officers.revoke, ("1001",)),
    ):
        assert isinstance(desk.call(use_case, who, *args), Refusal)
    assert state(desk, 2001) == ("Sở Y tế", OfficerState.PENDING)
    assert isinstance(desk.call(officers.revoke, caller(desk, ADMIN), "abc"), Refusal)
    revoked = desk.call(officers.revoke, caller(desk, ADMIN), "1001")
    assert isinstance(revoked, Decided) and revoked.state == OfficerState.REVOKED
    assert state(desk, 1001) == ("Sở Xây dựng", OfficerState.REVOKED)


def test_reminders_on_and_off_for_an_officer_and_the_list_for_admins(desk):
    assert isinstance(desk.call(officers.set_reminders, caller(desk, 2001), False), Refusal)
    who = officer(desk)
    assert desk.call(officers.set_reminders, who, False) is False
    assert desk.repo.officer(1001).reminders is False
    assert isinstance(desk.call(officers.list_officers, who), Refusal)
    listed = desk.call(officers.list_officers, caller(desk, ADMIN))
    assert [o.user_id for o in listed] == [1001]


def test_a_place_after_a_group_with_no_units_is_refused_not_dropped(db_url, assistant):
    """ux21 #8: Bắc Giang lists no district units; "/dangky ubnd huyen luc ngan" registered to
    "UBND huyện", dropping the place in silence. Refused, the place said back, nothing kept."""

    opened = Desk.open(
        Config(database=db_url, admins=[ADMIN], province="bac-giang"),
        Clock(datetime(2020, 4, 13, 8, 0, tzinfo=TZ)),
        assistant,
    )
    try:
        who = caller(opened, 3201)
        said = opened.call(officers.ask_registration, who, "Hùng", "ubnd huyen luc ngan")
        assert isinstance(said, Refusal) and "«luc ngan» chưa được ghi nhận" in said.reason
        assert "Sở Y tế" in said.reason and state(opened, 3201) is None
        done = opened.call(officers.ask_registration, who, "Hùng", "UBND huyện")
        assert isinstance(done, Registered)  # the group itself, named whole, is as before
    finally:
        opened.sessions.kw["bind"].dispose()


def test_a_province_register_offers_only_its_own_bodies(db_url, assistant):
    """Bắc Giang's register offered "Viễn thông Tuyên Quang": a body named after a province is
    that province's alone, in the list and when typed ("/dangky vnpt" in Bắc Giang)."""
    opened = Desk.open(
        Config(database=db_url, admins=[ADMIN], province="bac-giang"),
        Clock(datetime(2020, 4, 13, 8, 0, tzinfo=TZ)),
        assistant,
    )
    try:
        offered = opened.call(officers.registration_choices).agencies
        assert "Viễn thông Tuyên Quang" not in offered and "Sở Y tế" in offered
        who = caller(opened, 3202)
        said = opened.call(officers.ask_registration, who, "Lan", "vien thong tuyen quang")
        assert isinstance(said, Refusal) and state(opened, 3202) is None
        assert "là đơn vị của tỉnh Tuyên Quang, không thuộc danh sách của Bắc Giang" in said.reason
    finally:
        opened.sessions.kw["bind"].dispose()
    # Tuyên Quang's own register still offers it
    tuyen_quang = assistant.catalogue.province("tuyen-quang")
    assert "Viễn thông Tuyên Quang" in registrable(assistant.catalogue.agencies, tuyen_quang)
