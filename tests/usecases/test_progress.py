"""Views of progress as use cases: one agency's or the province's, late items, a row's history
page by page with its authors, the charts."""

from __future__ import annotations

from datetime import datetime

from bot.clock import TZ
from tests.usecases.conftest import ADMIN, caller, officer
from usecases import progress, statuses
from usecases.progress import Chart, History, Progress
from usecases.results import Refusal


def test_progress_of_my_agency_of_another_and_of_the_province(desk):
    who = officer(desk)
    desk.call(statuses.update_status, who, "/capnhat 406-14 xong")
    mine = desk.call(progress.progress, who, "")
    assert isinstance(mine, Progress) and mine.agency == "Sở Xây dựng"
    assert "406-14" in mine.html and "Hoàn thành" in mine.html
    whole = desk.call(progress.progress, who, "tinh")
    assert isinstance(whole, Progress) and whole.agency is None
    assert isinstance(desk.call(progress.progress, caller(desk, 2001), ""), Refusal)
    assert isinstance(desk.call(progress.progress, who, "Sở Không Có"), Refusal)
    # a write since the view was built is seen at once
    desk.call(statuses.update_status, who, "/capnhat 406-14 đang làm")
    again = desk.call(progress.progress, who, "")
    assert isinstance(again, Progress) and again.html != mine.html


def test_late_items_after_their_deadline(desk):
    who = officer(desk)
    desk.clock.set(datetime(2021, 6, 5, 8, 0, tzinfo=TZ))
    late = desk.call(progress.late, caller(desk, 1001), "")
    assert isinstance(late, Progress) and "406-14" in late.html
    desk.call(statuses.update_status, who, "/capnhat 406-14 xong")
    after = desk.call(progress.late, caller(desk, 1001), "")
    assert isinstance(after, Progress)
    # no longer late, said beside as done late (ux30 #4), never dropped
    listed, _, beside = after.html.partition("🕓 <b>Đã xong muộn</b>")
    assert "406-14" not in listed and "<b>406-14</b>" in beside
    assert "đã xong muộn 5 ngày (xong 5/6/2021, hạn 31/5/2021)" in beside


def test_history_shows_the_latest_changes_and_pages_to_older_ones(desk):
    who = officer(desk)
    words = ["đang làm", "kiểm thử", "xong"]
    for i in range(progress.HISTORY_SHOWN + 2):
        desk.call(statuses.update_status, who, f"/capnhat 406-14 {words[i % 3]}")
    page = desk.call(progress.history, who, "406-14")
    assert isinstance(page, History) and page.older == 2 and page.oldest is not None
    assert page.html.count("•") == progress.HISTORY_SHOWN
    assert "Cán bộ 1001" in page.html  # the author, read by id
    older = desk.call(progress.older_history, who, "406-14", page.oldest)
    assert isinstance(older, History) and older.older == 0 and older.html.count("•") == 2
    assert isinstance(desk.call(progress.history, who, ""), Refusal)
    assert isinstance(desk.call(progress.older_history, who, "31", page.oldest), Refusal)


def test_charts_of_the_province_and_of_an_agency(desk):
    officer(desk)
    province = desk.call(progress.chart, caller(desk, ADMIN), None)
    assert isinstance(province, Chart) and province.png.startswith(b"\x89PNG")
    agency = desk.call(progress.chart, caller(desk, ADMIN), "UBND huyện Hàm Yên")
    assert isinstance(agency, Chart) and agency.whose == "UBND huyện Hàm Yên"
    assert isinstance(desk.call(progress.chart, caller(desk, ADMIN), "7"), Refusal)


def test_a_district_named_by_its_place_alone_is_its_unit_and_the_province_by_its_name(desk):
    who = officer(desk)
    for command in (progress.progress, progress.late):
        unit = desk.call(command, who, "son duong")
        assert isinstance(unit, Progress) and unit.agency == "UBND huyện Sơn Dương"
        # the province's own name is the province, not the city that shares it
        whole = desk.call(command, who, "Tuyên Quang")
        assert isinstance(whole, Progress) and whole.agency is None
