"""A district unit asks what it owes (ux16a item 1): 406-11, which it coordinates, has no date
of its own in BIỂU 01 nor in Quyết định 406; its sector sub-rows are due 30/9/2021 and
31/12/2021. Every view said "chưa có hạn", /quahan "Không có mục nào quá hạn 👍", and "hạn gần
nhất" the broken "… đến hạn trong hạn gần nhất". Now each says the sectors' dates as theirs,
by the one standing rule, and a write is seen by all of them."""

from __future__ import annotations

from tests.botkit import register, texts

DISTRICT = "UBND huyện Lâm Bình"
SAID = "tỉnh chưa giao hạn riêng cho mục này; hạn các ngành: 30/9/2021"


async def test_every_view_of_a_district_names_the_sectors_dates(player):
    await player.line("@ 2021-04-13 07:00")
    await register(player, 2002, "lam binh", "Ma Văn Tùng")
    await player.line("@ 2021-04-13 09:00")
    [nearest] = texts(await player.send(2002, "han gan nhat la gi"), 2002)
    assert "30/9/2021 (hạn gần nhất)" in nearest and "hạn các ngành 30/9/2021" in nearest
    assert "tỉnh chưa giao hạn riêng" in nearest
    [month] = texts(await player.send(2002, "thang nay ben em co gi den han k"), 2002)
    assert "Hạn gần nhất sau đó: 30/9/2021" in month
    [mine] = texts(await player.send(2002, "/tiendo"), 2002)
    assert SAID in mine and "chưa có hạn" not in mine

    await player.line("@ 2021-12-20 09:00")
    [late] = texts(await player.send(2002, "/quahan"), 2002)
    assert "1 mục quá hạn" in late and "406-11" in late
    assert f"{SAID} (quá hạn 81 ngày), 31/12/2021 (còn 11 ngày)" in late
    [asked] = texts(await player.send(2002, "ben em co gi qua han"), 2002)
    assert "406-11" in asked and "Không có mục nào quá hạn" not in asked
    [nearest] = texts(await player.send(2002, "han gan nhat la gi"), 2002)
    assert "31/12/2021 (hạn gần nhất)" in nearest and "trong hạn gần nhất" not in nearest
    assert "Đã quá hạn: 406-11 (hạn các ngành 30/9/2021, quá hạn 81 ngày)" in nearest
    [card] = texts(await player.send(2002, "406-11 ben em han khi nao"), 2002)
    assert "• Hạn: tỉnh chưa giao hạn riêng cho mục này; theo hạn các ngành" in card

    await player.send(2002, "/capnhat 406-11 xong")
    statuses = player.app.bot_data["services"].statuses().marks
    assert statuses[("406-11", DISTRICT)].status == "hoan_thanh"
    [late] = texts(await player.send(2002, "/quahan"), 2002)
    assert "Không có mục nào quá hạn" in late
    [mine] = texts(await player.send(2002, "/tiendo"), 2002)
    assert "1/1 xong (100%)" in mine


async def test_nothing_left_ahead_is_said_in_words(player):
    """Past every date: "hạn gần nhất" says nothing is due from today on, and what is late."""
    await player.line("@ 2022-03-01 09:00")
    await register(player, 4001, "Sở Y tế", "Phạm Quốc Huy")
    [nearest] = texts(await player.send(4001, "han gan nhat la gi"), 4001)
    assert nearest.startswith("Không còn mục nào của Sở Y tế có hạn từ hôm nay trở đi")
    assert "Đã quá hạn:" in nearest
