"""ux27 #4: "hoan tac" typed after a "✅ Ghi cả 3" press offered the undo of its last row only;
pressed, 406-29 and 406-30 stayed Hoàn thành. The typed undo offers the whole press, one button,
as the receipt's own "Hoàn tác cả 3" does. Through the emulator; the database read after."""

from __future__ import annotations

from tests.botkit import register, texts

LDTBXH = "Sở Lao động, Thương binh và Xã hội"
LAN = 3001


def current(player, key):
    change = player.app.bot_data["services"].repo.current(key, LDTBXH)
    return change.new if change is not None else None


KEYS = ("406-29", "406-30", "406-31")


async def test_hoan_tac_typed_after_ghi_ca_3_takes_back_all_three(player):
    await player.line("@ 2021-04-13 08:00")
    await register(player, LAN, "so ldtbxh", "Phạm Thị Lan")
    await player.send(LAN, "muc 29-31 xong")
    out = texts(await player.send(LAN, "[✅ Ghi cả 3 → Hoàn thành]"), LAN)
    assert out[0].startswith("✅ Đã ghi 3 mục:"), out
    out = texts(await player.send(LAN, "hoan tac"), LAN)
    assert out[0].startswith("Lần ghi gần nhất của bạn (3 mục cùng một lần bấm):"), out
    for key in KEYS:
        assert f"• {key}" in out[0], out
    assert [current(player, k) for k in KEYS] == ["hoan_thanh"] * 3  # nothing before the press
    out = texts(await player.send(LAN, "[Hoàn tác cả 3]"), LAN)
    assert out[0].startswith("↩️ Đã hoàn tác 3 mục:"), out
    assert [current(player, k) for k in KEYS] == ["chua_bat_dau"] * 3


async def test_two_single_writes_in_the_same_minute_are_undone_one_at_a_time(player):
    await player.line("@ 2021-04-13 08:00")
    await register(player, LAN, "so ldtbxh", "Phạm Thị Lan")
    await player.send(LAN, "/capnhat 406-29 xong")
    await player.send(LAN, "/capnhat 406-30 xong")
    out = texts(await player.send(LAN, "hoan tac"), LAN)
    assert out[0].startswith("Thay đổi gần nhất bạn ghi: 406-30"), out
    await player.send(LAN, "[Hoàn tác]")
    assert [current(player, k) for k in ("406-29", "406-30")] == ["hoan_thanh", "chua_bat_dau"]


async def test_hoantac_after_ghi_ca_3_undoes_all_three(player):
    """/hoantac undoes the whole press, as its receipt's button does."""
    await player.line("@ 2021-04-13 08:00")
    await register(player, LAN, "so ldtbxh", "Phạm Thị Lan")
    await player.send(LAN, "muc 29-31 xong")
    await player.send(LAN, "[✅ Ghi cả 3 → Hoàn thành]")
    out = texts(await player.send(LAN, "/hoantac"), LAN)
    assert out[0].startswith("↩️ Đã hoàn tác 3 mục:"), out
    assert [current(player, k) for k in KEYS] == ["chua_bat_dau"] * 3
