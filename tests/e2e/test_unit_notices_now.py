"""A letter's notices about a unit go to its officers as they are now (ux28 #7): an officer
revoked is told once, at /thuhoi, and hears nothing of the unit after; the officer approved
after the letter was published hears of its withdrawal and of its return; on the return a unit
that has sent the task is told so, not asked to send it again. The reminder log is asserted."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from knowledge.render.answers import to_plain
from tests.botkit import ADMIN, register, texts

ROOT = Path(__file__).resolve().parents[2]
LETTER = ROOT / "examples" / "letter_2021-08.docx"
PDF = b"%PDF-1.4\n" + b"0" * 2000
TASK = "tq-2021-08-20"  # Mẫu số 01, a file
HEALTH, OLD, NEW = 1001, 1003, 1004  # Sở Y tế; Sở Tư pháp before and after


def services(player):
    return player.app.bot_data["services"]


def chats_told(calls) -> dict[int, str]:
    return {
        c["chat_id"]: to_plain(c["text"])
        for c in calls
        if c["method"] == "sendMessage" and c["chat_id"] != ADMIN
    }


async def test_notices_follow_the_units_officers_now(player):
    await player.line("@ 2021-08-02 08:00")
    await register(player, HEALTH, "Sở Y tế", "Lê Văn Cường")
    await register(player, OLD, "Sở Tư pháp", "Cán Bộ Cũ")
    await player.upload(ADMIN, LETTER.name, LETTER.read_bytes())
    told = chats_told(await player.send(ADMIN, "[Công bố]"))
    assert "📬 Công văn mới — Sở Tư pháp" in told[OLD]

    calls = await player.send(ADMIN, "/thuhoi 1003")
    [gone] = texts(calls, OLD)
    assert gone.startswith("⛔ Quyền cán bộ của Sở Tư pháp của bạn đã được quản trị viên thu hồi")
    assert services(player).repo.officer(OLD).state == "revoked"
    await register(player, NEW, "so tu phap", "Cán Bộ Mới")

    await player.line("@ 2021-08-16 08:00")
    await player.send(NEW, f"/nop {TASK}")
    await player.upload(NEW, "stp.pdf", PDF)
    assert services(player).repo.current(TASK, "Sở Tư pháp").new == "hoan_thanh"

    await player.line("@ 2021-08-17 08:00")
    await player.send(ADMIN, "/congvan")
    await player.send(ADMIN, "[🗑 Thu hồi 3]")
    told = chats_told(await player.send(ADMIN, "[🗑 Thu hồi công văn]"))
    assert sorted(told) == [HEALTH, NEW]  # never the revoked officer
    assert told[NEW].startswith("↩️ Công văn đã được hủy công bố — Sở Tư pháp")

    await player.line("@ 2021-08-17 08:03")
    await player.send(ADMIN, "/congvan")
    told = chats_told(await player.send(ADMIN, "[↩️ Hoàn tác]"))
    assert sorted(told) == [HEALTH, NEW]
    # Sở Tư pháp sent its Mẫu số 01: told so, not asked to send it again
    back = told[NEW]
    assert back.startswith("↪️ Công văn có hiệu lực trở lại — Sở Tư pháp")
    assert f"{TASK} Mẫu số 01 — đơn vị đã nộp, không cần làm gì" in back
    assert f"/nop {TASK}" not in back
    # Sở Y tế has not: its date in force
    assert f"{TASK} Mẫu số 01 — hạn hiện nay: 20/8/2021" in told[HEALTH]
    # nothing was recorded for the revoked officer after /thuhoi
    days = {r.day for r in services(player).reminders.log() if r.chat_id == OLD}
    assert days == {date(2021, 8, 2)}
