"""A run of rows said done whose rows the unit only partly owns ("mục 18-21 xong" from Sở TN&MT,
ux25 #6) was refused whole: its own rows are offered, a button each and one for all, and the
rows skipped are named with why; nothing is written before the press."""

from __future__ import annotations

from tests.botkit import ADMIN, texts

NATURE = "Sở Tài nguyên và Môi trường"
LABOUR = "Sở Lao động, Thương binh và Xã hội"


async def test_a_run_offers_the_units_own_rows_and_names_the_rest(player):
    await player.line("@ 2021-04-13 08:00")
    await player.send(1003, "/dangky tnmt")
    await player.send(ADMIN, "/duyet 1003")
    repo = player.app.bot_data["services"].repo
    calls = await player.send(1003, "muc 18-21 xong")
    (offer,) = texts(calls, 1003)
    assert "không chủ trì hay phối hợp" in offer, offer
    assert "• 406-18 — chủ trì: Sở Kế hoạch và Đầu tư" in offer, offer  # whose it is
    assert "• 406-21 — chưa giao đơn vị chủ trì" in offer, offer
    buttons = [b for row in calls[-1]["buttons"] for b in row]
    assert buttons == [
        "Ghi 406-19 → Hoàn thành",
        "Ghi 406-20 → Hoàn thành",
        "✅ Ghi cả 2 → Hoàn thành",
    ]
    assert repo.current("406-19", NATURE) is None  # offered, not written
    await player.send(1003, "[✅ Ghi cả 2 → Hoàn thành]")
    assert repo.current("406-19", NATURE).new == "hoan_thanh"
    assert repo.current("406-20", NATURE).new == "hoan_thanh"
    assert repo.current("406-18", NATURE) is None


async def test_a_comma_list_offers_the_units_own_row_and_names_whose_the_other_is(player):
    # ux27 #3: "/capnhat 406-14, 406-29 dang lam" from Sở LĐTBXH stopped at 406-14 and asked
    # for 406-29 to be retyped; a list now reads as a range does
    await player.line("@ 2021-04-13 08:00")
    await player.send(1002, "/dangky so lao dong")
    await player.send(ADMIN, "/duyet 1002")
    repo = player.app.bot_data["services"].repo
    calls = await player.send(1002, "/capnhat 406-14, 406-29 dang lam")
    (offer,) = texts(calls, 1002)
    assert "• 406-14 — chủ trì: Sở Xây dựng" in offer, offer
    assert "gõ riêng" not in offer, offer
    buttons = [b for row in calls[-1]["buttons"] for b in row]
    assert buttons == ["Ghi 406-29 → Đang thực hiện?"], buttons
    assert repo.current("406-29", LABOUR) is None  # offered, not written
    calls = await player.send(1002, "[#1]")
    assert "406-29" in texts(calls, 1002)[0]
    assert repo.current("406-29", LABOUR).new == "dang_thuc_hien"
    assert repo.current("406-14", LABOUR) is None


async def test_a_comma_list_with_several_own_rows_offers_them_all_at_once(player):
    await player.line("@ 2021-04-13 08:00")
    await player.send(1002, "/dangky so lao dong")
    await player.send(ADMIN, "/duyet 1002")
    repo = player.app.bot_data["services"].repo
    calls = await player.send(1002, "/capnhat 406-14, 406-29, 406-30 xong")
    (offer,) = texts(calls, 1002)
    assert "• 406-14 — chủ trì: Sở Xây dựng" in offer, offer
    await player.send(1002, "[✅ Ghi cả 2 → Hoàn thành]")
    assert repo.current("406-29", LABOUR).new == "hoan_thanh"
    assert repo.current("406-30", LABOUR).new == "hoan_thanh"
