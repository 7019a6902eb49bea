"""A row's key typed alone (ux26 #1): every answer says "gõ mã mục (ví dụ 406-14)", and the key
alone was read as Phụ lục I's numbers typed with no form open, a dead end for everyone. It is
the row's card, for anyone; a key no row has gets one line with the nearest real keys; typed
while a form waits for numbers, the card is shown and the form kept, saying the key was not
taken as its numbers. Through the emulator and the real Application; the database is read."""

from __future__ import annotations

from tests.botkit import ADMIN, register, texts
from tests.e2e.test_submissions import repo

SXD = 6001
STRANGER = 5001


async def test_a_key_alone_is_the_row_for_anyone(player):
    await player.line("@ 2021-04-14 09:00")
    out = texts(await player.send(STRANGER, "406-14", name="Vũ Hà"), STRANGER)
    assert out[0].startswith("406-14 · Cấp giấy phép xây dựng nhà ở riêng lẻ"), out
    assert "Hạn của tỉnh: Tháng 5/2021 → 31/5/2021" in out[0]
    out = texts(await player.send(STRANGER, "411/16"), STRANGER)
    assert out[0].startswith("411-16 · Đổi giấy phép lái xe"), out
    out = texts(await player.send(STRANGER, "406-60"), STRANGER)
    assert out == [
        "Không có mục 406-60. Quyết định 406 có các mục từ 1 đến 55. Mục gần nhất: 406-55, 406-54."
    ]
    # a decision mistyped: the same number in the other decision comes first
    out = texts(await player.send(STRANGER, "411-25"), STRANGER)
    assert out[0].startswith("Không có mục 411-25.") and "Mục gần nhất: 406-25, 411-19" in out[0]

    await register(player, SXD, "Sở Xây dựng", "Lý Văn Hùng")
    out = texts(await player.send(SXD, "406-15"), SXD)
    assert out[0].startswith("406-15 · Cung cấp thông tin về quy hoạch xây dựng"), out
    assert "Vai trò của Sở Xây dựng: chủ trì" in out[0]
    out = texts(await player.send(ADMIN, "406-22"), ADMIN)
    assert out[0].startswith("406-22 · "), out
    services = player.app.bot_data["services"]
    assert services.repo.current("406-15", "Sở Xây dựng") is None  # nothing written
    assert repo(player).submissions() == []


async def test_a_key_typed_where_a_form_waits_for_numbers_keeps_the_form(player):
    await player.line("@ 2021-05-18 09:00")
    await register(player, SXD, "Sở Xây dựng", "Lý Văn Hùng")
    await player.send(SXD, "/nop pl1")
    out = texts(await player.send(SXD, "406-14"), SXD)
    assert out[0].startswith("406-14 · Cấp giấy phép xây dựng nhà ở riêng lẻ"), out
    assert out[1].startswith(
        "«406-14» là mã mục, không phải số liệu của Phụ lục I: đã hiện mục đó ở trên, biểu "
        "không ghi gì thêm.\n📝 Biểu đang nộp vẫn mở"
    ), out
    assert "(1/3) Phụ lục I — Cấp tỉnh" in out[1]
    # the form still takes its numbers, from the first tier
    out = texts(await player.send(SXD, "12 8 3 1"), SXD)
    assert "(2/3) Phụ lục I — Cấp huyện" in out[0], out
    await player.send(SXD, "0 0 0 0")
    await player.send(SXD, "0 0 0 0")
    out = texts(await player.send(SXD, "[✅ Nộp]"), SXD)
    assert "Cấp tỉnh: 12 TTHC (mức 2: 8, mức 3: 3, mức 4: 1)" in out[0], out
    [sent] = repo(player).submissions(agency="Sở Xây dựng", form="pl1")
    assert (sent.version, sent.by) == (1, SXD)
