"""The desk: the table in force followed (another instance may apply one), what only changes
with it kept until it changes, the statuses kept until a change comes in."""

from __future__ import annotations

from datetime import timedelta

from knowledge.catalogue.importer import ImportedRow
from tests.usecases.conftest import officer
from usecases import statuses
from usecases.desk import Desk


def test_a_table_applied_elsewhere_is_followed_and_drops_what_was_built_on_the_old_one(desk):
    built = []
    first = desk.per_table("probe", lambda a: built.append(a) or len(built))
    assert desk.per_table("probe", lambda a: built.append(a) or len(built)) == first == 1
    desk.sync_table()  # an update looks at the table in force
    # another instance (the command line) applies a version in which 406-14 is late in 2022
    assert desk.tables is not None
    row = ImportedRow(1, "406-14", ("Sở Xây dựng",), (), "Tháng 6/2022")
    desk.tables.add("tuyen-quang", "Tuyên Quang", "406", [row], "khac.csv", desk.clock.now())
    desk.sync_table()  # looked at less than a second ago: not yet
    assert desk.table_number == 0
    desk.clock.set(desk.clock.now() + timedelta(seconds=2))
    desk.sync_table()
    assert desk.table_number == 1
    assert desk.province.assignments["406-14"].deadline_text == "Tháng 6/2022"
    assert desk.per_table("probe", lambda a: built.append(a) or len(built)) == 2
    assert built[1] is desk.assistant


def test_the_statuses_are_read_again_only_after_a_change(desk: Desk):
    who = officer(desk)
    first = _statuses(desk)
    assert _statuses(desk) is first  # nothing changed: the same snapshot, its views kept
    desk.call(statuses.update_status, who, "/capnhat 406-14 xong")
    second = _statuses(desk)
    assert second is not first
    assert second.current[("406-14", "Sở Xây dựng")].new == "hoan_thanh"
    assert second.marks[("406-14", "Sở Xây dựng")].status == "hoan_thanh"


def _statuses(desk: Desk):
    from usecases.runner import use_case

    @use_case(writes=False)
    def read(desk: Desk):
        return desk.statuses()

    return desk.call(read)
