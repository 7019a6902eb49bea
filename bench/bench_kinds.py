"""CPU a message by kind, in the load bench's mix: the messages bench_load.py sends (the same
texts, the same shares), played one at a time through the emulator and the real Application
(no concurrency, so each message's CPU is its own), the process's CPU over every thread counted
around each and summed by kind; the echo baseline on the same messages beside it.

Run it on this tree, and on another checkout for a before/after (the other tree's code):

    .venv/bin/python bench/bench_kinds.py
    .venv/bin/python bench/bench_kinds.py --tree /path/to/other/checkout
"""

from __future__ import annotations

import argparse
import asyncio
import random
import resource
import sys
import tempfile
import time
from collections import defaultdict
from datetime import datetime
from pathlib import Path


def parse() -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tree", default=str(Path(__file__).resolve().parents[1]))
    parser.add_argument("--officers", type=int, default=30)
    parser.add_argument("--messages", type=int, default=50)
    return parser.parse_args()


def kind_of(text: str) -> str:
    return text.split()[0] if text.startswith("/") else "question"


async def measure(load, officers: int, messages: int, echo_only: bool) -> dict[str, list[float]]:
    from telegram import Update
    from telegram.ext import MessageHandler, filters

    from bot.clock import TZ
    from bot.player import Player
    from bot.ratelimit import PassThrough
    from db.models import Officer

    folder = Path(tempfile.mkdtemp(prefix="bench-kinds-"))
    player = Player(
        f"sqlite:///{folder / 'bot.db'}",
        [9000],
        files_dir=folder,
        limiter=PassThrough(),
        settle=True,
    )
    player.emulator.enforce_limits = False
    player.clock.set(datetime(2021, 4, 13, 8, 0, tzinfo=TZ))
    await player.start()
    if echo_only:
        player.app.handlers.clear()
        player.app.add_handler(MessageHandler(filters.ALL, load.echo))
    svc = player.app.bot_data["services"]
    agencies = list(load.AGENCY_ROWS)
    with svc.repo.sessions.begin() as s:
        for i in range(officers):
            s.add(
                Officer(
                    user_id=200000 + i,
                    name=f"Cán bộ {i}",
                    agency=agencies[i % len(agencies)],
                    province="tuyen-quang",
                    state="approved",
                    reminders=True,
                    requested_at=svc.clock.now(),
                    decided_by=9000,
                    decided_at=svc.clock.now(),
                )
            )
    # the bench's officers take turns (round robin), each with its own random stream
    streams = [random.Random(i) for i in range(officers)]
    spent: dict[str, list[float]] = defaultdict(list)
    switches = resource.getrusage(resource.RUSAGE_SELF).ru_nvcsw
    for i in range(messages):
        for index in range(officers):
            text = load.message_for(streams[index], agencies[index % len(agencies)], i)
            update = player.emulator.user_message(200000 + index, text)
            player.emulator.updates.clear()
            cpu = time.process_time()
            await player.app.process_update(Update.de_json(update, player.app.bot))
            spent[kind_of(text)].append(time.process_time() - cpu)
    # a thread that blocks (a worker waiting for a job or the GIL, the loop for a worker) is one
    # voluntary context switch: each trip to a worker thread costs a few, in CPU the instruction
    # count does not show (bench/README.md, Load)
    switches = resource.getrusage(resource.RUSAGE_SELF).ru_nvcsw - switches
    spent["switches"] = [switches / (messages * officers)]
    await player.stop()
    return spent


def main() -> None:
    args = parse()
    sys.path.insert(0, args.tree)
    sys.path.insert(0, str(Path(args.tree) / "bench"))
    import bench_load as load

    bot = asyncio.run(measure(load, args.officers, args.messages, echo_only=False))
    echo = asyncio.run(measure(load, args.officers, args.messages, echo_only=True))
    switched = bot.pop("switches")[0], echo.pop("switches")[0]
    total = sum(len(v) for v in bot.values())
    print(f"tree {args.tree}, {total} messages one at a time, the load bench's mix, SQLite\n")
    print("| message | share | bot CPU ms/msg | echo CPU ms/msg | bot share of CPU |")
    print("|---|---|---|---|---|")
    bot_cpu = sum(sum(v) for v in bot.values())
    for kind in sorted(bot, key=lambda k: -len(bot[k])):
        b, e = bot[kind], echo[kind]
        print(
            f"| {kind} | {len(b) / total:.0%} | {1000 * sum(b) / len(b):.2f} "
            f"| {1000 * sum(e) / len(e):.2f} | {sum(b) / bot_cpu:.0%} |"
        )
    echo_cpu = sum(sum(v) for v in echo.values())
    print(f"| all | 100% | {1000 * bot_cpu / total:.2f} | {1000 * echo_cpu / total:.2f} | 100% |")
    print(f"\nCPU a message, echo / bot: {echo_cpu / bot_cpu:.2f}×")
    print(f"voluntary context switches a message: bot {switched[0]:.2f}, echo {switched[1]:.2f}")


if __name__ == "__main__":
    main()
