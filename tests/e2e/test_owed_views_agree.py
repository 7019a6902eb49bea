"""ux34: views that said different things of what a unit owes and when it is reminded.
- #1: after `/ketthuc`, a task asked about in words still said "còn 20 ngày", "thuộc đối tượng
  phải thực hiện" and offered "/nop …", while /nopbai said "không nộp (đã kết thúc theo dõi)";
- #3: the digest's "nhắc từ" counted 7 calendar days while the units are reminded 7 working
  days before;
- #7: an officer approved after a letter was published was never told of it.
Through the real Application and the emulator, on a letter of the coordinator's own: a monthly
report (Mẫu số 01, before the 25th) for Sở Y tế and Sở Xây dựng, and a list (Mẫu số 02) by
30/6/2021; Viễn thông Tuyên Quang supports."""

from __future__ import annotations

from datetime import date

from tests.botkit import ADMIN, register, texts

HEALTH, BUILDING, TELECOM, JUSTICE = 1001, 1002, 1003, 1004
LETTER = """UBND TỈNH TUYÊN QUANG
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 512/STTTT-CNTT                         Tuyên Quang, ngày 10 tháng 6 năm 2021
V/v báo cáo dịch vụ công trực tuyến

Kính gửi:
- Sở Y tế;
- Sở Xây dựng;
- Viễn thông Tuyên Quang.

1. Sở Y tế, Sở Xây dựng báo cáo kết quả cung cấp dịch vụ công trực tuyến của đơn vị theo Mẫu số
01 kèm theo, gửi về Sở Thông tin và Truyền thông hằng tháng, trước ngày 25.

2. Sở Y tế, Sở Xây dựng lập danh sách dịch vụ công trực tuyến đủ điều kiện tích hợp theo Mẫu số
02 kèm theo, gửi về Sở Thông tin và Truyền thông trước ngày 30/6/2021.

3. Viễn thông Tuyên Quang phối hợp, hỗ trợ kỹ thuật cho các đơn vị nêu tại mục 1, mục 2.

Nơi nhận:
- Như trên;
- Lưu: VT, CNTT.
"""
MONTHLY, LIST = "tq-2021-06-25", "tq-2021-06-30"


async def publish(player) -> None:
    await player.line("@ 2021-06-10 08:00")
    await player.upload(ADMIN, "cv512.txt", LETTER.encode(), name="Điều phối")
    said = texts(await player.send(ADMIN, "[Công bố]"), ADMIN)
    assert said and said[0].startswith("✅ Đã công bố"), said


def told_rows(player, chat: int) -> list:
    log = player.app.bot_data["services"].reminders.log()
    return [r for r in log if r.chat_id == chat and "|duyet|" in r.uniq]


async def test_a_task_asked_in_words_says_what_nopbai_says(player):
    await publish(player)
    await register(player, HEALTH, "Sở Y tế", "An")
    await register(player, BUILDING, "Sở Xây dựng", "Bình")
    repo = player.app.bot_data["services"].repo

    # owed and open: the days left, where the unit stands, and how to send it
    card = texts(await player.send(HEALTH, "mau 02 han khi nao"), HEALTH)[0]
    assert "30/6/2021 (còn 20 ngày)" in card and "Sở Y tế: thuộc đối tượng phải thực hiện" in card
    assert "▫️ chưa nộp" in card and f"/nop {LIST}" in card

    # a moved deadline: the days follow the new date
    await player.send(ADMIN, "/doihan mau 02 9/7/2021")
    await player.send(ADMIN, "[🗓 Đổi hạn]")
    card = texts(await player.send(HEALTH, "mau 02 han khi nao"), HEALTH)[0]
    assert "9/7/2021 (còn 29 ngày)" in card and "30/6/2021" not in card

    # sent by one unit: done for it, no days left
    await player.send(BUILDING, f"/capnhat {LIST} đã nộp")
    card = texts(await player.send(BUILDING, "mau 02 han khi nao"), BUILDING)[0]
    assert "✅ đã nộp" in card and "còn 29 ngày" not in card and "9/7/2021" in card

    # ended: every view says so, the question too, with no /nop line and no days left
    await player.send(ADMIN, "/ketthuc mau 02")
    await player.send(ADMIN, "[⏹ Kết thúc theo dõi]")
    card = texts(await player.send(HEALTH, "mau 02 han khi nao"), HEALTH)[0]
    assert "⏹ đã kết thúc theo dõi 10/6/2021 — không phải nộp" in card
    assert "còn " not in card and "/nop " not in card and "/capnhat" not in card
    mine = texts(await player.send(HEALTH, "/nopbai"), HEALTH)[0]
    assert "không nộp (đã kết thúc theo dõi)" in mine
    letter = texts(await player.send(HEALTH, "cv 512 nop gi"), HEALTH)[0]
    ended = letter[letter.index(LIST) :]
    assert "còn" not in ended.split("\n")[0] and "không phải nộp" in ended
    # the coordinator, asking with no unit of its own, hears it ended too
    card = texts(await player.send(ADMIN, "mau 02 han khi nao"), ADMIN)[0]
    assert "⏹ đã kết thúc theo dõi 10/6/2021, không phải nộp" in card and "còn " not in card
    # asking wrote nothing: Sở Y tế has no status of the list, Sở Xây dựng its own
    assert repo.current(LIST, "Sở Y tế") is None
    assert repo.current(LIST, "Sở Xây dựng").new.value == "hoan_thanh"


