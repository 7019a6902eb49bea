"""The word to a unit's officers of what the coordinator wrote for it ("ghi thay"): its undo is
told too (the unit was told a status that no longer stood), and officers who switched
reminders off are told as well: /nhacnho tắt stops the chasing of what is owed, while this is
a record written in their unit's name, which they answer for. Told at once, in the same update
as the coordinator's receipt. Through the emulator; the database read."""

from __future__ import annotations

from tests.botkit import ADMIN, register, texts

SXD = 1001


async def test_an_undone_write_for_the_unit_is_told_even_with_reminders_off(player):
    await player.line("@ 2021-05-12 08:00")
    await register(player, SXD, "Sở Xây dựng", "Nguyễn Văn An")
    await player.send(SXD, "/nhacnho tat")
    out = await player.send(ADMIN, "/capnhat 406-14 so xay dung dang lam")
    [told] = texts(out, SXD)  # in the same update as the receipt: at once
    assert "đã ghi thay Sở Xây dựng: 406-14 " in told and "Đang thực hiện" in told
    out = await player.send(ADMIN, "[Hoàn tác]")
    [undone] = texts(out, SXD)
    assert "đã hoàn tác một lần ghi cho Sở Xây dựng: 406-14 " in undone
    assert undone.endswith("— trở về Chưa bắt đầu. Xem lại: /lichsu, /tiendo")
    statuses = player.app.bot_data["services"].statuses().marks
    assert statuses[("406-14", "Sở Xây dựng")].status == "chua_bat_dau"
    # the redo is a write for the unit again, told as one
    [redone] = texts(await player.send(ADMIN, "[↪️ Làm lại]"), SXD)
    assert "đã ghi thay Sở Xây dựng: 406-14 " in redone


async def test_the_units_own_undo_is_not_told_back_to_it(player):
    await player.line("@ 2021-05-12 08:00")
    await register(player, SXD, "Sở Xây dựng", "Nguyễn Văn An")
    await player.send(SXD, "/capnhat 406-14 dang lam")
    out = await player.send(SXD, "[Hoàn tác]")
    assert [t for t in texts(out, SXD) if "ghi thay" in t or "hoàn tác một lần" in t] == []
