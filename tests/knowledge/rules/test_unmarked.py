"""The standings with nothing reported are kept per table and day (knowledge/rules/unmarked.py):
a new table version, a new day and a status reported are each answered at once, never from
what was kept for the table, the day or the marks before."""

from __future__ import annotations

from datetime import date, timedelta

from knowledge.catalogue.importer import ImportedRow, with_imported
from knowledge.catalogue.table_patch import in_force_rows, merge_rows
from knowledge.rules.progress import row_standing, standings
from knowledge.rules.standing import Mark, State

BUILDING = "Sở Xây dựng"
JUSTICE = "Sở Tư pháp"
DAY = date(2021, 4, 13)


def _keys(units):
    return [s.key for s in units]


def test_a_new_table_version_stands_by_its_own_rows_and_the_old_keeps_its_own(catalogue):
    prov = catalogue.province("tuyen-quang")
    before = standings(catalogue, prov, {}, DAY, BUILDING)
    assert "406-14" in _keys(before)
    rows = merge_rows(
        in_force_rows(prov.assignments.values()),
        [ImportedRow(2, "406-14", (JUSTICE,), (), "Tháng 5/2021")],
        "sua.csv",
    )
    moved = with_imported(catalogue, prov.slug, prov.name, prov.decision, rows, "sua.csv")
    new = moved.province("tuyen-quang")
    assert "406-14" not in _keys(standings(moved, new, {}, DAY, BUILDING))
    assert "406-14" in _keys(standings(moved, new, {}, DAY, JUSTICE))
    # the version before (a rollback's) still stands by its own table
    assert _keys(standings(catalogue, prov, {}, DAY, BUILDING)) == _keys(before)


def test_the_day_after_a_date_the_row_is_late_and_a_status_reported_is_read_at_once(catalogue):
    prov = catalogue.province("tuyen-quang")
    marks: dict = {}
    first = next(s for s in standings(catalogue, prov, marks, DAY, BUILDING) if s.key == "406-14")
    assert first.state is State.OPEN and first.due is not None
    after = first.due + timedelta(days=1)
    late = row_standing(catalogue, prov, marks, after, "406-14", BUILDING, None)
    assert late is not None and late.state is State.LATE and late.today == after
    # the same mapping, a status reported in it since: read again, not the kept standing
    marks[("406-14", BUILDING)] = Mark("hoan_thanh", DAY)
    done = [s for s in standings(catalogue, prov, marks, DAY, BUILDING) if s.key == "406-14"]
    assert [s.state for s in done] == [State.DONE]
    marks.clear()
    again = standings(catalogue, prov, marks, DAY, BUILDING)
    assert next(s for s in again if s.key == "406-14").state is State.OPEN


def test_a_list_the_caller_changes_is_not_the_next_callers(catalogue):
    prov = catalogue.province("tuyen-quang")
    mine = standings(catalogue, prov, {}, DAY, BUILDING)
    count = len(mine)
    mine.clear()
    assert len(standings(catalogue, prov, {}, DAY, BUILDING)) == count > 0
