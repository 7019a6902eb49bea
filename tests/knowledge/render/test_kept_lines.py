"""A unit's line is written once per standing (knowledge/render/kept_lines.py): the same
standing kept with nothing reported reads the same, a status reported since is said at once,
and the line of a new table version is that table's; a row's line is its own day's and row's."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from knowledge.catalogue.views import row_view
from knowledge.render.answers import row_line
from knowledge.render.progress_text import unit_line
from knowledge.rules.progress import standings
from knowledge.rules.standing import Mark

AGENCY = "Sở Xây dựng"
DAY = date(2021, 4, 13)


def _line(catalogue, province, marks) -> str:
    [row] = [s for s in standings(catalogue, province, marks, DAY, AGENCY) if s.key == "406-14"]
    return unit_line(catalogue, province, row, True)


def test_a_status_reported_is_said_at_once_and_the_line_with_none_is_kept(catalogue):
    tq = catalogue.province("tuyen-quang")
    before = _line(catalogue, tq, {})
    assert "406-14" in before and "Chưa bắt đầu" in before
    done = _line(catalogue, tq, {("406-14", AGENCY): Mark("hoan_thanh", DAY)})
    assert "Hoàn thành" in done and "Chưa bắt đầu" not in done
    assert _line(catalogue, tq, {}) == before


def test_a_row_renamed_in_a_new_catalogue_is_said_by_its_new_title(catalogue):
    tq = catalogue.province("tuyen-quang")
    row = catalogue.rows["406-14"]
    assert row.short_title in _line(catalogue, tq, {})
    renamed = replace(catalogue, rows={**catalogue.rows, "406-14": replace(row, title="Giấy mới")})
    assert "Giấy mới" in _line(renamed, tq, {})


def test_a_row_line_says_the_days_of_its_own_day_and_its_own_row(catalogue):
    tq = catalogue.province("tuyen-quang")
    row = catalogue.rows["406-14"]
    view = row_view(row, tq, DAY)
    assert view.deadline is not None
    first = row_line(view, DAY)
    later = row_line(row_view(row, tq, DAY + timedelta(days=1)), DAY + timedelta(days=1))
    days = (view.deadline - DAY).days
    assert f"còn {days} ngày" in first and f"còn {days - 1} ngày" in later
    renamed = replace(row, title="Giấy mới")
    assert "Giấy mới" in row_line(row_view(renamed, tq, DAY), DAY)
    assert row_line(row_view(row, tq, DAY), DAY) == first
