"""ux18 defect 8: publishing a letter told the units nothing; a unit first heard of its new task
at the 7-day reminder. Now "Công bố" sends each approved officer (reminders on, chat reachable)
of every unit that owes or supports one of its tasks one short message, through the reminder
log's delivery (a 429 retried, a blocked chat recorded and never retried, nothing sent twice);
the coordinator's confirmation counts who was told and names the units with no officer. An undo
of the publication tells those told that it was withdrawn, and drops a notice not yet sent.
Through the real Application and the emulator, on examples/letter_2021-08.docx (Mẫu số 01 owed
by the Sở, ban, ngành, Công an, BHXH by 20/8/2021; Viễn thông Tuyên Quang supports)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from bot.clock import TZ
from bot.player import Player
from tests.botkit import ADMIN, start_on, texts

ROOT = Path(__file__).resolve().parents[2]
LETTER = ROOT / "examples" / "letter_2021-08.docx"
TASK = "tq-2021-08-20"
OFFICERS = {
    1001: "Sở Y tế",
    1002: "Sở Tư pháp",  # throttled (429) at the publication: told a few minutes later
    1003: "UBND huyện Hàm Yên",  # reminders off: not told
    1004: "Viễn thông Tuyên Quang",  # supports
    1005: "Sở Xây dựng",  # blocked the bot: recorded, not retried
}


def at(hhmm: str) -> datetime:
    hour, minute = hhmm.split(":")
    return datetime(2021, 8, 2, int(hour), int(minute), tzinfo=TZ)


async def started(tmp_path, db_url) -> Player:
    player = Player(db_url, [ADMIN], files_dir=tmp_path)
    player.limiter.max_retries = 0  # what the log does once the limiter gives up
    await start_on(player, "@ 2021-08-02 09:00")
    for user, unit in OFFICERS.items():
        await player.send(user, f"/dangky {unit}", name=f"Cán bộ {user}")
        await player.send(ADMIN, f"/duyet {user}")
    await player.send(1003, "/nhacnho tat")
    await player.line("! blocked 1005")
    await player.upload(ADMIN, LETTER.name, LETTER.read_bytes(), name="Điều phối")
    return player


def notices(player) -> dict[tuple[str, int], str]:
    """(tag, chat) -> state of the letters' entries in the reminder log."""
    log = player.app.bot_data["services"].reminders.log()
    return {
        (r.uniq.split("|")[1], r.chat_id): r.state
        for r in log
        if "|congvan|" in r.uniq or "|thuhoi|" in r.uniq
    }


