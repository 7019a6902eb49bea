"""The web desk's reads as use cases: who may open it, and a unit's page with its latest changes
(only the unit's, newest first, bounded), on the statuses the chat reads."""

from __future__ import annotations

from datetime import timedelta

from tests.usecases.conftest import ADMIN, caller, officer
from usecases import desk_views, statuses
from usecases.desk_views import UnitPage
from usecases.results import Refusal


def test_only_officers_and_admins_open_the_desk(desk):
    assert isinstance(desk.call(desk_views.enter, 4242), Refusal)
    officer(desk)
    who = desk.call(desk_views.enter, 1001)
    assert not isinstance(who, Refusal) and who.agency == "Sở Xây dựng"
    assert desk.call(desk_views.enter, ADMIN).is_admin


def test_a_unit_page_shows_its_latest_changes_newest_first(desk, monkeypatch):
    monkeypatch.setattr(desk_views, "HISTORY_SHOWN", 2)
    builder = officer(desk)
    health = officer(desk, 1002, "Sở Y tế")
    for line in ("/capnhat 406-14 dang lam", "/capnhat 406-14 kiem thu", "/capnhat 406-14 xong"):
        desk.call(statuses.update_status, builder, line)
        desk.clock.set(desk.clock.now() + timedelta(minutes=1))
    own = desk.call(desk_views.unit_page, caller(desk, 1001), "Sở Xây dựng")
    assert isinstance(own, UnitPage)
    assert [c.new for c in own.history] == ["hoan_thanh", "dang_kiem_thu"]
    assert {c.agency for c in own.history} == {"Sở Xây dựng"}
    # the same statuses as the chat's: 406-14 is done on the page too
    assert any(s.key == "406-14" and s.state == "done" for s in own.units)
    assert isinstance(desk.call(desk_views.unit_page, health, "Sở Xây dựng"), Refusal)
    assert isinstance(
        desk.call(desk_views.unit_page, caller(desk, ADMIN), "Sở Xây dựng"), UnitPage
    )
    assert isinstance(desk.call(desk_views.unit_page, caller(desk, ADMIN), "Sở Không Có"), Refusal)
