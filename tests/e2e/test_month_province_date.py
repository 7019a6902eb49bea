"""A month question where a row's decision date has passed and the province's own date falls in
the month (ux29 #5): the province's date is called "hạn của tỉnh", as the row's answer and
/tiendo call it, never a "mốc sau"."""

from __future__ import annotations

from tests.botkit import ADMIN, register, texts

OFFICER, UNIT, ROW = 1001, "Sở Giao thông vận tải", "406-22"


async def test_the_province_date_beside_a_late_decision_date_is_the_provinces(player):
    await player.line("@ 2021-04-13 08:00")
    await register(player, OFFICER, UNIT, "Trần Văn Giao")
    await player.send(ADMIN, f"/giao {ROW} han thang 10/2021")
    await player.send(ADMIN, "[#1]")
    row = player.app.bot_data["services"].province.assignments[ROW]
    assert "10/2021" in row.deadline_text

    await player.line("@ 2021-10-01 09:00")
    out = texts(await player.send(OFFICER, "thang 10 co gi"), OFFICER)[0]
    late = out[out.index("⚠️ Đã quá hạn:") :]
    said = late[late.index(ROW) :].split("), ")[0]
    assert "hạn QĐ 406: 30/9/2021 (quá hạn 1 ngày)" in said
    # the next date without its days, which would read as the unit's date to come (ux22 #1)
    assert "hạn của tỉnh: 31/10/2021" in said and "còn" not in said
    assert "mốc sau" not in out