async def test_publishing_tells_each_unit_its_task_once(tmp_path, db_url):
    player = await started(tmp_path, db_url)
    try:
        player.emulator.throttled[1002] = 120  # 429, retry after two minutes
        calls = await player.send(ADMIN, "[Công bố]")
        [told] = texts(calls, 1001)
        assert told.startswith("📬 Công văn mới — Sở Y tế\nCông văn số")
        assert f"📌 {TASK} Rà soát, đánh giá mức độ an toàn thông tin" in told
        assert (
            "   Hạn: 20/8/2021 · Biểu mẫu: Mẫu số 01 · Gửi: Sở Thông tin và Truyền thông" in told
        )
        assert f"Nộp tệp: /nop {TASK} rồi gửi tệp .xlsx, .docx hoặc .pdf" in told
        [support] = texts(calls, 1004)
        assert "Viễn thông Tuyên Quang phối hợp, hỗ trợ (không phải nộp): " in support
        assert TASK in support and "/nop" not in support
        assert texts(calls, 1003) == []  # reminders off
        assert [c["error"] for c in calls if c["chat_id"] == 1005] == [
            "403 Forbidden: bot was blocked by the user"
        ]
        reply = texts(calls, ADMIN)
        assert any("Không gửi được tin báo công văn mới tới chat 1005" in t for t in reply)
        [confirmed] = [t for t in reply if t.startswith("✅ Đã công bố")]
        lines = confirmed.splitlines()
        assert "📬 Đã báo cho 2 cán bộ của 2 đơn vị: Sở Y tế; Viễn thông Tuyên Quang." in lines
        assert "1 tin chưa gửi được: bot sẽ gửi lại." in lines
        assert "1 cán bộ đã chặn bot: không gửi lại." in lines
        [unreached] = [line for line in lines if line.startswith("2 đơn vị có cán bộ nhưng")]
        assert "Sở Xây dựng" in unreached and "UBND huyện Hàm Yên" in unreached
        [missing] = [line for line in lines if line.startswith("⚠️")]
        assert "đơn vị chưa có cán bộ được duyệt, chưa được báo: " in missing
        assert "Sở Tài chính" in missing and "Sở Y tế" not in missing
        assert notices(player) == {
            ("congvan", 1001): "sent",
            ("congvan", 1002): "retry",
            ("congvan", 1004): "sent",
            ("congvan", 1005): "blocked",
        }
        # the 429 is honoured, then the notice goes; nobody is told twice, the blocked chat
        # is not tried again
        player.emulator.throttled.clear()
        assert texts(await player.set_clock(at("09:01")), 1002) == []
        later = await player.set_clock(at("09:03"))
        [late] = texts(later, 1002)
        assert late.startswith("📬 Công văn mới — Sở Tư pháp") and TASK in late
        assert not [c for c in later if c["chat_id"] in (1001, 1004, 1005)]
        assert notices(player)[("congvan", 1002)] == "sent"
        again = await player.set_clock(at("10:00"))
        assert not [c for c in again if c["chat_id"] in OFFICERS]
        await player.line("! restart")
        assert not [c for c in await player.set_clock(at("11:00")) if c["chat_id"] in OFFICERS]
        assert player.emulator.unanswered() == []
        # refused by the emulator: only the blocked chat (no text too long, no bad entity)
        assert {c["chat_id"] for c in player.emulator.refusals()} <= {1005}
    finally:
        await player.stop()


async def test_an_undone_publication_is_said_withdrawn_to_those_told(tmp_path, db_url):
    player = await started(tmp_path, db_url)
    try:
        player.emulator.down_chats.add(1002)  # its notice not sent before the undo
        await player.send(ADMIN, "[Công bố]")
        await player.set_clock(at("09:04"))
        calls = await player.send(ADMIN, "[↩️ Hoàn tác]")
        [withdrawn] = texts(calls, 1001)
        assert withdrawn.startswith("↩️ Công văn đã được hủy công bố — Sở Y tế")
        assert f"{TASK} không còn được theo dõi" in withdrawn
        assert len(texts(calls, 1004)) == 1
        assert not [c for c in calls if c["chat_id"] in (1002, 1003, 1005)]
        [reply] = [t for t in texts(calls, ADMIN) if t.startswith("↩️ Đã hoàn tác")]
        assert reply.endswith(
            "Đã báo 2 cán bộ đã nhận tin công văn này rằng công văn đã được hủy công bố."
        )
        # the notice never sent is dropped once its chat is back: no word of a withdrawn task
        player.emulator.down_chats.clear()
        assert not [c for c in await player.set_clock(at("09:40")) if c["chat_id"] == 1002]
        states = notices(player)
        assert states[("congvan", 1002)] == "dropped"
        assert states[("thuhoi", 1001)] == states[("thuhoi", 1004)] == "sent"
        assert ("thuhoi", 1002) not in states and ("thuhoi", 1005) not in states
        # published again: a chat told of it, then of its withdrawal, hears only that it
        # stands again (ux20 #12: not the whole notice a third time); one never told, all of it
        calls = await player.send(ADMIN, "[✅ Công bố lại]")
        [again] = texts(calls, 1001)
        assert again.startswith("↪️ Công văn có hiệu lực trở lại — Sở Y tế")
        assert f"• 📌 {TASK} Mẫu số 01 — hạn hiện nay: 20/8/2021 (còn 18 ngày)" in again
        assert texts(calls, 1002)[0].startswith("📬 Công văn mới — Sở Tư pháp")
    finally:
        await player.stop()
