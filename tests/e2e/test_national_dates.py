"""A provincial date set after the decision's (ux13 #7): `/giao 406-14 han thang 10` on a row
Quyết định 406 wants by 30/6/2021 is previewed with a warning that quotes both dates; once
applied, /tiendo and the reminders keep the national milestone beside the province's date.
Through the emulator and the real Application; the table in force asserted after the write.
"""

from __future__ import annotations

from datetime import date

from knowledge.rules.reminders import plan_range
from tests.botkit import ADMIN, register, texts


def services(player):
    return player.app.bot_data["services"]


async def test_a_later_provincial_date_is_warned_and_the_national_one_stays(player):
    await register(player, 1001, "Sở Xây dựng", "An")
    out = texts(await player.send(ADMIN, "/giao 406-14 han thang 10"), ADMIN)
    assert "Hạn: Tháng 5/2021 → Tháng 10/2021" in out[0]
    assert (
        "⚠️ 406-14: hạn của tỉnh “Tháng 10/2021” (31/10/2021) sau hạn quốc gia của QĐ "
        "406/QĐ-TTg “Triển khai toàn quốc trong quý II/2021” (30/6/2021)."
    ) in out[0]
    await player.send(ADMIN, "[Áp dụng]")
    assignment = services(player).province.assignments["406-14"]
    assert assignment.deadline_text == "Tháng 10/2021"

    out = texts(await player.send(1001, "/tiendo"), 1001)[0]
    [line] = [x for x in out.splitlines() if "406-14" in x]
    assert "hạn 30/6/2021, mốc 1/2" in line
    desk = services(player)
    plan = plan_range(
        desk.assistant.catalogue, desk.province, {}, date(2021, 6, 20), date(2021, 7, 5)
    )
    days = {day for day, r in plan if r.agency == "Sở Xây dựng" and "406-14" in r.keys}
    assert date(2021, 6, 30) in days and date(2021, 6, 21) in days  # 7 working days before


async def test_an_earlier_provincial_date_says_nothing_more(player):
    out = texts(await player.send(ADMIN, "/giao 406-14 han thang 6"), ADMIN)
    assert "Hạn: Tháng 5/2021 → Tháng 6/2021" in out[0] and "⚠️" not in out[0]
