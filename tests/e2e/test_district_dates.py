"""A district unit asks what it owes (ux16a item 1): 406-11, which it coordinates, has no date
of its own in BIỂU 01 nor in Quyết định 406; its sector sub-rows are due 30/9/2021 and
31/12/2021. Every view said "chưa có hạn", /quahan "Không có mục nào quá hạn 👍", and "hạn gần
nhất" the broken "… đến hạn trong hạn gần nhất". Now each says the sectors' dates as theirs,
by the one standing rule, and a write is seen by all of them. f18b: those dates are the Sở's
that lead the sectors (and their partners'); the district, which only coordinates 406-11 and is
named in no sector, owes none of them: said beside, never "quá hạn"."""

from __future__ import annotations

from tests.botkit import ADMIN, register, texts

DISTRICT = "UBND huyện Lâm Bình"
SAID = (
    "tỉnh chưa giao hạn riêng cho mục này (đơn vị phối hợp, không có hạn riêng); "
    "hạn các ngành chủ trì: 30/9/2021"
)


async def test_every_view_of_a_district_names_the_sectors_dates(player):
    await player.line("@ 2021-04-13 07:00")
    await register(player, 2002, "lam binh", "Ma Văn Tùng")
    await player.line("@ 2021-04-13 09:00")
    [mine] = texts(await player.send(2002, "/tiendo"), 2002)
    assert SAID in mine and "chưa có hạn" not in mine

    # f18b: past the Sở's 30/9, the district that only coordinates 406-11 owes none of the
    # sectors' dates (its part has no date the province set): never "quá hạn" in any view, and
    # counted apart as coordinating; the police, which leads it, is late for 30/9
    await player.line("@ 2021-12-20 09:00")
    [late] = texts(await player.send(2002, "/quahan"), 2002)
    assert "Không có mục nào quá hạn" in late
    [asked] = texts(await player.send(2002, "ben em co gi qua han"), 2002)
    assert "Không có mục nào quá hạn" in asked
    [mine] = texts(await player.send(2002, "/tiendo"), 2002)
    assert "quá hạn" not in mine and "❗" not in mine
    assert f"{SAID}, 31/12/2021" in mine and ": 0/1 mục báo xong" in mine and "%" not in mine
    [nearest] = texts(await player.send(2002, "han gan nhat la gi"), 2002)
    # ux29 #6: it owes nothing ahead, and the sectors' date it coordinates is said as support
    assert nearest.startswith(f"{DISTRICT} không còn hạn nào phải nộp từ hôm nay trở đi")
    assert "• 406-11 — phối hợp với các ngành chủ trì" in nearest and "31/12/2021" in nearest
    assert "Đã quá hạn" not in nearest
    [september] = texts(await player.send(2002, "thang 9 ben em co han gi"), 2002)
    assert "quá hạn" not in september and "406-11" not in september
    [listed] = texts(await player.send(2002, "ben em phai lam gi"), 2002)
    assert "406-11" in listed and "(đơn vị phối hợp, không có hạn riêng)" in listed
    assert "quá hạn" not in listed.split("Phối hợp (không phải nộp)")[0]
    [card] = texts(await player.send(2002, "406-11 ben em han khi nao"), 2002)
    assert "• Hạn: tỉnh chưa giao hạn riêng cho mục này; theo hạn các ngành" in card
    admin = "\n".join(texts(await player.send(ADMIN, "/tiendo tinh"), ADMIN))
    assert f"• {DISTRICT}: phối hợp 0/1 xong" + "\n" in admin + "\n"
    assert "• Công an tỉnh:" in admin
    police = next(line for line in admin.splitlines() if line.startswith("• Công an tỉnh:"))
    assert "quá hạn" in police
    whole = "\n".join(texts(await player.send(ADMIN, "/quahan tinh"), ADMIN))
    assert DISTRICT not in whole and "Công an tỉnh" in whole

    await player.send(2002, "/capnhat 406-11 xong")
    statuses = player.app.bot_data["services"].statuses().marks
    assert statuses[("406-11", DISTRICT)].status == "hoan_thanh"
    [late] = texts(await player.send(2002, "/quahan"), 2002)
    assert "Không có mục nào quá hạn" in late
    [mine] = texts(await player.send(2002, "/tiendo"), 2002)
    assert ": 1/1 mục báo xong" in mine


async def test_nothing_left_ahead_is_said_in_words(player):
    """Past every date: "hạn gần nhất" says nothing is due from today on, and what is late."""
    await player.line("@ 2022-03-01 09:00")
    await register(player, 4001, "Sở Y tế", "Phạm Quốc Huy")
    [nearest] = texts(await player.send(4001, "han gan nhat la gi"), 4001)
    assert nearest.startswith("Không còn mục nào của Sở Y tế có hạn từ hôm nay trở đi")
    assert "Đã quá hạn:" in nearest
