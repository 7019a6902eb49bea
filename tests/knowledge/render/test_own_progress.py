"""A unit's own /tiendo (knowledge/render/own_progress.py, u23c #5): its percentage is that of
its lead rows and tasks, as /tiendo tinh counts it; the rows it only coordinates and the tasks it
only supports are listed apart, never in the percentage."""

from __future__ import annotations

from datetime import date

from knowledge.render.answers import to_plain
from knowledge.render.own_progress import agency_progress, supported_tasks
from knowledge.render.progress_text import agency_tally_text
from knowledge.rules.progress import apart, standings, tally

DAY = date(2021, 6, 30)


def test_a_district_that_only_coordinates_reads_no_percentage(catalogue):
    tq = catalogue.province("tuyen-quang")
    text = to_plain(agency_progress(catalogue, tq, "UBND huyện Na Hang", {}, DAY))
    head, coordinating, supported = text.split("\n\n")
    assert head.startswith("Tiến độ UBND huyện Na Hang — không chủ trì mục nào")
    assert "%" not in text
    assert coordinating.splitlines()[0].endswith(": 0/1 mục báo xong")
    assert [t.id for t in supported_tasks(tq, "UBND huyện Na Hang")] == [
        "tq-2021-04-20",
        "tq-2021-05-20",
    ]
    assert supported.count("(đã qua)") == 2 and "quá hạn" not in supported
    assert supported_tasks(tq, "Sở Y tế") == []  # it owes both: none only supported


def test_an_agencys_percentage_is_the_one_the_province_view_gives_it(catalogue):
    tq = catalogue.province("tuyen-quang")
    agency = "Sở Tư pháp"
    units = standings(catalogue, tq, {}, DAY, agency)
    counted, coordinating = apart(units)
    assert counted and coordinating
    text = to_plain(agency_progress(catalogue, tq, agency, {}, DAY))
    head = text.splitlines()[0]
    own = agency_tally_text(counted)  # the first half of /tiendo tinh's line for it
    assert head.startswith(f"Tiến độ {agency} — {own} (mục chủ trì và nhiệm vụ")
    t = tally(coordinating)
    assert f"Phối hợp (đếm riêng, không tính vào tỉ lệ): {t.done}/{t.total} mục báo xong" in text
