"""Reminder tick benchmark: one daily tick to N chats through the emulator, which enforces
Telegram's limits (30 messages/s overall, 1/s per chat) and answers 429 to any call over them.

Our limiter (bot.ratelimit.TelegramLimits, sliding windows like Telegram's) beside
python-telegram-bot's own AIORateLimiter (leaky buckets, no per-chat limit for private chats), same
tick, same emulator, same run. The floor is what the limits allow: N / 30 seconds.

python bench/bench_tick.py [--chats 1000]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from telegram.ext import AIORateLimiter  # noqa: E402

from bot.clock import TZ, RealTime  # noqa: E402
from bot.player import Player  # noqa: E402
from bot.ratelimit import TelegramLimits  # noqa: E402
from bot.reminder_jobs import run_due_ticks  # noqa: E402
from db.models import Officer  # noqa: E402

ADMIN = 9000
# 7 working days before 20/4/2021 (Friday 9/4): every department owes its dossier
TICK = datetime(2021, 4, 9, 8, 0, tzinfo=TZ)


def seed_officers(player: Player, count: int) -> None:
    """N approved officers spread over the agencies that owe the 20/4 dossier."""
    svc = player.app.bot_data["services"]
    agencies = sorted(
        {a for t in svc.province.tasks if t.id == "tq-2021-04-20" for a in t.addressees}
    )
    at = TICK.replace(day=1)
    # They registered by writing to the bot: it may write to them.
    player.emulator.started.update(100000 + i for i in range(count))
    with svc.repo.sessions.begin() as s:
        for i in range(count):
            s.add(
                Officer(
                    user_id=100000 + i,
                    name=f"Cán bộ {i}",
                    agency=agencies[i % len(agencies)],
                    province=svc.config.province,
                    state="approved",
                    reminders=True,
                    requested_at=at,
                    decided_by=ADMIN,
                    decided_at=at,
                )
            )


async def one_tick(name: str, limiter, chats: int, folder: Path) -> dict:
    # real time: the pacing itself is what is measured
    player = Player(
        f"sqlite:///{folder / (name + '.db')}",
        [],
        files_dir=folder,
        limiter=limiter,
        time=RealTime(),
    )
    await player.start()
    try:
        player.clock.set(TICK.replace(day=12))
        # the tick before: nothing owed yet, but the log starts here
        await run_due_ticks(player.app)
        seed_officers(player, chats)
        player.emulator.forget_windows()
        start_call = len(player.emulator.calls)
        player.clock.set(TICK)
        began = time.perf_counter()
        report = await run_due_ticks(player.app)
        elapsed = time.perf_counter() - began
        calls = player.emulator.calls[start_call:]
        log = player.app.bot_data["services"].reminders.log()
    finally:
        await player.stop()
    sent = [c for c in calls if c["method"] == "sendMessage" and c["error"] is None]
    return {
        "name": name,
        "seconds": elapsed,
        "delivered": len({c["chat_id"] for c in sent}),
        "refused": sum(1 for c in calls if c["error"]),
        "owed": sum(1 for r in log if r.state != "sent"),
        "failed": report.failed_chats,
    }


async def main_async(chats: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="bench-tick-"))
    ours = await one_tick("ours", TelegramLimits(time=RealTime()), chats, folder)
    base = await one_tick("aioratelimiter", AIORateLimiter(max_retries=6), chats, folder)
    floor = chats / 30
    print(
        f"One tick to {chats} chats under the emulator's Telegram limits (floor = {chats} / 30 "
        "per second = "
        f"{floor:.1f} s)\n"
    )
    print(
        "| limiter | total s | ratio to floor | chats reached | refused calls (429) | still owed |"
    )
    print("|---|---|---|---|---|---|")
    for r in (ours, base):
        print(
            f"| {r['name']} | {r['seconds']:.1f} | {r['seconds'] / floor:.3f} | {r['delivered']} "
            f"| {r['refused']} | "
            f"{r['owed']} |"
        )
    print(f"\nours / baseline time: {ours['seconds'] / base['seconds']:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--chats", type=int, default=1000)
    args = parser.parse_args()
    asyncio.run(main_async(args.chats))


if __name__ == "__main__":
    main()
