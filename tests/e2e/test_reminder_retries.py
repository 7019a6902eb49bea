"""A reminder that did not go is retried the same day, with back-off, until it goes or its day is
over (then the admins are told, once); Telegram's retry_after is honoured; a tick that failed
because the database was down at 08:00 delivers the same morning once it is back. The clock is
the injected one: the day passes in moments.
"""

from __future__ import annotations

import contextlib
from datetime import datetime

from sqlalchemy import event

from bot.clock import TZ
from bot.player import Player
from knowledge.deliverables.digest import Cadence
from tests.botkit import ADMIN, start_on, texts


def at(hhmm: str, day: int = 15) -> datetime:
    hour, minute = hhmm.split(":")
    return datetime(2021, 4, day, int(hour), int(minute), tzinfo=TZ)


async def officer_player(tmp_path, db_url) -> Player:
    player = Player(db_url, [ADMIN], files_dir=tmp_path)
    # fail fast: the point is what the reminders do once the limiter gives up
    player.limiter.max_retries = 0
    # 15/4 is a digest day (3 working days before 20/4): what the admins are told here is only
    # about the reminders
    player.config.digest = Cadence(weekdays=(), before_deadline=0)
    await start_on(player, "@ 2021-04-14 09:00")
    for line in ["@ 2021-04-14 09:00", "1001 > /dangky Sở Xây dựng", "9000 > /duyet 1001"]:
        await player.line(line)
    player.emulator.calls.clear()  # what the tests read starts after the registration
    return player


def reminders_to(calls, chat: int) -> list[dict]:
    return [
        c for c in calls if c["chat_id"] == chat and c["error"] is None and "Nhắc hạn" in c["text"]
    ]


def states(player, chat: int = 1001) -> list[tuple[str, int]]:
    log = player.app.bot_data["services"].reminders.log()
    return [(r.state, r.attempts) for r in log if r.chat_id == chat]


async def test_a_failed_send_is_retried_the_same_morning_with_back_off(tmp_path, db_url):
    player = await officer_player(tmp_path, db_url)
    try:
        player.emulator.down_chats.add(1001)
        assert reminders_to(await player.set_clock(at("08:00")), 1001) == []
        assert states(player) == [("retry", 1)]
        await player.set_clock(at("08:01"))  # the first retry, still failing: next in 2 minutes
        assert states(player) == [("retry", 2)]
        player.emulator.down_chats.clear()
        assert reminders_to(await player.set_clock(at("08:02")), 1001) == []  # not yet due
        [sent] = reminders_to(await player.set_clock(at("08:03")), 1001)
        assert "tq-2021-04-20" in sent["text"] and "còn 5 ngày" in sent["text"]
        assert sent["at"].startswith("2021-04-15T08:03")
        assert states(player) == [("sent", 2)]
        for moment in ("08:30", "14:00"):
            assert reminders_to(await player.set_clock(at(moment)), 1001) == []
        assert texts(player.emulator.calls, ADMIN) == []
    finally:
        await player.stop()


async def test_telegrams_retry_after_is_honoured(tmp_path, db_url):
    player = await officer_player(tmp_path, db_url)
    try:
        player.emulator.throttled[1001] = 300  # 429, retry after five minutes
        await player.set_clock(at("08:00"))
        player.emulator.throttled.clear()
        for moment in ("08:01", "08:03", "08:04"):  # the back-off alone would retry at 08:01
            assert reminders_to(await player.set_clock(at(moment)), 1001) == []
        assert len(reminders_to(await player.set_clock(at("08:05")), 1001)) == 1
        assert states(player) == [("sent", 1)]
    finally:
        await player.stop()


async def test_a_send_failing_all_day_is_reported_to_the_admins_once(tmp_path, db_url):
    player = await officer_player(tmp_path, db_url)
    try:
        player.emulator.down_chats.add(1001)
        for moment in ("08:00", "12:00", "23:40", "23:45"):
            await player.set_clock(at(moment))
            assert texts(player.emulator.calls, ADMIN) == []
        out = await player.set_clock(at("23:55"))  # the next retry would be tomorrow
        [told] = texts(out, ADMIN)
        assert "không gửi được tới 1 chat" in told and "15/04/2021" in told
        assert "1001" in told and "Sở Xây dựng" in told and "tq-2021-04-20" in told
        assert states(player) == [("failed", 5)]
        out = await player.set_clock(at("08:00", day=16))
        assert texts(out, ADMIN) == [] and states(player)[0] == ("failed", 5)
    finally:
        await player.stop()


@contextlib.contextmanager
def database_down(player):
    """Every new connection refused, and the pooled ones dropped: the database server is gone."""
    engine = player.app.bot_data["services"].reminders.sessions.kw["bind"]
    dbapi = engine.dialect.dbapi

    def refuse(*_args):
        raise dbapi.OperationalError("connection refused: the database is down")

    event.listen(engine, "do_connect", refuse)
    engine.dispose()
    try:
        yield
    finally:
        event.remove(engine, "do_connect", refuse)


async def test_a_tick_failed_at_8_delivers_the_same_morning_once_the_database_is_back(
    tmp_path, db_url, caplog
):
    player = await officer_player(tmp_path, db_url)
    try:
        with database_down(player):
            out = await player.set_clock(at("08:00"))
            out += await player.set_clock(at("08:01"))
        assert reminders_to(out, 1001) == [] and texts(out, ADMIN) == []
        assert "reminder tick failed (OperationalError" in caplog.text
        # back at 08:03: the next retry (08:03, after one and two minutes) delivers
        [sent] = reminders_to(await player.set_clock(at("08:03")), 1001)
        assert "còn 5 ngày" in sent["text"] and states(player) == [("sent", 0)]
        assert reminders_to(await player.set_clock(at("09:00")), 1001) == []
    finally:
        await player.stop()


async def test_a_tick_failing_all_day_is_reported_the_next_day_then_caught_up(tmp_path, db_url):
    player = await officer_player(tmp_path, db_url)
    try:
        with database_down(player):
            for moment in ("08:00", "12:00", "23:59"):
                assert texts(await player.set_clock(at(moment)), ADMIN) == []
            [told] = texts(await player.set_clock(at("07:00", day=16)), ADMIN)
        assert "Nhắc hạn ngày 15/04/2021 chưa chạy được" in told
        out = await player.set_clock(at("08:00", day=16))
        assert len(reminders_to(out, 1001)) == 1  # both days' reminders to 1001 in one message
        assert texts(out, ADMIN) == []
    finally:
        await player.stop()


async def test_a_refusal_that_will_not_change_is_not_retried_and_told_at_once(tmp_path, db_url):
    player = await officer_player(tmp_path, db_url)
    try:
        player.emulator.group_admins[-700].add(1001)
        await player.line("g-700 1001 > /theodoi Sở Xây dựng")
        del player.emulator.groups[-700]  # the group is gone: Telegram answers 400 chat not found
        player.emulator.calls.clear()
        out = await player.set_clock(at("08:00"))
        assert len(reminders_to(out, 1001)) == 1  # the officer's own chat still gets it
        [told] = texts(out, ADMIN)
        assert "-700" in told and "Telegram từ chối: Chat not found" in told
        assert states(player, -700) == [("failed", 1)]
        for moment in ("08:01", "08:30", "12:00"):
            later = await player.set_clock(at(moment))
            assert [c for c in later if c["chat_id"] == -700] == [] and not texts(later, ADMIN)
    finally:
        await player.stop()
