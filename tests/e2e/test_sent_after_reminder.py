""" "đã gửi rồi" typed right after a reminder of one task, without Telegram's reply (ux27 #7):
about that task, as a reply to the reminder would be, not every task the unit still owes."""

from __future__ import annotations

from tests.botkit import ADMIN, texts

LABOUR = "Sở Lao động, Thương binh và Xã hội"


def buttons(calls) -> list[str]:
    return [b for c in calls if c["buttons"] for row in c["buttons"] for b in row]


async def test_sent_typed_after_a_one_task_reminder_offers_that_task_only(player):
    await player.line("@ 2021-04-13 08:00")
    await player.send(1002, "/dangky so lao dong")
    await player.send(ADMIN, "/duyet 1002")
    repo = player.app.bot_data["services"].repo
    # no reminder yet today: both tasks the unit owes are offered
    before = await player.send(1002, "da gui roi")
    assert len([b for b in buttons(before) if "tq-2021-05-20" in b]) == 1, buttons(before)
    await player.send(1002, "/huy")

    await player.line("@ 2021-04-19 08:00")  # the reminder names tq-2021-04-20 alone
    reminders = [t for t in texts(player.emulator.calls, 1002) if t.startswith("⏰ Nhắc hạn")]
    assert "tq-2021-04-20" in reminders[-1] and "tq-2021-05-20" not in reminders[-1]
    calls = await player.send(1002, "da gui roi")
    assert buttons(calls) == ["Đã gửi ngoài bot: ghi tq-2021-04-20 → Hoàn thành"], buttons(calls)
    assert "tq-2021-05-20" not in texts(calls, 1002)[0]
    assert repo.current("tq-2021-04-20", LABOUR) is None  # offered, not written
    await player.send(1002, "[#1]")
    assert repo.current("tq-2021-04-20", LABOUR).new == "hoan_thanh"
    assert repo.current("tq-2021-05-20", LABOUR) is None
    # asked why it still reminds (ux36 #6: "Tôi chưa hiểu", or a write of one guessed item):
    # nothing chased is unsent today, so said; a month on, the one recorded unsent, a button
    out = texts(await player.send(1002, "da nop roi ma sao van nhac"), 1002)
    assert out == [
        "Hiện bot không nhắc Sở Lao động, Thương binh và Xã hội việc nào chưa nộp: mọi hồ sơ "
        "đang thu đã ghi nhận đã nộp hoặc chưa tới ngày nhắc. Tin nhắc đến trước khi bạn nộp "
        "thì không cần làm gì thêm. Xem lại: /nopbai."
    ], out
    await player.line("@ 2021-05-12 08:00")
    calls = await player.send(1002, "sao lại nhắc em vậy")
    out = texts(calls, 1002)
    assert out[-1].startswith(
        f"Bot nhắc vì trong bot {LABOUR} còn 1 hồ sơ chưa ghi nhận đã nộp:\n• tq-2021-05-20 "
    ), out
    assert "nộp qua bot: /nop tq-2021-05-20" in out[-1]
    assert calls[-1]["buttons"] == [["Đã gửi ngoài bot: tq-2021-05-20"]]
    assert repo.current("tq-2021-05-20", LABOUR) is None  # offered, not written
    await player.send(1002, "[Đã gửi ngoài bot: tq-2021-05-20]")
    assert repo.current("tq-2021-05-20", LABOUR).new == "hoan_thanh"
