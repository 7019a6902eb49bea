"""ux27 #2: typed without Telegram's reply right after "⏰ Nhắc hạn" arrived, "gui sau nhe" got
"Tôi chưa hiểu câu hỏi này", "tuan sau em gui" a list of rows due next week, "se gui truoc han
a" the same dead end. Each is read as the reply it is: the reminded task (Biểu 02, due the next
day), acknowledged, nothing written. Hours later, with no reminder that day to answer, the same
words are not taken for one. Through the emulator; the database read after."""

from __future__ import annotations

from tests.botkit import ADMIN, texts
from tests.e2e.test_submissions import repo

LAN = 1002
BIEU02 = "• Biểu 02 (tq-2021-04-20): hạn Thứ Ba 20/4/2021 (còn 1 ngày)"


async def test_later_words_typed_after_a_reminder_are_about_its_task(player):
    for line in (
        "@ 2021-04-13 08:00",
        f"{LAN} Lê Thị Hoa > /dangky so lao dong",
        f"{ADMIN} > /duyet {LAN}",
    ):
        await player.line(line)
    reminder = texts(await player.line("@ 2021-04-19 08:00"), LAN)
    assert reminder and reminder[0].startswith("⏰ Nhắc hạn"), reminder
    services = player.app.bot_data["services"]
    written = len(services.repo.history())
    for said in ("gui sau nhe", "tuan sau em gui", "se gui truoc han a"):
        out = texts(await player.send(LAN, said), LAN)
        assert out[0].startswith("📝 Ghi nhận: đơn vị sẽ gửi sau. Chưa ghi gì vào bot."), said
        assert BIEU02 in out[0], out
        assert "tq-2021-05-20" not in out[0], out  # not in the reminder
    assert len(services.repo.history()) == written and repo(player).submissions() == []
    await player.line("@ 2021-04-19 14:00")
    out = texts(await player.send(LAN, "gui sau nhe"), LAN)
    assert not out[0].startswith("📝 Ghi nhận"), out


async def test_a_later_send_named_past_the_deadline_is_said_late(player):
    """u31: "tuần sau em gửi" of a task due tomorrow was acknowledged as if in time; the day
    named is said late, by how many days, with the deadline. A day named without "sau" ("thứ
    6 em gửi") is the same word, not a question about that day; "mai" (the deadline) is in
    time."""
    for line in (
        "@ 2021-04-13 08:00",
        f"{LAN} Lê Thị Hoa > /dangky so lao dong",
        f"{ADMIN} > /duyet {LAN}",
        "@ 2021-04-19 08:00",
    ):
        await player.line(line)
    services = player.app.bot_data["services"]
    written = len(services.repo.history())
    out = texts(await player.send(LAN, "tuần sau em gửi ạ"), LAN)
    assert BIEU02 in out[0], out
    assert (
        "⚠️ Gửi tuần sau (Thứ Hai 26/4/2021) là trễ hạn: quá hạn 6 ngày (hạn 20/4/2021)." in out[0]
    ), out
    out = texts(await player.send(LAN, "thu 6 em gui"), LAN)
    assert out[0].startswith("📝 Ghi nhận: đơn vị sẽ gửi sau."), out
    assert "⚠️ Gửi Thứ Sáu 23/4/2021 là trễ hạn: quá hạn 3 ngày (hạn 20/4/2021)." in out[0], out
    out = texts(await player.send(LAN, "mai em gui"), LAN)
    assert BIEU02 in out[0] and "trễ hạn" not in out[0], out
    assert len(services.repo.history()) == written and repo(player).submissions() == []
