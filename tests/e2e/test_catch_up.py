"""A gap in the clock (ux24 #7): the bot ran on Monday 19/4/2021 and next on Tuesday 27/4 (a
restart after downtime: `! restart @ …`). The deadline-day reminder of the 20/4 dossier and the
digests of 22/4 and 26/4 were due meanwhile. Each unit gets one message that says it carries
what the bot missed and which dates passed; the coordinator one digest, not one per day missed;
and nothing is sent twice across a restart. The demo's "@" moving the clock of a running bot is
no downtime (ux34 #6): each working day's tick runs on its day, nothing is said to be caught up."""

from __future__ import annotations

import pytest

from tests.botkit import ADMIN, register, texts

BUILDING = 1002


def _digests(calls) -> list[str]:
    return [t for t in texts(calls, ADMIN) if "Tổng hợp" in t]


@pytest.mark.daily_ticks  # the reminders of each day, sent on their day
async def test_one_catch_up_per_unit_and_one_digest_after_a_gap(player):
    await player.line("@ 2021-04-13 08:00")
    await register(player, BUILDING, "Sở Xây dựng", "Trần Thị Lan")
    await player.line("@ 2021-04-19 09:00")

    calls = await player.line("! restart @ 2021-04-27 09:00")
    [sent] = texts(calls, BUILDING)
    lines = sent.splitlines()
    assert lines[0].startswith("⏰ Nhắc hạn — Sở Xây dựng (Thứ Ba, 27/4/2021)")
    # the real gap, from the last day the bot ran to now, then what this message sends (u26
    # #2: it named only the reminder days missed, which read as sends that failed)
    assert lines[1] == (
        "🔁 Nhắc bù: bot không chạy từ sau ngày 19/4/2021 đến 09:00 ngày 27/4/2021; tin này "
        "gửi bù nhắc hạn lẽ ra gửi ngày 20/4/2021–26/4/2021, trong thời gian đó hạn 20/4/2021 "
        "đã qua (7 ngày trước)."
    )
    assert "tq-2021-04-20" in sent and "quá hạn 7 ngày" in sent
    [digest] = _digests(calls)
    assert "27/4/2021" in digest and "tq-2021-04-20" in digest

    # the log: the missed days' reminders written down under their own day, each sent once
    log = player.app.bot_data["services"].reminders.log()
    mine = [r for r in log if r.chat_id == BUILDING]
    assert {r.day.isoformat() for r in mine} >= {"2021-04-19", "2021-04-20", "2021-04-26"}
    assert {r.state for r in mine} == {"sent"}
    digests = [r for r in log if r.chat_id == ADMIN and r.agency == "*digest*"]
    # (the player starts on the real day, before its clock is set back to 2021)
    days = [r.day.isoformat() for r in digests if r.day.year == 2021]
    # the clock moved 13/4 → 19/4 ran those days' digests; the gap's are the one of 27/4
    assert days == ["2021-04-15", "2021-04-16", "2021-04-19", "2021-04-27"]

    # a restart the same morning, and again later: nothing of it again
    calls = await player.line("! restart")
    calls += await player.line("@ 2021-04-27 10:00")
    assert texts(calls, BUILDING) == [] and _digests(calls) == []
    assert len(player.app.bot_data["services"].reminders.log()) == len(log)


@pytest.mark.daily_ticks  # the reminders of each day, sent on their day
async def test_a_clock_moved_over_days_runs_each_days_tick_on_its_day(player):
    """ux34 #6: `@ 2021-04-27` after `@ 2021-04-13` with no restart told the unit "bot không
    chạy từ …" and bundled the reminders of 15/4, 19/4, 20/4 and 26/4 into one message."""
    await register(player, BUILDING, "Sở Xây dựng", "Trần Thị Lan")
    calls = await player.line("@ 2021-04-27 09:00")
    mine = [c for c in calls if c["chat_id"] == BUILDING and c["method"] == "sendMessage"]
    assert all("Nhắc bù" not in c["text"] for c in calls if c["text"])
    # each on its day, at the tick's hour, headed with that day: 7, 3, 1 working days before
    # 20/4 (9/4 was before the bot began), the day, and the Monday it is late on
    assert [c["at"][:16] for c in mine] == [
        f"2021-04-{day}T08:00" for day in ("15", "19", "20", "26")
    ]
    assert "(Thứ Năm, 15/4/2021)" in mine[0]["text"] and "còn 5 ngày" in mine[0]["text"]
    assert "hạn hôm nay" in mine[2]["text"] and "quá hạn 6 ngày" in mine[3]["text"]
    digests = [c["at"][:10] for c in calls if c["chat_id"] == ADMIN and "Tổng hợp" in c["text"]]
    days = ("15", "16", "19", "20", "22", "26")
    assert digests == [f"2021-04-{day}" for day in days]
    # the log: each reminder planned for its own day and sent that day
    log = player.app.bot_data["services"].reminders.log()
    sent = sorted(
        (r.day.isoformat(), r.sent_at.date().isoformat(), r.state)
        for r in log
        if r.chat_id == BUILDING
    )
    assert sent == [
        (d, d, "sent") for d in ("2021-04-15", "2021-04-19", "2021-04-20", "2021-04-26")
    ]


@pytest.mark.daily_ticks  # the reminders of each day, sent on their day
async def test_a_day_by_day_clock_says_nothing_of_a_catch_up(player):
    await player.line("@ 2021-04-13 08:00")
    await register(player, BUILDING, "Sở Xây dựng", "Trần Thị Lan")
    await player.line("@ 2021-04-19 09:00")
    calls = await player.line("@ 2021-04-20 09:00")
    [sent] = texts(calls, BUILDING)
    assert "Nhắc bù" not in sent and "hạn hôm nay" in sent


async def test_the_gap_is_said_from_the_last_day_the_bot_ran(player):
    """u26 #2: down from Friday 16/4 to Tuesday 20/4, the bot owed only Monday's reminder to
    the unit; the line said "không gửi được nhắc ngày 19/4", as if a send had failed that day,
    not that the bot was not running from after Friday."""
    await player.line("@ 2021-04-13 08:00")
    await register(player, BUILDING, "Sở Xây dựng", "Trần Thị Lan")
    await player.line("@ 2021-04-16 09:00")
    calls = await player.line("! restart @ 2021-04-20 09:30")
    [sent] = texts(calls, BUILDING)
    assert sent.splitlines()[1] == (
        "🔁 Nhắc bù: bot không chạy từ sau ngày 16/4/2021 đến 09:30 ngày 20/4/2021; tin này "
        "gửi bù nhắc hạn lẽ ra gửi ngày 19/4/2021."
    )
    assert "tq-2021-04-20" in sent and "hạn hôm nay" in sent
    log = player.app.bot_data["services"].reminders.log()
    missed = {r.day.isoformat() for r in log if r.chat_id == BUILDING and r.state == "sent"}
    assert "2021-04-19" in missed
