"""What a reminder says and when it comes, on the clock's jumps.

A reminder owed on a day the clock jumped over is sent, folded into the next message (ux16a
item 13): the bot started before its hour on Friday 25/6/2021 and next ran on Monday 28/6. It
took Monday for a first start and planned nothing before it, so Friday's reminder of 406-20 (3
working days before its national milestone 30/6) was lost. A process restarted after downtime
has the same start-up path (`usecases.reminders.plan_tick`). Told to 406-20's lead: a unit that
only supports it owes the province's 31/5 alone, never the decision's 30/6 (ux38 #3)."""

from __future__ import annotations

from datetime import datetime

from bot.clock import TZ
from bot.player import Player
from tests.botkit import ADMIN, register, texts

LEAD = "Sở Tài nguyên và Môi trường"  # chủ trì 406-20: owes the province's 31/5 and QĐ's 30/6


async def test_a_start_before_the_hour_owes_the_days_after_it(tmp_path, db_url):
    player = Player(db_url, [ADMIN], files_dir=tmp_path)
    player.clock.set(datetime(2021, 6, 25, 7, 30, tzinfo=TZ))
    await player.start()
    try:
        await register(player, 3001, LEAD, "Lê Thị Hoa")
        start = len(player.emulator.calls)
        # down from before Friday's hour until Monday's (a clock line would tick each day)
        await player.line("! restart @ 2021-06-28 08:00")
        got = [t for t in texts(player.emulator.calls[start:], 3001) if "Nhắc hạn" in t]
        assert len(got) == 1  # Friday's and Monday's reminders in one message
        assert "406-20" in got[0]
        log = player.app.bot_data["services"].reminders.log()
        days = {r.day.isoformat() for r in log if r.chat_id == 3001}
        assert "2021-06-25" in days and {r.state for r in log if r.chat_id == 3001} == {"sent"}
    finally:
        await player.stop()


async def test_the_reminder_says_what_quahan_says(tmp_path, db_url):
    """ux16a item 2: on Monday 28/6 the reminder left 406-20 out (or said "còn 2 ngày") while
    /quahan, the same minute, said it was 28 days late for the province's 31/5."""
    player = Player(db_url, [ADMIN], files_dir=tmp_path)
    player.clock.set(datetime(2021, 6, 24, 9, 0, tzinfo=TZ))
    await player.start()
    try:
        await register(player, 3001, LEAD, "Lê Thị Hoa")
        start = len(player.emulator.calls)
        await player.line("@ 2021-06-28 08:00")
        [reminder] = [t for t in texts(player.emulator.calls[start:], 3001) if "28/6/2021)" in t]
        said = "hạn 31/5/2021 (quá hạn 28 ngày); hạn QĐ 406: 30/6/2021 (còn 2 ngày)"
        assert "⚠️ Hạn 31/5/2021 — quá hạn 28 ngày" in reminder and said in reminder
        [late] = texts(await player.send(3001, "/quahan"), 3001)
        assert said in late
        start = len(player.emulator.calls)
        await player.line("@ 2021-06-30 08:00")
        [reminder] = [t for t in texts(player.emulator.calls[start:], 3001) if "30/6/2021)" in t]
        assert "Hạn 30/6/2021 — hạn hôm nay" not in reminder
        assert "quá hạn 30 ngày); hạn QĐ 406: 30/6/2021 (hạn hôm nay)" in reminder
    finally:
        await player.stop()
