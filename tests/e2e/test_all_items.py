"""ux24 #10: "muc 23-27 xong" gave five buttons and five receipts; a Sở with 12 rows went back
to the spreadsheet. "Ghi cả 5" writes the five in one press, one receipt lists each row, one
"Hoàn tác cả 5" takes them all back; nothing is written before the press. Through the emulator
and the real Application, the database asserted after each press."""

from __future__ import annotations

from tests.botkit import register, texts
from tests.e2e.test_writes import buttons

LDTBXH = "Sở Lao động, Thương binh và Xã hội"
KEYS = ["406-23", "406-24", "406-25", "406-26", "406-27"]


def current(player) -> dict[str, str]:
    repo = player.app.bot_data["services"].repo
    found = {key: repo.current(key, LDTBXH) for key in KEYS}
    return {key: c.new for key, c in found.items() if c is not None}


async def test_one_press_writes_the_range_and_one_undo_takes_it_back(player):
    await player.line("@ 2021-06-01 08:00")
    await register(player, 1005, LDTBXH, "Ngô Văn Hùng")
    out = await player.send(1005, "muc 23-27 xong")
    assert buttons(out, 1005)[0][-1] == ["✅ Ghi cả 5 → Hoàn thành"]
    assert "hoặc bấm “✅ Ghi cả 5 → Hoàn thành” để ghi tất cả một lần" in texts(out, 1005)[0]
    assert current(player) == {}
    calls = await player.send(1005, "[✅ Ghi cả 5 → Hoàn thành]")
    [receipt] = texts(calls, 1005)
    assert receipt.startswith("✅ Đã ghi 5 mục:\n• 406-23 (" + LDTBXH + "): Chưa bắt đầu → Hoàn")
    assert all(f"• {key} ({LDTBXH}): Chưa bắt đầu → Hoàn thành" in receipt for key in KEYS)
    assert buttons(calls, 1005) == [[["Hoàn tác cả 5"]]]
    assert current(player) == dict.fromkeys(KEYS, "hoan_thanh")
    # the offer was used: its buttons no longer write
    out = texts(await player.send(1005, "[Ghi 406-24 → Hoàn thành]"), 1005)
    assert not out[0].startswith("✅ Đã ghi")
    [undone] = texts(await player.send(1005, "[Hoàn tác cả 5]"), 1005)
    assert undone.startswith("↩️ Đã hoàn tác 5 mục:")
    assert current(player) == dict.fromkeys(KEYS, "chua_bat_dau")
    history = player.app.bot_data["services"].repo.history()
    assert len(history) == 10  # five writes, five undos: appended, never rewritten


async def test_no_press_for_all_where_a_note_is_needed_or_nothing_was_named(player):
    await player.line("@ 2021-06-01 08:00")
    await register(player, 1005, LDTBXH, "Ngô Văn Hùng")
    out = await player.send(1005, "muc 23-25 vuong mac")
    assert not any("Ghi cả" in b[0] for b in buttons(out, 1005)[0])
    # "xong" said alone: the unit's items owed are offered one by one, never all at once
    out = await player.send(1005, "xong roi")
    assert texts(out, 1005)[0].startswith("Bạn chưa nêu mục nào")
    assert not any("Ghi cả" in b[0] for b in buttons(out, 1005)[0])
    assert current(player) == {}


async def test_the_offer_shows_the_press_for_all_only_when_the_press_writes(player):
    """u26 #5: "muc 23-25 vuong x" showed "✅ Ghi cả 3" (a note was typed) and its press said
    the offer had lapsed (the note "x" says nothing): the offer and the press decided apart."""
    await player.line("@ 2021-06-01 08:00")
    await register(player, 1005, LDTBXH, "Ngô Văn Hùng")
    out = await player.send(1005, "muc 23-25 vuong x")
    assert not any("Ghi cả" in row[0] for row in buttons(out, 1005)[0])
    assert "rồi gõ ghi chú về vướng mắc" in texts(out, 1005)[0]
    # a note that says something: the press for all is shown, and it writes the three
    out = await player.send(1005, "muc 23-25 vuong chua co ket noi")
    assert buttons(out, 1005)[0][-1] == ["✅ Ghi cả 3 → Vướng mắc"]
    [receipt] = texts(await player.send(1005, "[✅ Ghi cả 3 → Vướng mắc]"), 1005)
    assert receipt.startswith("✅ Đã ghi 3 mục:")
    assert current(player) == dict.fromkeys(KEYS[:3], "vuong_mac")
