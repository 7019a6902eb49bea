"""A status said of reports a published letter sets ("bc tháng 6 nộp rồi", ux25 #5) was read as a
question when its words fit two tasks: its buttons only opened the tasks' cards, and the
statement was lost. It is a status: one "Ghi … → Hoàn thành" button per matching task, the
monthly one for the month said; nothing written before the press."""

from __future__ import annotations

from pathlib import Path

from tests.botkit import ADMIN, texts

LETTER = Path(__file__).resolve().parents[1] / "data" / "letters" / "letter_2021-06_reports.txt"
HEALTH = "Sở Y tế"


async def test_a_status_said_of_two_reports_offers_a_write_each(player):
    await player.line("@ 2021-06-14 09:00")
    await player.upload(ADMIN, LETTER.name, LETTER.read_bytes(), name="Điều phối")
    # the one-off report moved to 28/6, the monthly one falling due on the 25th
    for line in ("[Sửa 1]", "han 28/6", "[✅ Công bố]"):
        await player.send(ADMIN, line)
    await player.send(1005, "/dangky so y te")
    await player.send(ADMIN, "/duyet 1005")
    repo = player.app.bot_data["services"].repo
    await player.line("@ 2021-06-28 08:00")
    calls = await player.send(1005, "bc thang 6 nop roi")
    (offer,) = texts(calls, 1005)
    assert "Hoàn thành" in offer and "Có phải bạn hỏi" not in offer, offer
    buttons = [b for row in calls[-1]["buttons"] for b in row]
    assert buttons == [
        "Ghi tq-2021-06-28 → Hoàn thành",
        "Ghi tq-2021-06-25 tháng 6/2021 → Hoàn thành",
    ]
    assert repo.current("tq-2021-06-25@2021-06-25", HEALTH) is None  # offered, not written
    (done,) = texts(await player.send(1005, "[#2]"), 1005)
    assert done.startswith("✅ Đã ghi: Mẫu số 02"), done
    assert repo.current("tq-2021-06-25@2021-06-25", HEALTH).new == "hoan_thanh"
    assert repo.current("tq-2021-06-28", HEALTH) is None
