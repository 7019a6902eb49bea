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
