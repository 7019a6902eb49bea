"""Bắc Giang's figures answered in chat: dossiers of a department, its services at a level, the
online share.
"""

from __future__ import annotations

from datetime import date

TODAY = date(2020, 6, 15)


def ask(assistant, question):
    return assistant.ask(question, TODAY, "bac-giang")


def test_dossiers_of_a_department_as_printed(assistant):
    answer = ask(assistant, "Sở Tư pháp nhận bao nhiêu hồ sơ trực tuyến")
    assert answer.intent == "stats" and answer.agency == "Sở Tư pháp"
    assert "162 hồ sơ trực tuyến" in answer.text and "4.905" in answer.text  # seed line 294
    assert "Cấp Phiếu lý lịch tư pháp" in answer.text


def test_services_at_level_four_without_diacritics(assistant):
    answer = ask(assistant, "dich vu nao cua so y te o muc do 4")
    assert answer.intent == "stats"
    assert "Sở Y tế có 12 dịch vụ ở mức độ 4" in answer.text
    level3 = ask(assistant, "những dịch vụ mức 3 của sở công thương")
    assert "Sở Công Thương có 9 dịch vụ ở mức độ 3" in level3.text  # printed "Sở Công thương"


def test_online_share_per_department(assistant, catalogue):
    answer = ask(assistant, "tỷ lệ hồ sơ trực tuyến của các sở")
    lines = [line for line in answer.text.splitlines() if line.startswith("•")]
    assert any(line.startswith("• Sở Tư pháp: 3,3% (162/4.905)") for line in lines)
    shares = [float(line.split(": ")[1].split("%")[0].replace(",", ".")) for line in lines]
    assert shares == sorted(shares, reverse=True)


def test_stats_only_where_a_report_exists(assistant):
    answer = assistant.ask("Sở Tư pháp nhận bao nhiêu hồ sơ trực tuyến", TODAY, "tuyen-quang")
    assert answer.intent != "stats"
    assert ask(assistant, "mục 4").intent == "item"  # a row number still reads as a row
