"""Groups following agencies, and chats the bot may write to first."""

from __future__ import annotations

from tests.usecases.conftest import ADMIN
from usecases import groups
from usecases.groups import Followed, Named, UnitsOf
from usecases.results import Refusal

GROUP = -500


def test_follow_and_unfollow_one_agency_at_a_time(desk):
    assert desk.call(groups.follow_target, GROUP, "") == Followed(())
    assert isinstance(desk.call(groups.follow_target, GROUP, "Sở Không Có"), Refusal)
    units = desk.call(groups.follow_target, GROUP, "UBND huyện")
    assert isinstance(units, UnitsOf) and "UBND huyện Hàm Yên" in units.units
    target = desk.call(groups.follow_target, GROUP, "so xay dung")
    assert target == Named("Sở Xây dựng", ())
    done = desk.call(groups.follow, GROUP, "Sở Xây dựng")
    assert done.changed and done.followed == ("Sở Xây dựng",)
    assert not desk.call(groups.follow, GROUP, "Sở Xây dựng").changed
    desk.call(groups.follow, GROUP, "UBND huyện Hàm Yên")
    assert desk.reminders.followed(GROUP) == ["Sở Xây dựng", "UBND huyện Hàm Yên"]
    # bare /botheodoi with two: the choice; a button by reference
    assert desk.call(groups.unfollow_target, GROUP, "") == Followed(
        ("Sở Xây dựng", "UBND huyện Hàm Yên")
    )
    assert isinstance(desk.call(groups.unfollow_target, GROUP, "Sở Y tế"), Refusal)
    pressed = desk.call(groups.unfollow_pressed, GROUP, "UBND huyện Hàm Yên")
    assert isinstance(pressed, Named) and pressed.agency == "UBND huyện Hàm Yên"
    assert isinstance(desk.call(groups.unfollow_pressed, GROUP, "3"), Refusal)
    left = desk.call(groups.unfollow, GROUP, "UBND huyện Hàm Yên")
    assert left.changed and left.followed == ("Sở Xây dựng",)
    assert desk.reminders.followed(GROUP) == ["Sở Xây dựng"]


def test_a_chat_that_refused_is_marked_once_and_the_other_admins_told(desk):
    assert desk.call(groups.reachable, [1001, GROUP]) == [1001, GROUP]
    assert desk.call(groups.mark_unreachable, 1001) == [ADMIN]
    assert desk.call(groups.mark_unreachable, 1001) == []  # already told
    assert desk.call(groups.reachable, [1001, ADMIN]) == [ADMIN]
    desk.call(groups.membership, GROUP, False, False)
    assert desk.call(groups.reachable, [GROUP]) == []
