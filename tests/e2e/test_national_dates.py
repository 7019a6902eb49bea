"""A provincial date set after the decision's (ux13 #7): `/giao 406-14 han thang 10` on a row
Quyết định 406 wants by 30/6/2021 is previewed with a warning that quotes both dates; once
applied, /tiendo and the reminders keep the national milestone beside the province's date for
the lead; a unit that only supports the row (phối hợp) owes the province's date alone, and is
never told it is late while that date is ahead (ux38 #3).
Through the emulator and the real Application; the table in force asserted after the write.
"""

from __future__ import annotations

from datetime import date

from knowledge.rules.reminders import plan_range
from tests.botkit import ADMIN, register, texts


def services(player):
    return player.app.bot_data["services"]


NA_HANG = "UBND huyện Na Hang"


async def test_a_later_provincial_date_is_warned_and_the_national_one_stays(player):
    await register(player, 1001, "Sở Xây dựng", "An")
    await register(player, 1201, "na hang", "Nam")
    line = "/giao 406-14 chu tri so xay dung; phoi hop ubnd huyen na hang; han thang 10"
    out = texts(await player.send(ADMIN, line), ADMIN)
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
    # the decision's date first, said as the decision's, the province's later one beside it
    # Sunday 31/10/2021 runs to the end of Monday 1/11 (BLDS 2015 Điều 148)
    assert (
        "hạn QĐ 406: 30/6/2021 (còn 78 ngày); hạn của tỉnh: 31/10/2021 (Chủ nhật, tính đến hết "
        "1/11/2021; còn 202 ngày)"  # one bracket (u54 #5)
    ) in line
    desk = services(player)
    plan = plan_range(
        desk.assistant.catalogue, desk.province, {}, date(2021, 6, 20), date(2021, 7, 5)
    )
    days = {day for day, r in plan if r.agency == "Sở Xây dựng" and "406-14" in r.keys}
    assert date(2021, 6, 30) in days and date(2021, 6, 21) in days  # 7 working days before
    # the supporting district is reminded of the province's date only, never the decision's
    assert not [r for _, r in plan if r.agency == NA_HANG and "406-14" in r.keys]

    # on a Monday after the decision's 30/6: the lead is late, the supporting unit is not
    sent = await player.line("@ 2021-09-06 08:00")
    told = "\n".join(texts(sent, 1201))
    assert "406-14" not in told and "quá hạn" not in told, told
    out = texts(await player.send(1201, "/tiendo"), 1201)[0]
    [line] = [x for x in out.splitlines() if "406-14" in x]
    assert "hạn 31/10/2021" in line and "QUÁ HẠN" not in line and "quá hạn" not in line, line
    out = texts(await player.send(1201, "/quahan"), 1201)[0]
    assert "406-14" not in out, out
    out = texts(await player.send(1001, "/quahan"), 1001)[0]
    assert "406-14" in out and "quá hạn 68 ngày" in out, out


async def test_an_earlier_provincial_date_says_nothing_more(player):
    out = texts(await player.send(ADMIN, "/giao 406-14 han thang 6"), ADMIN)
    assert "Hạn: Tháng 5/2021 → Tháng 6/2021" in out[0] and "⚠️" not in out[0]


async def test_questions_and_tiendo_list_the_dates_the_reminders_remind(player):
    """406-22: the province's 31/8/2021 and the decision's 30/9/2021, both reminded. "tháng 9"
    answered "nothing due, next 31/12" with no word of 406-22, "quý 3" 406-22 once under 31/8
    with the decision's 30/9 beside it, /tiendo "mốc 1/2" (read as 1 February), all against
    the reminder of 30/9."""
    await register(player, 1002, "Sở Y tế", "Bình")
    await player.line("@ 2021-09-06 08:00")
    desk = services(player)
    plan = plan_range(
        desk.assistant.catalogue, desk.province, {}, date(2021, 9, 1), date(2021, 10, 1)
    )
    # reminded on 30/9's days, as late for 31/8 (the standing rule: ux16a item 2)
    reminded = {(day, r.due) for day, r in plan if r.agency == "Sở Y tế" and "406-22" in r.keys}
    assert (date(2021, 9, 30), date(2021, 8, 31)) in reminded
    # already late on the province's 31/8: "tháng 9" and "hạn gần nhất" say it late, once,
    # the decision's 30/9 beside as the decision's, never as the unit's date to come (ux22 #1)
    late = "406-22 (hạn 31/8/2021 (quá hạn 6 ngày); hạn QĐ 406: 30/9/2021)"
    out = texts(await player.send(1002, "thang 9 ben em co gi"), 1002)[0]
    assert out.startswith("Không có hạn mới nào của Sở Y tế trong Tháng 9/2021"), out
    assert late in out and "còn 24 ngày" not in out and out.count("quá hạn 6 ngày") == 1
    out = texts(await player.send(1002, "han gan nhat"), 1002)[0]
    assert out.startswith("Đến hạn ngày 31/12/2021 (hạn gần nhất)") and late in out, out
    out = texts(await player.send(1002, "quy 3 ben em phai lam gi"), 1002)[0]
    assert ": 1 mục." in out.splitlines()[0]
    # once, under its first date, with the decision's beside it as /tiendo says it (ux20 #9)
    assert "Hạn 31/8/2021 (quá hạn 6 ngày)" in out and "Hạn 30/9/2021" not in out, out
    [row] = [x for x in out.splitlines() if x.startswith("• 406-22")]
    assert "hạn 31/8/2021 (quá hạn 6 ngày); hạn QĐ 406: 30/9/2021 (còn 24 ngày)" in row, row
    out = texts(await player.send(1002, "/tiendo"), 1002)[0]
    [line] = [x for x in out.splitlines() if "406-22" in x]
    assert "hạn 31/8/2021 (quá hạn 6 ngày); hạn QĐ 406: 30/9/2021 (còn 24 ngày)" in line
