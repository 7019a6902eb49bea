"""ux35: what an officer of Sở Xây dựng types is written as typed, or asked before: a note
ending in "ca" (công an) keeps it (#1), the same status said again offers the next line as
its new note (#4), a status typed with a slip is offered as a guess with
its note, nothing written before the press (#3), and a row done in time is never said late
beside ✅ (#2). One story through the emulator; the database checked after each step."""

from __future__ import annotations

from tests.botkit import ADMIN, texts
from tests.e2e.test_writes import statuses


async def test_notes_and_slipped_statuses_of_one_officer(player, db_url, capsys):
    for line in (
        "@ 2021-05-20 08:00",
        "1001 Nguyen Van An > /dangky so xay dung",
        f"{ADMIN} > /duyet 1001",
        "@ 2021-05-25 09:00",
    ):
        await player.line(line)
    await player.send(1001, "/capnhat 406-11/xay dung vuong cho bo ca")
    assert [s[:3] for s in statuses(db_url, capsys)] == [
        ("406-11/Xây dựng", "vuong_mac", "cho bo ca")
    ]
    # the same status again with no note (#4): the next line is offered as the new note
    [text] = texts(await player.send(1001, "406-11/xay dung vuong"), 1001)
    assert "đã ở trạng thái Vướng mắc (ghi chú «cho bo ca»). Gõ lý do mới" in text
    [text] = texts(await player.send(1001, "chua co tai khoan ket noi"), 1001)
    assert "Vướng mắc, ghi chú «chua co tai khoan ket noi»?" in text
    assert [s[2] for s in statuses(db_url, capsys)] == ["cho bo ca"]
    await player.send(1001, "[Ghi 406-11/Xây dựng → Vướng mắc, kèm ghi chú]")
    assert [s[2] for s in statuses(db_url, capsys)] == ["chua co tai khoan ket noi"]
    # the same note again: nothing new, nothing asked
    [text] = texts(
        await player.send(1001, "406-11/xay dung vuong chua co tai khoan ket noi"), 1001
    )
    assert "không có gì được ghi thêm" in text and "Gõ lý do mới" not in text
    out = await player.send(1001, "406-14 vuogn mac cho bo xd huong dan")
    [text] = texts(out, 1001)
    assert "«vuogn mac»: có phải bạn muốn ghi 406-14" in text and "→ Vướng mắc?" in text
    assert "Ghi chú: cho bo xd huong dan" in text
    out = await player.send(1001, "406-15 dang lma")
    [text] = texts(out, 1001)
    assert "«dang lma»: có phải bạn muốn ghi 406-15" in text
    assert len(statuses(db_url, capsys)) == 1  # nothing written before a press
    await player.send(1001, "[Ghi 406-15 → Đang thực hiện?]")
    out = await player.send(1001, "406-14 xogn roi")
    await player.send(1001, "[Ghi 406-14 → Hoàn thành?]")
    # "rồi" mistyped after the status is part of it, never the note (u49 #3)
    [text] = texts(await player.send(1001, "406-15 xong ruoi"), 1001)
    assert "406-15" in text and "→ Hoàn thành?" in text and "Ghi chú" not in text
    await player.send(1001, "[Ghi 406-15 → Hoàn thành?]")
    # the comma after it left out, the note after it is kept whole (u51 #4)
    [text] = texts(await player.send(1001, "/capnhat 406-54 xong ruoi cho ky so"), 1001)
    assert "Ghi chú: cho ky so" in text and "ruoi" not in text, text
    written = {s[0]: s[1:3] for s in statuses(db_url, capsys)}
    assert written == {
        "406-11/Xây dựng": ("vuong_mac", "chua co tai khoan ket noi"),
        "406-15": ("hoan_thanh", ""),
        "406-14": ("hoan_thanh", ""),
        "406-54": ("hoan_thanh", "cho ky so"),
    }
    await player.line("@ 2021-07-02 09:00")  # 406-14's 31/5 and the decision's 30/6 passed
    for asked in ("/muc 406-14", "ai dang lam muc 14"):
        [text] = texts(await player.send(1001, asked), 1001)
        assert "quá hạn" not in text and "còn " not in text
        assert "✅ Hoàn thành — xong 25/5/2021, đúng hạn (hạn 31/5/2021)" in text
    [text] = texts(await player.send(1001, "/tiendo"), 1001)
    [line] = [x for x in text.splitlines() if x.startswith("• 406-14 ")]
    # the same words as the row's card: /tiendo asks the same rule (u49 #1)
    assert "✅ Hoàn thành — xong 25/5/2021, đúng hạn (hạn 31/5/2021)" in line
    assert "QĐ 406" not in line


async def test_a_district_sees_a_rows_standing_and_who_wrote_it(player):
    """ux35 #7: /tiendo sở xây dựng showed a district 406-14 done, "so xay dung xong muc 14
    chua" refused it; "ai dang lam muc 14" never named who wrote the row's status."""
    for line in (
        "@ 2021-05-20 08:00",
        "1001 Nguyen Van An > /dangky so xay dung",
        "1003 Le Van Cuong > /dangky ubnd huyen ham yen",
        f"{ADMIN} > /duyet 1001",
        f"{ADMIN} > /duyet 1003",
        "@ 2021-05-25 09:00",
        "1001 > /capnhat 406-14 xong",
    ):
        await player.line(line)
    # what a colleague wrote today, from the log (ux35 #7, u49 #5); read, nothing written
    repo = player.app.bot_data["services"].repo
    before = repo.current_all()
    [text] = texts(await player.send(1003, "hom nay anh An cap nhat gi vay"), 1003)
    assert text.startswith("📝 Cập nhật hôm nay (25/5/2021) của Nguyen Van An: 1 lượt")
    assert "• 09:00 406-14 Cấp giấy phép xây dựng nhà ở riêng lẻ — Sở Xây dựng: " in text
    assert "Chưa bắt đầu → Hoàn thành (Nguyen Van An)" in text
    # no day named: today's; a name nobody wrote under is echoed as typed (u51 #5)
    [same] = texts(await player.send(1003, "anh An cap nhat gi"), 1003)
    assert same == text
    [text] = texts(await player.send(1003, "chi Hoang Yen cap nhat gi"), 1003)
    assert text.startswith("Hôm nay (25/5/2021) chưa có cập nhật nào của «Hoang Yen».")
    [text] = texts(await player.send(1003, "hôm nay ai cập nhật gì"), 1003)
    assert text.startswith("📝 Cập nhật hôm nay (25/5/2021): 1 lượt") and "406-14" in text
    [text] = texts(await player.send(1003, "hôm qua ai cập nhật gì"), 1003)
    assert text.startswith("Hôm qua (24/5/2021) chưa có cập nhật nào.")
    assert repo.current_all() == before
    await player.line("@ 2021-07-02 09:00")
    [tiendo] = texts(await player.send(1003, "/tiendo so xay dung"), 1003)
    assert "406-14" in tiendo and "✅ Hoàn thành" in tiendo
    [text] = texts(await player.send(1003, "so xay dung xong muc 14 chua"), 1003)
    assert "Sở Xây dựng: ✅ Hoàn thành — xong 25/5/2021, đúng hạn (hạn 31/5/2021)" in text
    [text] = texts(await player.send(1003, "ai dang lam muc 14"), 1003)
    assert "• Cập nhật gần nhất (Sở Xây dựng): Nguyen Van An, 25/5/2021" in text
