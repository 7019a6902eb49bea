"""A bot process for the multi-process and crash tests: starts on a database at a given moment
(which runs the day's tick as the catch-up at start), optionally keeps an officer busy with status
updates, then beats (bot/reminder_jobs.heartbeat, as the job queue would) until the day's
reminders are all settled, and stops.

python -m tests.e2e.tick_worker --db URL --journal FILE --at 2021-04-15T08:00 [--updates N]

or run(...) in a forked process (tests/e2e/test_processes.py).

The emulator journals every message Telegram accepted to FILE, so what was delivered survives a
SIGKILL. The worker's Telegram runs on real time (a tick to 45 officers takes the 1.5 s that
Telegram's 30 messages a second allow), so that a kill can land inside it; the bot's clock runs
SPEED times faster than real time from `at`, so that a lease of a minute runs out in a second.

The lease (`--lease`, minutes of the bot's clock) is a trade, in production as here: the share of
an instance that died waits for it to run out, and a live instance that cannot renew within it
(its process starved of CPU) loses its claims, and may send what another has taken over. In
production it is two minutes against a heartbeat of 30 s. Here the fast clock makes every bot
minute a real second, so a scenario chooses: where a killed instance's share is taken over
(DEAD_LEASE), two real seconds, so the test does not wait long; where two live instances share a
tick and nobody dies (LIVE_LEASE), ten real seconds, so that a worker starved for a few seconds by
a loaded machine keeps its claims (two seconds were seen to be lost: reminders sent twice).
"""

from __future__ import annotations

import argparse
import asyncio
import time
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from bot.clock import TZ, Clock, RealTime
from bot.player import Player
from bot.reminder_jobs import heartbeat
from db.models import Officer
from db.reminder_repo import ReminderRepo
from db.session import make_engine, make_sessions, migrate

ADMIN = 9000
BUSY_OFFICER = 5000
STATUS_WORDS = ["đang làm", "kiểm thử", "xong", "chưa bắt đầu"]
SPEED = 60  # a real second is a minute of the bot's clock
DEAD_LEASE = timedelta(minutes=2)  # of the bot's clock: two seconds of real time
LIVE_LEASE = timedelta(minutes=10)  # ten seconds of real time
BEAT = 0.1  # real seconds between heartbeats
OPEN = ("pending", "sending", "retry")


class FastClock(Clock):
    """The bot's clock from `start`, SPEED times faster than real time."""

    def __init__(self, start: datetime, speed: float = SPEED):
        super().__init__()
        self.start, self.speed, self.origin = start, speed, time.monotonic()

    def set(self, moment: datetime) -> None:
        raise RuntimeError("the worker's clock runs by itself")

    def now(self) -> datetime:
        return self.start + timedelta(seconds=(time.monotonic() - self.origin) * self.speed)


def seed(database: str, officers: int, agency: str = "Sở Xây dựng") -> list[int]:
    """Approved officers of one agency (the busy one first), in the database before bots start."""
    engine = make_engine(database)
    migrate(engine)
    at = datetime(2021, 4, 1, 9, 0, tzinfo=TZ)
    ids = [BUSY_OFFICER] + [6000 + i for i in range(officers - 1)]
    with make_sessions(engine).begin() as s:
        for user_id in ids:
            s.add(
                Officer(
                    user_id=user_id,
                    name=f"Cán bộ {user_id}",
                    agency=agency,
                    province="tuyen-quang",
                    state="approved",
                    reminders=True,
                    requested_at=at,
                    decided_by=ADMIN,
                    decided_at=at,
                )
            )
    engine.dispose()
    return ids


async def main(args) -> None:
    player = Player(
        args.db,
        [ADMIN],
        files_dir=Path(args.journal).parent,
        journal=args.journal,
        time=RealTime(),
    )
    clock = FastClock(datetime.fromisoformat(args.at).replace(tzinfo=TZ))
    player.clock = player.emulator.clock = clock
    ReminderRepo.lease = timedelta(minutes=args.lease)
    # The seeded officers registered by writing to the bot: it may write to them.
    engine = make_engine(args.db)
    with make_sessions(engine)() as s:
        player.emulator.started.update(s.scalars(select(Officer.user_id)))
    engine.dispose()
    await player.start()  # the catch-up tick runs here
    try:
        for i in range(args.updates):
            # Status writes back to back, for a kill to land in one: faster than Telegram's second
            # per chat would let the replies go, so both sides forget the officer's chat window.
            player.emulator.forget_chat(BUSY_OFFICER)
            player.limiter.forget_chat(BUSY_OFFICER)
            await player.send(
                BUSY_OFFICER, f"/capnhat 406-15 {STATUS_WORDS[i % len(STATUS_WORDS)]}"
            )
        reminders = player.app.bot_data["services"].reminders
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            # as the job queue would: renew, take over what a dead instance left, send
            await heartbeat(player.app)
            if not [r for r in reminders.log() if r.state in OPEN]:
                break
            await asyncio.sleep(BEAT)
    finally:
        await player.stop()
    print("done", flush=True)


def run(db: str, journal: str, at: str, updates: int = 0, lease: timedelta = DEAD_LEASE) -> None:
    """The worker in a process forked from one that has already imported the bot (the tests'
    fork server): the same bot, without paying a second of imports for every process.
    """
    minutes = lease / timedelta(minutes=1)
    asyncio.run(
        main(argparse.Namespace(db=db, journal=journal, at=at, updates=updates, lease=minutes))
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--journal", required=True)
    parser.add_argument("--at", required=True)
    parser.add_argument("--updates", type=int, default=0)
    parser.add_argument("--lease", type=float, default=DEAD_LEASE / timedelta(minutes=1))
    asyncio.run(main(parser.parse_args()))
