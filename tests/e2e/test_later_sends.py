"""A reply to a reminder saying the document comes later (ux26 #8): "gửi file báo cáo tháng 9 sau
nhé" got a guess at an unrelated 2020 service. It is about the reminder's own task: the task the
words name (its form, its month), its deadline, the day the bot reminds it next and how to send
it; nothing is written. Through the emulator and the real Application; the database is read,
and the reminder said to come does come that day."""

from __future__ import annotations

from tests.botkit import ADMIN, texts
from tests.e2e.test_submissions import repo

SXD = 1001


async def test_a_later_send_is_acknowledged_for_the_reminded_task(player):
    for line in (
        "@ 2021-05-12 08:00",
        f"{SXD} Nguyễn Văn An > /dangky sxd",
        f"{ADMIN} > /duyet {SXD}",
    ):
        await player.line(line)
    reminder = texts(await player.line("@ 2021-05-17 09:00"), SXD)
    assert "tq-2021-04-20" in reminder[0] and "tq-2021-05-20" in reminder[0]
    reminded = player.latest(SXD)
    services = player.app.bot_data["services"]
    written = len(services.repo.history())
    out = texts(await player.line(f"{SXD} >> phụ lục em gửi sau nhé"), SXD)
    assert out == [
        "📝 Ghi nhận: đơn vị sẽ gửi sau. Chưa ghi gì vào bot.\n"
        "• Phụ lục I–IV (tq-2021-05-20): hạn Thứ Năm 20/5/2021 (còn 3 ngày); bot nhắc lại Thứ "
        "Tư 19/5/2021.\n"
        "Nộp biểu qua bot: /nop pl1, /nop pl2, /nop pl3, /nop pl4 (trong chat) hoặc /baocao → "
        "“Mẫu …”, điền rồi gửi lại tệp. Đã gửi Sở Thông tin và Truyền thông bằng văn bản thì "
        "báo: /capnhat tq-2021-05-20 đã nộp"
    ]
    assert len(services.repo.history()) == written and repo(player).submissions() == []
    # the words naming no form: each task the reminder lists that the unit still owes
    out = texts(await player.send(SXD, "em gui sau a", reply_to=reminded), SXD)
    assert out[0].startswith("📝 Ghi nhận: đơn vị sẽ gửi sau."), out
    assert "• Biểu 02 (tq-2021-04-20): hạn Thứ Ba 20/4/2021 (quá hạn 27 ngày)" in out[0]
    # the reminder said comes on its day
    again = texts(await player.line("@ 2021-05-19 09:00"), SXD)
    assert again and again[0].startswith("⏰ Nhắc hạn — Sở Xây dựng (Thứ Tư, 19/5/2021)"), again
    assert "tq-2021-05-20" in again[0]
