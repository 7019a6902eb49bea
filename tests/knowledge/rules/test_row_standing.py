"""One row's standing for one agency (rules/progress.row_standing) is the one the agency's whole
list gives that row: a period's list reads only the rows it says dates beside, by the same rule."""

from __future__ import annotations

from datetime import date

from knowledge.catalogue.plan import plan_first_day
from knowledge.rules.progress import row_standing, standing_among, standings
from knowledge.rules.standing import Mark


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
