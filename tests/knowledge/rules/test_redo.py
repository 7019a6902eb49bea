"""Làm lại: the undo that took a change back and the write that put an undo's status back are
found in the row's history (a spent button says so); a redo is decided as an undo is."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from knowledge.rules.decisions import Refusal
from knowledge.rules.officers import Actor
from knowledge.rules.redo import redo, redone_by, undone_by
from knowledge.rules.status_undo import Restore
from knowledge.rules.statuses import Change, Status

AT = datetime(2021, 4, 13, 8, 0, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))
ROW, UNIT = "406-14", "Sở Xây dựng"


def change(id_: int, new: Status, undoes: int | None = None, minutes: int = 0) -> Change:
    return Change(
        id_, ROW, UNIT, None, new, "", 9000, AT + timedelta(minutes=minutes), None, undoes
    )


def test_the_undo_and_the_redo_are_found_in_the_history():
    write = change(1, Status.HOAN_THANH)
    taken = change(2, Status.CHUA_BAT_DAU, undoes=1)
    assert undone_by(write, [write]) is None
    assert undone_by(write, [write, taken]) == taken
    assert redone_by(taken, write, [write, taken]) is None
    again = change(3, Status.HOAN_THANH)
    assert redone_by(taken, write, [write, taken, again]) == again
    # another status written after the undo is no redo of it
    other = change(3, Status.DANG_THUC_HIEN)
    assert redone_by(taken, write, [write, taken, other]) is None


def test_a_redo_writes_the_undone_status_while_the_undo_stands(catalogue):
    province = catalogue.province("tuyen-quang")
    admin = Actor(9000, None, True)
    write = change(1, Status.HOAN_THANH)
    taken = change(2, Status.CHUA_BAT_DAU, undoes=1)
    assert redo(province, admin, taken, write, 2, AT) == Restore(Status.HOAN_THANH, "")
    assert isinstance(redo(province, admin, taken, write, 3, AT), Refusal)  # a newer change
    late = AT + timedelta(minutes=11)
    assert isinstance(redo(province, admin, taken, write, 2, late), Refusal)
