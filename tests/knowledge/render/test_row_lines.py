"""One row in a list (knowledge.render.answers.row_line)."""

from __future__ import annotations

from datetime import date

from knowledge.catalogue.views import row_view
from knowledge.render.answers import row_line


def test_a_sub_row_whose_key_is_its_title_says_it_once(catalogue):
    """406-11's pilot on electricity is printed in the decision as a task, not a sector: its key
    carries its title, and the list read "406-11/Thí điểm … điện. Thí điểm … điện." (ux18b)."""
    tq = catalogue.province("tuyen-quang")
    today = date(2021, 9, 20)
    [pilot] = [r for r in catalogue.sub_rows("11") if r.sub == r.title]
    line = row_line(row_view(pilot, tq, today), today)
    assert line.count("cung cấp điện") == 1
    assert line.startswith(f"• <b>{pilot.key}</b> — hạn 31/12/2021")
    sector = next(r for r in catalogue.sub_rows("11") if r.sub == "Y tế")
    assert row_line(row_view(sector, tq, today), today).startswith(
        "• <b>406-11/Y tế</b> Kết nối dữ liệu dân cư — ngành Y tế"
    )
