"""A deadline moved on a Saturday (ux29 #3): the units are told the new date at once, and that
is all; the reminders and the coordinator's digest held back since the Saturday's tick wait for
Monday's, as every reminder falls on a working day. The log is asserted."""

from __future__ import annotations

from datetime import date

from tests.botkit import ADMIN, register, texts

TASK = "tq-2021-05-20"  # Phụ lục I–IV, due 20/5/2021
OFFICER, UNIT = 1002, "Sở Tài chính"


def services(player):
    return player.app.bot_data["services"]


async def test_a_move_on_a_saturday_tells_the_move_and_nothing_else(player):
    await player.line("@ 2021-04-13 08:00")
    await register(player, OFFICER, UNIT, "Lê Thị Tài")
    await player.line("@ 2021-04-20 09:00")
    await player.line("@ 2021-05-15 09:00")  # a Saturday: no reminder is sent
    await player.line("@ 2021-05-15 10:00")
    await player.send(ADMIN, f"/doihan {TASK} 18/5/2021")
    calls = await player.send(ADMIN, "[#1]")
    assert services(player).province.task(TASK).due == date(2021, 5, 18)
    mine = texts(calls, OFFICER)
    assert len(mine) == 1 and mine[0].startswith(f"🗓 Đổi hạn — {UNIT}"), mine
    admin = texts(calls, ADMIN)
    assert len(admin) == 1 and admin[0].startswith("✅ Đã đổi hạn"), admin
    assert not any("Thứ Bảy" in t for t in mine + admin)

    # Monday's tick sends the reminder, by the new date, and the digest
    calls = await player.line("@ 2021-05-17 09:00")
    mine = texts(calls, OFFICER)
    assert len(mine) == 1 and mine[0].startswith(f"⏰ Nhắc hạn — {UNIT} (Thứ Hai, 17/5/2021)")
    assert "Hạn 18/5/2021 — còn 1 ngày" in mine[0]
    assert any(t.startswith("📋 Tổng hợp") for t in texts(calls, ADMIN))


async def test_the_undo_of_a_move_corrects_the_reminder_sent_by_it(player):
    await player.line("@ 2021-04-13 08:00")
    await register(player, OFFICER, UNIT, "Lê Thị Tài")
    await player.line("@ 2021-05-12 10:00")  # a Wednesday
    await player.send(ADMIN, f"/doihan {TASK} 14/5/2021")
    await player.send(ADMIN, "[#1]")
    calls = await player.line("@ 2021-05-13 09:00")
    [reminder] = texts(calls, OFFICER)
    assert "Hạn 14/5/2021 — còn 1 ngày" in reminder  # by the moved date

    await player.line("@ 2021-05-13 10:00")  # past the undo's 10 minutes: rolled back
    await player.send(ADMIN, "/congvan lichsu")
    await player.send(ADMIN, "[↩️ Quay lại 0]")
    calls = await player.send(ADMIN, "[↩️ Quay lại phiên bản 0]")
    assert services(player).province.task(TASK).due == date(2021, 5, 20)
    [undone] = texts(calls, OFFICER)
    assert undone.startswith(f"↩️ Hủy đổi hạn — {UNIT}")
    assert "Hạn trở lại như trước: trước ngày 20/5/2021." in undone
    assert "Tin nhắc hạn ngày 13/5/2021 (theo hạn 14/5/2021) không còn đúng" in undone
