"""A run of rows said done whose rows the unit only partly owns ("mục 18-21 xong" from Sở TN&MT,
ux25 #6) was refused whole: its own rows are offered, a button each and one for all, and the
rows skipped are named with why; nothing is written before the press."""

from __future__ import annotations

from tests.botkit import ADMIN, texts

NATURE = "Sở Tài nguyên và Môi trường"


async def test_a_run_offers_the_units_own_rows_and_names_the_rest(player):
    await player.line("@ 2021-04-13 08:00")
    await player.send(1003, "/dangky tnmt")
    await player.send(ADMIN, "/duyet 1003")
    repo = player.app.bot_data["services"].repo
    calls = await player.send(1003, "muc 18-21 xong")
    (offer,) = texts(calls, 1003)
    assert "Bỏ qua 406-18, 406-21" in offer and "không chủ trì hay phối hợp" in offer, offer
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
