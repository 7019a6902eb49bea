"""A row with no date of its own owes by its sub-rows' dates, said as theirs (ux16a item 1).

Tuyên Quang's BIỂU 01 prints no date for 406-11 (Công an tỉnh leads it, the district units
coordinate it), and Quyết định 406 none for the parent row; its sector sub-rows are due
30/9/2021 and 31/12/2021. Every view read "chưa có hạn", and /quahan "Không có mục nào quá
hạn 👍" all year for a district."""

from __future__ import annotations

from datetime import date

from knowledge.render.standing_dates import when_text
from knowledge.rules.progress import standing_of, standings
from knowledge.rules.reminders import plan_range
from knowledge.rules.row_dates import part_dates, part_owners, row_dates
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


def test_the_lead_stands_by_those_dates_a_coordinating_district_by_none(catalogue):
    """f18b: the sectors' dates are the Sở's that lead them, with Công an tỉnh and Văn phòng
    UBND tỉnh as partners (BIỂU 01). Công an tỉnh leads 406-11 and takes part in every sector:
    it owes both dates. A district unit coordinates 406-11 and is named in no sector: it owes
    neither, is open (never late) and says the sectors' dates beside, as theirs."""
    tq = catalogue.province("tuyen-quang")
    assert part_owners(catalogue, tq, catalogue.rows["406-11"])[SECTORS[0]] >= {
        "Công an tỉnh",
        "Sở Tư pháp",
    }
    before = standing_of(catalogue, tq, "406-11", "Công an tỉnh", {}, date(2021, 4, 13))
    assert before.state is State.OPEN and before.due == SECTORS[0] and before.deadline.parts
    late = standing_of(catalogue, tq, "406-11", "Công an tỉnh", {}, date(2021, 12, 20))
    assert late.state is State.LATE and late.due == SECTORS[0]
    for unit in tq.units:
        assert not any(
            unit in names
            for names in part_owners(catalogue, tq, catalogue.rows["406-11"]).values()
        )
        for day in (date(2021, 4, 13), date(2021, 10, 1), date(2022, 3, 1)):
            s = standing_of(catalogue, tq, "406-11", unit, {}, day)
            assert s is not None and s.role == "coordinate"
            assert (s.state, s.due, s.beside) == (State.OPEN, None, SECTORS)
    done = {("406-11", DISTRICT): Mark("hoan_thanh", date(2021, 9, 1))}
    assert standing_of(catalogue, tq, "406-11", DISTRICT, done, date(2021, 12, 20)).state is (
        State.DONE
    )


def test_its_dates_are_said_as_the_sectors_never_as_its_own(catalogue):
    tq = catalogue.province("tuyen-quang")
    lead = standing_of(catalogue, tq, "406-11", "Công an tỉnh", {}, date(2021, 12, 20))
    assert when_text(lead) == (
        "tỉnh chưa giao hạn riêng cho mục này; hạn các ngành: 30/9/2021 (quá hạn 81 ngày), "
        "31/12/2021 (còn 11 ngày)"
    )
    district = standing_of(catalogue, tq, "406-11", DISTRICT, {}, date(2021, 12, 20))
    assert when_text(district) == (
        "tỉnh chưa giao hạn riêng cho mục này (đơn vị phối hợp, không có hạn riêng); "
        "hạn các ngành chủ trì: 30/9/2021, 31/12/2021"
    )
    assert "quá hạn" not in when_text(district)
    mine = standings(catalogue, tq, {}, date(2021, 12, 20), DISTRICT)
    assert [s.key for s in mine if s.state is State.LATE] == []
    assert [s.key for s in mine if s.role == "coordinate"] == ["406-11"]


def test_only_those_who_owe_them_are_reminded_of_those_dates(catalogue):
    tq = catalogue.province("tuyen-quang")
    plan = plan_range(catalogue, tq, {}, date(2021, 9, 1), date(2021, 12, 31))
    police = [(day, r.due) for day, r in plan if r.agency == "Công an tỉnh" and "406-11" in r.keys]
    assert (date(2021, 9, 30), SECTORS[0]) in police
    assert any(due == SECTORS[0] and day > SECTORS[0] for day, due in police)  # late, weekly
    assert not [r for _, r in plan if r.agency in tq.units and "406-11" in r.keys]
