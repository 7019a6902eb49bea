"""/nopbai's view of one unit (knowledge.render.tracking_text.unit_view)."""

from __future__ import annotations

from datetime import date

from knowledge.render.tracking_text import unit_view


def test_a_unit_that_owes_no_form_is_told_so_and_the_coordinator_owes_itself_nothing(catalogue):
    kh = catalogue.province("khanh-hoa")
    day = date(2020, 4, 6)
    own = unit_view(kh, kh.coordinator, [], day)
    assert own.endswith("\nSở Thông tin và Truyền thông không phải nộp biểu mẫu nào.")
    other = unit_view(kh, "Sở Y tế", [], day)
    assert other.endswith(
        "\nSở Y tế không phải nộp biểu mẫu nào cho Sở Thông tin và Truyền thông."
    )
