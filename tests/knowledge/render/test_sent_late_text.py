"""What was sent or done after its date, said after a late list
(knowledge/render/sent_late_text.py): by key for one agency, counted for the province, never on
a "• " line (ux30 #4)."""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.render.answers import to_plain
from knowledge.render.progress_text import late_report
from knowledge.render.sent_late_text import sent_late_lines
from knowledge.rules.progress import standings
from knowledge.rules.standing import Mark

DAY = date(2021, 4, 26)
BUILDING, HEALTH = "Sở Xây dựng", "Sở Y tế"
# the 20/4 dossier: Sở Xây dựng sent it on 22/4 (2 days late), Sở Y tế on 19/4 (in time)
MARKS = {
    ("tq-2021-04-20", BUILDING): Mark("hoan_thanh", date(2021, 4, 22)),
    ("tq-2021-04-20", HEALTH): Mark("hoan_thanh", date(2021, 4, 19)),
}


@pytest.fixture(scope="module")
def tq(catalogue):
    return catalogue.province("tuyen-quang")


def test_an_agency_hears_each_item_it_sent_late(catalogue, tq):
    text = to_plain(late_report(catalogue, tq, MARKS, DAY, BUILDING))
    listed, _, beside = text.partition("🕓 Đã nộp muộn (đã xong, không tính quá hạn):")
    assert "tq-2021-04-20" not in listed and "Không có mục nào còn quá hạn." in listed
    assert (
        "🕓 📌 tq-2021-04-20 Biểu 02 — đã nộp muộn 2 ngày (nộp 22/4/2021, hạn 20/4/2021)" in beside
    )
    # sent in time: nothing said beside, the usual "nothing late"
    on_time = to_plain(late_report(catalogue, tq, MARKS, DAY, HEALTH))
    assert "Đã nộp muộn" not in on_time and "Không có mục nào quá hạn. 👍" in on_time


def test_the_province_hears_their_count(catalogue, tq):
    units = standings(catalogue, tq, MARKS, DAY)
    [line] = sent_late_lines(catalogue, tq, units, None)
    assert "1 mục ở 1 cơ quan" in to_plain(line)
    text = to_plain(late_report(catalogue, tq, MARKS, DAY))
    assert "🕓 Đã nộp muộn (đã xong, không tính quá hạn): 1 mục ở 1 cơ quan" in text
