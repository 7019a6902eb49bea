"""Reports: who may have which, and the workbook built from the statuses and proposals."""

from __future__ import annotations

from datetime import date
from io import BytesIO

from openpyxl import load_workbook

from tests.usecases.conftest import ADMIN, caller, officer
from usecases import reports, statuses
from usecases.reports import Report, ReportMenu
from usecases.results import Refusal


def test_the_menu_and_who_may_download_what(desk):
    assert isinstance(desk.call(reports.report_menu, caller(desk, 2001)), Refusal)
    who = officer(desk)
    menu = desk.call(reports.report_menu, who)
    assert isinstance(menu, ReportMenu) and menu.agency == "Sở Xây dựng" and not menu.admin
    assert [f.code for f in menu.forms][:2] == ["bieu02", "pl1"]
    assert isinstance(desk.call(reports.report, who, "tiendo", True), Refusal)
    assert isinstance(desk.call(reports.report, caller(desk, ADMIN), "tiendo", False), Refusal)


def test_the_progress_workbook_holds_the_status_written(desk):
    who = officer(desk)
    desk.call(statuses.update_status, who, "/capnhat 406-14 xong")
    made = desk.call(reports.report, who, "tiendo", False)
    assert isinstance(made, Report) and made.whose == "Sở Xây dựng" and made.rows > 0
    assert made.name == "tiendo_so-xay-dung_2021-04-13.xlsx"
    cells = [
        str(v)
        for row in load_workbook(BytesIO(made.content)).active.iter_rows(values_only=True)
        for v in row
        if v is not None
    ]
    assert any("406-14" in c for c in cells) and any("Hoàn thành" in c for c in cells)
    whole = desk.call(reports.build_report, "bieu02", None, date(2021, 4, 13))
    assert whole.whose == desk.province.name and whole.content
