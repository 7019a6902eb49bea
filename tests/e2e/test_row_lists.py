"""Ranges and lists of rows (ux26 #6): "/capnhat 406-30 đến 406-33 đang làm" and the comma list
were refused ("Mỗi lần một mục"), "406-23 den 406-28 xong" offered its two ends only, and
"gpxd với quy hoạch xây dựng đều đang làm" dropped GPXD, recorded done, without a word. Each row
between is offered, with one press for all; the rows left out are named with why. Through the
emulator and the real Application; the database is read after each press."""

from __future__ import annotations

from tests.botkit import register, texts

LDTBXH = "Sở Lao động, Thương binh và Xã hội"
LAN = 3001
SXD = 6001


def current(player, key, agency=LDTBXH):
    change = player.app.bot_data["services"].repo.current(key, agency)
    return change.new if change is not None else None


async def test_a_range_in_capnhat_offers_every_row_between(player):
    await register(player, LAN, "so ldtbxh", "Phạm Thị Lan")
    await player.send(LAN, "/capnhat 406-31 xong")
    out = texts(await player.send(LAN, "/capnhat 406-30 đến 406-33 đang làm"), LAN)
    assert out[0].startswith("Tin nhắn nêu 3 mục."), out
    left = "Bỏ qua 406-31: đã ghi Hoàn thành. Nếu cần sửa: /capnhat 406-31 đang thực hiện."
    assert left in out[0], out
    for key in ("406-30", "406-32", "406-33"):
        assert f"• {key} (" in out[0]
    assert "• 406-31" not in out[0]
    assert [current(player, k) for k in ("406-30", "406-32", "406-33")] == [None] * 3
    out = texts(await player.send(LAN, "[✅ Ghi cả 3 → Đang thực hiện]"), LAN)
    assert out[0].startswith("✅ Đã ghi 3 mục:"), out
    assert [current(player, k) for k in ("406-30", "406-31", "406-32", "406-33")] == [
        "dang_thuc_hien",
        "hoan_thanh",
        "dang_thuc_hien",
        "dang_thuc_hien",
    ]
    # a comma list: the rows already in that status named, the others offered
    out = texts(await player.send(LAN, "/capnhat 406-29, 406-30, 406-32 dang lam"), LAN)
    assert out[0].startswith("406-30, 406-32 đã là Đang thực hiện (không đổi)."), out
    assert "Bạn muốn ghi 406-29 (" in out[0]
    out = texts(await player.send(LAN, "[Ghi 406-29 → Đang thực hiện?]"), LAN)
    assert current(player, "406-29") == "dang_thuc_hien"


async def test_a_range_typed_in_chat_names_the_rows_not_theirs(player):
    await register(player, LAN, "so ldtbxh", "Phạm Thị Lan")
    out = texts(await player.send(LAN, "406-20 den 406-24 xong"), LAN)
    assert out[0].startswith("Tin nhắn nêu 2 mục."), out
    assert (
        "Bỏ qua (không ghi được), Sở Lao động, Thương binh và Xã hội không chủ trì hay "
        "phối hợp:" in out[0]
    )
    for key in ("406-20", "406-21", "406-22"):  # each named, with whose it is
        assert f"{key}" in out[0].split("phối hợp:")[1].split("• 406-23")[0], out
    out = texts(await player.send(LAN, "406-23 – 406-28 xong"), LAN)
    assert out[0].startswith("Tin nhắn nêu 6 mục."), out
    out = texts(await player.send(LAN, "[✅ Ghi cả 6 → Hoàn thành]"), LAN)
    assert out[0].startswith("✅ Đã ghi 6 mục:"), out
    keys = [f"406-{n}" for n in range(23, 29)]
    assert [current(player, k) for k in keys] == ["hoan_thanh"] * 6
    assert current(player, "406-22") is None


async def test_services_said_alike_name_the_one_already_done(player):
    await register(player, SXD, "Sở Xây dựng", "Lý Văn Hùng")
    await player.send(SXD, "/capnhat 406-14 xong")
    out = texts(await player.send(SXD, "gpxd voi quy hoach xay dung deu dang lam"), SXD)
    assert out[0].startswith(
        "Bỏ qua 406-14: đã ghi Hoàn thành. Nếu cần sửa: /capnhat 406-14 đang thực hiện.\n"
        "Bạn muốn ghi 406-15 ("
    ), out
    await player.send(SXD, "[Ghi 406-15 → Đang thực hiện?]")
    assert current(player, "406-15", "Sở Xây dựng") == "dang_thuc_hien"
    assert current(player, "406-14", "Sở Xây dựng") == "hoan_thanh"
