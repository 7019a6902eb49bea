"""A row asked by its number by an approved officer says the officer's part in it (ux18b: a
district asking "406-11 bên em hạn khi nào" got the generic card, not what /tiendo says)."""

from __future__ import annotations

from datetime import date

DAY = date(2021, 9, 20)


def _ask(assistant, agency: str, question: str) -> str:
    return assistant.ask(question, DAY, "tuyen-quang", agency).html


def test_a_district_is_told_it_coordinates_406_11_with_no_date_of_its_own(assistant):
    html = _ask(assistant, "UBND huyện Hàm Yên", "406-11 ben em han khi nao")
    assert "• Vai trò của UBND huyện Hàm Yên: phối hợp" in html
    assert (
        "• UBND huyện Hàm Yên: đơn vị phối hợp, không có hạn riêng; hạn các ngành chủ trì: "
        "30/9/2021, 31/12/2021"
    ) in html


def test_a_sector_lead_is_told_its_sub_row_and_its_date(assistant):
    html = _ask(assistant, "Sở Y tế", "406-11 ben em han khi nao")
    assert "• Vai trò của Sở Y tế: chủ trì mục con 406-11/Y tế" in html
    assert "• Sở Y tế: theo hạn các ngành, gần nhất 31/12/2021 (còn 102 ngày)" in html
    assert "<b>406-11/Y tế</b> Kết nối dữ liệu dân cư — ngành Y tế [chủ trì]" in html


def test_a_row_of_its_own_says_its_role_and_a_question_of_no_asker_none(assistant):
    html = _ask(assistant, "Sở Xây dựng", "406-14 ben em han khi nao")
    assert "• Vai trò của Sở Xây dựng: chủ trì" in html
    assert "Vai trò" not in assistant.ask("406-14", DAY, "tuyen-quang").html
