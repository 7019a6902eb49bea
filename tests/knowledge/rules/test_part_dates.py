"""A row with no date of its own owes by its sub-rows' dates, said as theirs (ux16a item 1).

Tuyên Quang's BIỂU 01 prints no date for 406-11 (Công an tỉnh leads it, the district units
coordinate it), and Quyết định 406 none for the parent row; its sector sub-rows are due
30/9/2021 and 31/12/2021. Every view read "chưa có hạn", and /quahan "Không có mục nào quá
hạn 👍" all year for a district."""

from __future__ import annotations

from datetime import date

from knowledge.render.progress_text import when_text
from knowledge.rules.progress import standing_of, standings
from knowledge.rules.reminders import plan_range
from knowledge.rules.row_dates import part_dates, row_dates
from knowledge.rules.standing import Mark, State

DISTRICT = "UBND huyện Lâm Bình"
SECTORS = (date(2021, 9, 30), date(2021, 12, 31))


def test_the_parent_row_owes_by_its_sectors_dates_and_no_other_row_does(catalogue):
    tq = catalogue.province("tuyen-quang")
    assert tuple(m.due for m in part_dates(catalogue, tq, catalogue.rows["406-11"])) == SECTORS
    assert row_dates(catalogue, tq, "406-11") == SECTORS
    # a row with a date of its own, a sub-row: nothing made up
    assert part_dates(catalogue, tq, catalogue.rows["406-14"]) == ()
    assert part_dates(catalogue, tq, catalogue.rows["406-11/Y tế"]) == ()


def test_every_district_and_the_lead_stand_by_those_dates(catalogue):
    tq = catalogue.province("tuyen-quang")
    for agency in (*tq.units, "Công an tỉnh"):
        before = standing_of(catalogue, tq, "406-11", agency, {}, date(2021, 4, 13))
        assert before is not None and before.state is State.OPEN
        assert before.due == SECTORS[0] and before.deadline.parts
        late = standing_of(catalogue, tq, "406-11", agency, {}, date(2021, 12, 20))
        assert late is not None and late.state is State.LATE and late.due == SECTORS[0]
    done = {("406-11", DISTRICT): Mark("hoan_thanh", date(2021, 9, 1))}
    assert standing_of(catalogue, tq, "406-11", DISTRICT, done, date(2021, 12, 20)).state is (
        State.DONE
    )


def test_its_dates_are_said_as_the_sectors_never_as_its_own(catalogue):
    tq = catalogue.province("tuyen-quang")
    late = standing_of(catalogue, tq, "406-11", DISTRICT, {}, date(2021, 12, 20))
    assert when_text(late) == (
        "tỉnh chưa giao hạn riêng cho mục này; hạn các ngành: 30/9/2021 (quá hạn 81 ngày), "
        "31/12/2021 (còn 11 ngày)"
    )
    mine = standings(catalogue, tq, {}, date(2021, 12, 20), DISTRICT)
    assert [s.key for s in mine if s.state is State.LATE] == ["406-11"]


def test_districts_are_reminded_of_those_dates(catalogue):
    tq = catalogue.province("tuyen-quang")
    plan = plan_range(catalogue, tq, {}, date(2021, 9, 1), date(2021, 12, 31))
    mine = [(day, r.due) for day, r in plan if r.agency == DISTRICT and "406-11" in r.keys]
    assert (date(2021, 9, 30), SECTORS[0]) in mine
    assert any(due == SECTORS[0] and day > SECTORS[0] for day, due in mine)  # late, weekly
