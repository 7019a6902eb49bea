"""How a row's dates are said in every view (knowledge/render/progress_text.py `when_text`): the
province's own phases as "mốc", the decision's milestone as the decision's, and a late row's days
counted from the first date it missed (ux19 item 1)."""

from __future__ import annotations

from datetime import date

from knowledge.reader.ask import default_assistant
from knowledge.render.standing_dates import when_text
from knowledge.rules.progress import standings


def _said(key: str, agency: str, day: date) -> str:
    catalogue = default_assistant().catalogue
    tq = catalogue.province("tuyen-quang")
    [found] = [s for s in standings(catalogue, tq, {}, day, agency) if s.key == key]
    return when_text(found)


def test_both_dates_passed_the_days_count_from_the_provinces():
    # 406-14: Tuyên Quang's Tháng 5/2021, QĐ 406's Quý II/2021. On 1/7 it said "hạn 30/6/2021
    # (quá hạn 1 ngày), mốc 2 trên 2" while the row's own answer said 31 days.
    said = _said("406-14", "Sở Xây dựng", date(2021, 7, 1))
    assert said == "hạn 31/5/2021 (quá hạn 31 ngày); hạn QĐ 406: 30/6/2021 (quá hạn 1 ngày)"


def test_before_the_provinces_date_the_decisions_is_beside_it_not_a_phase():
    said = _said("406-14", "Sở Xây dựng", date(2021, 5, 20))
    assert said == "hạn 31/5/2021 (còn 11 ngày); hạn QĐ 406: 30/6/2021 (còn 41 ngày)"
    assert "mốc" not in said


def test_the_provinces_own_phases_are_still_phases():
    # 406-39: households by 31/5/2021, businesses by 31/8/2021 (the province's two phases)
    said = _said("406-39", "Sở Tài chính", date(2021, 5, 20))
    # each with its own standing (ux24 #3), the decision's date beside as the decision's
    assert said == (
        "mốc 1 (hộ gia đình) 31/5/2021 — còn 11 ngày; mốc 2 (doanh nghiệp) 31/8/2021 — còn 103 "
        "ngày; hạn QĐ 406: 30/9/2021 (còn 133 ngày)"
    )
