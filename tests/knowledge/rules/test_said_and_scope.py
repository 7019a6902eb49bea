"""Two small rules of the chat's readers: whose hand-ins a who-has-sent question may be answered
with (officers.tracking_scope), and when a status said alone is about the last write
(status_undo.said_of_last_write)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from knowledge.rules.decisions import Refusal, Refused
from knowledge.rules.officers import Actor, TrackingScope, tracking_scope
from knowledge.rules.status_undo import said_of_last_write
from knowledge.rules.statuses import WRITE_WINDOW, Change, Status

ADMIN = Actor(9000, None, True)
ADMIN_OF = Actor(9001, "Sở Thông tin và Truyền thông", True)
OFFICER = Actor(1001, "Sở Xây dựng", False)
STRANGER = Actor(1002, None, False)


@pytest.mark.parametrize(
    "actor, named, own, scope",
    [
        (ADMIN, None, False, TrackingScope(None)),  # the whole province
        (ADMIN, "Sở Y tế", False, TrackingScope("Sở Y tế")),
        (ADMIN_OF, None, True, TrackingScope("Sở Thông tin và Truyền thông")),
        (ADMIN_OF, None, False, TrackingScope(None)),
        (OFFICER, None, False, TrackingScope("Sở Xây dựng")),
        (OFFICER, "Sở Xây dựng", False, TrackingScope("Sở Xây dựng")),
        # another unit's: not the officer's to see, said so
        (OFFICER, "Sở Y tế", False, Refusal(Refused.OTHER_UNITS_HANDINS)),
        (STRANGER, None, False, None),
    ],
)
def test_who_sees_which_tracking(actor, named, own, scope):
    seen = tracking_scope(actor, named, own)
    if isinstance(scope, Refusal):
        assert isinstance(seen, Refusal) and seen.code == scope.code
    else:
        assert seen == scope


NOW = datetime(2021, 4, 13, 9, 0)


def change(minutes_ago: int, undoes: int | None = None) -> Change:
    return Change(
        id=7,
        key="406-14",
        agency="Sở Xây dựng",
        old=None,
        new=Status.DANG_THUC_HIEN,
        note="",
        by=1001,
        at=NOW - timedelta(minutes=minutes_ago),
        undoes=undoes,
    )


def test_a_status_said_alone_goes_to_the_last_write_within_the_window():
    assert said_of_last_write(change(1), NOW, sending=False, is_task=False)
    late = int(WRITE_WINDOW.total_seconds() // 60) + 1
    assert not said_of_last_write(change(late), NOW, sending=False, is_task=False)
    assert not said_of_last_write(change(1, undoes=6), NOW, sending=False, is_task=False)
    assert not said_of_last_write(None, NOW, sending=False, is_task=False)


def test_a_sending_said_alone_goes_only_to_a_tasks_write():
    assert not said_of_last_write(change(1), NOW, sending=True, is_task=False)
    assert said_of_last_write(change(1), NOW, sending=True, is_task=True)
