"""/nopbai's view of one unit (knowledge.render.tracking_text.unit_view)."""

from __future__ import annotations

from datetime import date

from knowledge.render.tracking_text import nudge_preview, nudge_report, unit_view


def test_a_unit_that_owes_no_form_is_told_so_and_the_coordinator_owes_itself_nothing(catalogue):
    kh = catalogue.province("khanh-hoa")
    day = date(2020, 4, 6)
    own = unit_view(kh, kh.coordinator, [], day)
    assert own.endswith("\nSở Thông tin và Truyền thông không phải nộp biểu mẫu nào.")
    other = unit_view(kh, "Sở Y tế", [], day)
    assert other.endswith(
        "\nSở Y tế không phải nộp biểu mẫu nào cho Sở Thông tin và Truyền thông."
    )


def test_the_reminder_preview_names_the_missing_units_it_cannot_reach():
    """The preview named only those it would reach: 15 of 17 missing units went unchased while
    the coordinator believed them reminded (ux16b). It says them as the quote back does."""
    preview = nudge_preview({"Sở Xây dựng": 1}, ["Sở Tư pháp", "Sở A&B"], ["Sở Y tế"])
    head, already, unreachable = preview.split("\n")
    assert head == "Sẽ nhắc 1 đơn vị chưa nộp (1 cán bộ/nhóm), mỗi đơn vị một tin: Sở Xây dựng."
    assert already == "Hôm nay đã nhắc 1 đơn vị, không nhắc lại: Sở Y tế."
    assert unreachable == (
        "2 đơn vị chưa nộp nhưng chưa có cán bộ nhận nhắc: Sở Tư pháp; Sở A&amp;B."
    )
    reply = nudge_report({"Sở Xây dựng": 1}, ["Sở Tư pháp", "Sở A&B"], ["Sở Y tế"])
    assert reply.split("\n")[1:] == [already, unreachable]
    assert nudge_preview({"Sở Xây dựng": 2}) == head.replace("(1 cán", "(2 cán")
