"""One row's standing for one agency (rules/progress.row_standing) is the one the agency's whole
list gives that row: a period's list reads only the rows it says dates beside, by the same rule."""

from __future__ import annotations

from datetime import date

from knowledge.catalogue.importer import ImportedRow, with_imported
from knowledge.catalogue.plan import plan_first_day
from knowledge.catalogue.table_patch import in_force_rows, merge_rows
from knowledge.rules.progress import row_standing, standing_among, standing_of, standings
from knowledge.rules.row_dates import row_dates
from knowledge.rules.standing import Mark, State


def test_a_rows_standing_read_alone_is_the_one_of_the_agencys_list(catalogue):
    prov = catalogue.province("tuyen-quang")
    first = plan_first_day(prov)
    marks = {("406-14", "Sở Xây dựng"): Mark("hoan_thanh", date(2021, 6, 3))}
    for today in (date(2021, 4, 13), date(2021, 7, 1), date(2021, 12, 20)):
        for agency in ("Sở Xây dựng", "Sở Y tế", "Công an tỉnh"):
            listed = standings(catalogue, prov, marks, today, agency)
            keys = [a.key for a in prov.rows_of(agency)]
            assert keys
            for key in keys:
                alone = row_standing(catalogue, prov, marks, today, key, agency, first)
                assert alone == standing_among(listed, key), (today, agency, key)
    assert row_standing(catalogue, prov, {}, date(2021, 4, 13), "406-14", "Sở Y tế", first) is None


def test_a_new_table_version_is_read_at_once_beside_the_one_before(catalogue):
    """A row's dates are kept per table (rules/row_dates.py): a version that moves 406-14 from
    Tháng 5/2021 to Tháng 4/2021 makes Sở Xây dựng late on 10/5 at once, while the table
    before it, asked again, keeps its own date (open, due 31/5)."""
    prov = catalogue.province("tuyen-quang")
    day = date(2021, 5, 10)
    old = standing_of(catalogue, prov, "406-14", "Sở Xây dựng", {}, day)
    assert old is not None and (old.state, old.due) == (State.OPEN, date(2021, 5, 31))
    rows = merge_rows(
        in_force_rows(prov.assignments.values()),
        [ImportedRow(2, "406-14", ("Sở Xây dựng",), (), "Tháng 4/2021")],
        "sua.csv",
    )
    moved = with_imported(catalogue, prov.slug, prov.name, prov.decision, rows, "sua.csv")
    new = moved.province("tuyen-quang")
    assert row_dates(moved, new, "406-14") == (date(2021, 4, 30), date(2021, 6, 30))
    again = standing_of(moved, new, "406-14", "Sở Xây dựng", {}, day)
    assert again is not None and (again.state, again.due) == (State.LATE, date(2021, 4, 30))
    assert standing_of(catalogue, prov, "406-14", "Sở Xây dựng", {}, day) == old
    assert row_dates(catalogue, prov, "406-14") == (date(2021, 5, 31), date(2021, 6, 30))