async def test_the_digest_chases_from_the_day_the_units_are_first_reminded(player):
    await publish(player)
    await register(player, HEALTH, "Sở Y tế", "An")
    asked = texts(await player.send(ADMIN, "tong hop tuan nay"), ADMIN)[-1]
    later = asked.split("Chưa tới kỳ nhắc")[1]
    # 7 working days before Friday 25/6 and Wednesday 30/6 (it said 18/6 and 23/6)
    assert "2 đơn vị chưa nộp; nhắc từ 16/6/2021" in later
    assert "2 đơn vị chưa nộp; nhắc từ 21/6/2021" in later

    # the unit is reminded on that day, and the coordinator's digest then chases the report
    calls = await player.line("@ 2021-06-16 08:00")
    reminder = [t for t in texts(calls, HEALTH) if "(Thứ Tư, 16/6/2021)" in t]
    assert reminder and MONTHLY in reminder[0] and "còn 9 ngày" in reminder[0]
    asked = texts(await player.send(ADMIN, "tong hop tuan nay"), ADMIN)[-1]
    chased, later = asked.split("Chưa tới kỳ nhắc")
    assert MONTHLY in chased and "chưa nộp (2): Sở Xây dựng; Sở Y tế" in chased
    assert LIST in later and MONTHLY not in later
    # the log: the reminder of 25/6 planned for 16/6, 7 working days before, and sent
    log = player.app.bot_data["services"].reminders.log()
    [row] = [r for r in log if r.chat_id == HEALTH and r.due == date(2021, 6, 25)]
    assert (row.day, row.offset, row.state) == (date(2021, 6, 16), 7, "sent")


async def test_an_officer_approved_after_a_letter_is_told_of_it_once(player):
    await publish(player)
    # approved after the publication: the welcome, then the letter's work for the unit
    await player.send(HEALTH, "/dangky Sở Y tế", name="An")
    calls = await player.send(ADMIN, f"/duyet {HEALTH}")
    welcome, told = texts(calls, HEALTH)
    assert welcome.startswith("✅ Bạn đã được duyệt")
    assert told.startswith("📬 Công văn đang theo dõi có việc của Sở Y tế")
    assert "Công văn số 512/STTTT-CNTT ngày 10/6/2021" in told
    assert f"{MONTHLY} tháng 6/2021 Mẫu số 01" in told and "hạn 25/6/2021 (còn 15 ngày)" in told
    assert f"{LIST} Mẫu số 02" in told and "▫️ chưa nộp" in told
    [row] = told_rows(player, HEALTH)
    assert row.state == "sent" and row.agency == "Sở Y tế"

    # a unit that only supports: told so, owing nothing; a unit the letter does not name: nothing
    await player.send(TELECOM, "/dangky Viễn thông Tuyên Quang", name="Cường")
    telecom = texts(await player.send(ADMIN, f"/duyet {TELECOM}"), TELECOM)
    assert len(telecom) == 2 and "(phối hợp, không phải nộp)" in telecom[1]
    assert "chưa nộp" not in telecom[1]
    await register(player, JUSTICE, "Sở Tư pháp", "Dũng")
    assert told_rows(player, JUSTICE) == []

    # a restart says nothing again; neither does a second approval under the same letters
    calls = await player.line("! restart")
    calls += await player.line("@ 2021-06-10 09:00")
    assert not [t for t in texts(calls, HEALTH) if t.startswith("📬")]
    await player.send(ADMIN, f"/thuhoi {HEALTH}")
    await player.send(HEALTH, "/dangky Sở Y tế", name="An")
    again = texts(await player.send(ADMIN, f"/duyet {HEALTH}"), HEALTH)
    assert len(again) == 1 and again[0].startswith("✅ Bạn đã được duyệt")
    assert len(told_rows(player, HEALTH)) == 1

    # the letter ended: an officer approved then hears of nothing left to do
    await player.send(ADMIN, "/ketthuc cv 512")
    await player.send(ADMIN, "[⏹ Kết thúc theo dõi]")
    await player.send(BUILDING, "/dangky Sở Xây dựng", name="Bình")
    building = texts(await player.send(ADMIN, f"/duyet {BUILDING}"), BUILDING)
    assert len(building) == 1 and told_rows(player, BUILDING) == []
