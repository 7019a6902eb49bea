"""An office typed right before a district unit's name ("phòng văn hóa huyện Lâm Bình") is that
district's office: the district unit is the agency, asking or asked about; the post of the one
asking, before the unit and its "hỏi", is no service's wording (district_offices.py,
asker_title.py). Phrasings written for these tests, not taken from any set."""

from __future__ import annotations

import datetime as dt

TODAY = dt.date(2021, 10, 12)
LAM_BINH = "UBND huyện Lâm Bình"


def test_an_office_inside_a_district_is_the_district_unit(assistant):
    plain = assistant.ask("UBND huyện Lâm Bình phải làm gì", TODAY, "tuyen-quang")
    for question in (
        "chuyên viên phòng văn hóa huyện Lâm Bình hỏi phải làm gì",
        "phong tu phap huyen lam binh hoi co han gi",
        "cán bộ UBND huyện Lâm Bình hỏi có hạn gì",
    ):
        answer = assistant.ask(question, TODAY, "tuyen-quang")
        assert (answer.intent, answer.agency) == ("agency", LAM_BINH), question
        assert [i.key for i in answer.items] == [i.key for i in plain.items], question


def test_a_department_and_a_district_in_separate_clauses_stay_two(assistant):
    province = assistant.catalogue.province("tuyen-quang")
    parsed = assistant.parse("Sở Y tế, UBND huyện Lâm Bình phải làm gì", TODAY, province)
    assert [m.name for m in parsed.agencies] == ["Sở Y tế", LAM_BINH]
    # the department alone is still the department
    alone = assistant.ask("phòng văn hóa hỏi phải làm gì", TODAY, "tuyen-quang")
    assert alone.agency != LAM_BINH
