"""u26 #7: "xong" typed right after the bot answered about one row ("406-14 hạn khi nào") is
about that row: offered for it by a button when the asker's unit owns it, nothing written
before the press; a row the unit does not own is never offered. Through the emulator and the
real Application, the database read after each step."""

from __future__ import annotations

from tests.botkit import register, texts
from tests.e2e.test_writes import buttons


def current(player, key: str, agency: str) -> str | None:
    found = player.app.bot_data["services"].repo.current(key, agency)
    return found.new if found is not None else None


async def test_done_said_after_an_answer_is_offered_for_its_row(player):
    await player.line("@ 2021-04-13 08:00")
    await register(player, 1001, "Sở Xây dựng", "Nguyễn Văn An")
    answer = texts(await player.send(1001, "406-14 hạn khi nào"), 1001)[0]
    assert answer.startswith("406-14")
    out = await player.send(1001, "xong")
    assert buttons(out, 1001) == [[["Ghi 406-14 → Hoàn thành?"]]]
    assert "406-14" in texts(out, 1001)[0]
    assert current(player, "406-14", "Sở Xây dựng") is None  # a button, never a silent write
    said = texts(await player.send(1001, "[Ghi 406-14 → Hoàn thành?]"), 1001)[0]
    assert said.startswith("✅ Đã ghi: 406-14 (Sở Xây dựng): Chưa bắt đầu → Hoàn thành")
    assert current(player, "406-14", "Sở Xây dựng") == "hoan_thanh"


async def test_a_row_of_another_unit_answered_is_not_offered(player):
    await player.line("@ 2021-04-13 08:00")
    await register(player, 1001, "Sở Y tế", "Lê Thị Hoa")
    await player.send(1001, "406-14 hạn khi nào")
    out = await player.send(1001, "xong")
    assert not any("406-14" in row[0] for rows in buttons(out, 1001) for row in rows)
    assert current(player, "406-14", "Sở Y tế") is None


async def test_done_after_asking_another_units_row_says_whose_not_the_row_written_before(
    player,
):
    """ux27 #6: after writing 406-23, "406-14" (Sở Xây dựng's row), then "xong" was answered
    "406-23 đã ở trạng thái Hoàn thành": about the row written before, not the one asked. It
    says whose 406-14 is, and offers nothing to write (u31)."""
    ldtbxh = "Sở Lao động, Thương binh và Xã hội"
    await player.line("@ 2021-04-13 08:00")
    await register(player, 1002, "so lao dong", "Lê Thị Hoa")
    await player.send(1002, "/capnhat 406-23 xong")
    assert current(player, "406-23", ldtbxh) == "hoan_thanh"
    assert texts(await player.send(1002, "406-14"), 1002)[0].startswith("406-14 ·")
    out = await player.send(1002, "xong")
    [said] = texts(out, 1002)
    assert "406-14" in said and "Sở Xây dựng" in said, said
    assert "406-23" not in said, said
    assert buttons(out, 1002) == [], out
    assert current(player, "406-14", ldtbxh) is None
    assert current(player, "406-23", ldtbxh) == "hoan_thanh"


async def test_a_reply_to_an_answer_of_another_units_row_says_whose_and_offers_nothing(player):
    """u31: "xong" or "đang làm" typed, or sent as Telegram's reply, right after the bot
    answered about another unit's row opened "Bạn chưa nêu mục nào; đây là 6 việc..." with a
    button for each of the unit's items owed, as if nothing had been asked. It says whose the
    row is and offers nothing; the unit's own row asked is still offered."""
    ldtbxh = "Sở Lao động, Thương binh và Xã hội"
    await player.line("@ 2021-04-13 08:00")
    await register(player, 1002, "so lao dong", "Lê Thị Hoa")
    for said, as_reply in (("xong", True), ("dang lam", True), ("xong", False)):
        assert texts(await player.send(1002, "406-14"), 1002)[0].startswith("406-14 ·")
        answer = player.latest(1002) if as_reply else None
        out = await player.send(1002, said, reply_to=answer)
        assert texts(out, 1002) == [
            f"{ldtbxh} không chủ trì hay phối hợp mục 406-14 (chủ trì: Sở Xây dựng), nên bạn "
            "không cập nhật được mục này. Không có gì thay đổi."
        ], (said, out)
        assert buttons(out, 1002) == [], out
    assert player.app.bot_data["services"].repo.history() == []
    # the unit's own row asked: offered, by one button
    await player.send(1002, "406-23")
    out = await player.send(1002, "xong", reply_to=player.latest(1002))
    assert buttons(out, 1002) == [[["Ghi 406-23 → Hoàn thành?"]]], out
    assert current(player, "406-23", ldtbxh) is None
