"""A reminder owed on a day the clock jumped over is sent, folded into the next message
(ux16a item 13): the bot started before its hour on Friday 25/6/2021 and next ran on Monday
28/6. It took Monday for a first start and planned nothing before it, so Friday's reminder of
406-20 (3 working days before its national milestone 30/6) was lost. A process restarted after
downtime has the same start-up path (`usecases.reminders.plan_tick`)."""

from __future__ import annotations

from datetime import datetime

from bot.clock import TZ
from bot.player import Player
from tests.botkit import ADMIN, register, texts


async def test_a_start_before_the_hour_owes_the_days_after_it(tmp_path, db_url):
    player = Player(db_url, [ADMIN], files_dir=tmp_path)
    player.clock.set(datetime(2021, 6, 25, 7, 30, tzinfo=TZ))
    await player.start()
    try:
        await register(player, 3001, "Sở Tư pháp", "Lê Thị Hoa")
        start = len(player.emulator.calls)
        await player.line("@ 2021-06-28 08:00")
        got = [t for t in texts(player.emulator.calls[start:], 3001) if "Nhắc hạn" in t]
        assert len(got) == 1  # Friday's and Monday's reminders in one message
        assert "406-20" in got[0]
        log = player.app.bot_data["services"].reminders.log()
        days = {r.day.isoformat() for r in log if r.chat_id == 3001}
        assert "2021-06-25" in days and {r.state for r in log if r.chat_id == 3001} == {"sent"}
    finally:
        await player.stop()
