"""The name typed right after /dexuat's list (ux16a blind test, item 10): taken as a new
proposal's first field, as `/dexuat <tên>` takes it, and said so; a question, a status, an
acknowledgement or a command after the list are read as with nothing waiting, and nothing is
recorded; after the proposal window, the list waits for nothing."""

from __future__ import annotations

from tests.botkit import register, texts
from tests.e2e.test_writes import statuses

BUILDING = 5001


def proposals(player, agency="Sở Xây dựng"):
    return player.app.bot_data["services"].proposals.list(agency)


async def test_the_name_typed_after_the_list_starts_the_proposal(player):
    await player.line("@ 2021-04-16 10:00")
    await register(player, BUILDING, "Sở Xây dựng", "Đỗ Thị Lan")
    out = texts(await player.send(BUILDING, "/dexuat"), BUILDING)
    assert "gõ luôn tên dịch vụ" in out[0]
    out = texts(await player.send(BUILDING, "cap giay phep chat ha cay xanh"), BUILDING)
    assert out == [
        "➕ Đề xuất dịch vụ mới của đơn vị.\nTên dịch vụ: cap giay phep chat ha cay xanh\n"
        "(2/8) Lĩnh vực của dịch vụ (ví dụ: Xây dựng, Hộ tịch)?\n/huy để dừng."
    ]
    assert proposals(player) == []
    for typed in ("xay dung", "cap tinh", "muc 3", "sxd", "ko", "q3"):
        await player.send(BUILDING, typed)
    out = texts(await player.send(BUILDING, "khong"), BUILDING)
    assert "Đã ghi đề xuất" in out[-1]
    [saved] = proposals(player)
    assert (saved.name, saved.tier, saved.level) == ("cap giay phep chat ha cay xanh", "tinh", 3)


async def test_other_texts_after_the_list_are_read_as_usual(player, db_url, capsys):
    await player.line("@ 2021-04-16 10:00")
    await register(player, BUILDING, "Sở Xây dựng", "Đỗ Thị Lan")
    await player.send(BUILDING, "/dexuat")
    out = texts(await player.send(BUILDING, "gpxd han khi nao"), BUILDING)
    assert out[0].startswith("406-14 · Cấp giấy phép xây dựng nhà ở riêng lẻ")
    await player.send(BUILDING, "/dexuat")
    assert texts(await player.send(BUILDING, "ok"), BUILDING) == ["👌"]
    await player.send(BUILDING, "/dexuat")
    out = texts(await player.send(BUILDING, "/dexuat"), BUILDING)  # the list again, no question
    assert out[0].startswith("Đề xuất của Sở Xây dựng")
    out = texts(await player.send(BUILDING, "/tiendo"), BUILDING)
    assert len(out) == 1 and out[0].startswith("Tiến độ Sở Xây dựng")  # no "Đã bỏ …"
    await player.send(BUILDING, "/dexuat")
    out = texts(await player.send(BUILDING, "huy"), BUILDING)
    assert out == ["Đã bỏ lượt chờ tên đề xuất mới; không có gì được ghi."]
    assert proposals(player) == [] and statuses(db_url, capsys) == []


async def test_after_the_window_the_list_waits_for_nothing(player):
    await player.line("@ 2021-04-21 10:00")
    await register(player, BUILDING, "Sở Xây dựng", "Đỗ Thị Lan")
    out = texts(await player.send(BUILDING, "/dexuat"), BUILDING)
    assert "gõ luôn tên dịch vụ" not in out[0]
    out = texts(await player.send(BUILDING, "cap giay phep chat ha cay xanh"), BUILDING)
    assert "Tên dịch vụ" not in out[0]
    assert proposals(player) == []
