"""Load benchmark: N simulated officers, each sending M messages (questions, /tiendo, /capnhat,
/lichsu, /muc) with a think time between them, all at once, through the emulator and the real
Application on SQLite.

Telegram's rate limits are off in the emulator and the limiter passes through: this measures our
own processing (matching, database, building replies); Telegram's pacing is measured by
bench_tick.py. The baseline is an echo bot on the same Application, emulator and load, in the same
run.

python bench/bench_load.py [--officers 200] [--messages 50] [--think 1.0] [--spread]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from telegram import Update  # noqa: E402
from telegram.ext import MessageHandler, filters  # noqa: E402

from bot.clock import TZ  # noqa: E402
from bot.player import Player  # noqa: E402
from bot.ratelimit import PassThrough  # noqa: E402
from db.models import Officer  # noqa: E402

QUESTIONS = [
    "giấy phép xây dựng hạn khi nào",
    "Sở Y tế phải làm gì",
    "tháng 5/2021 có gì đến hạn",
    "gplx",
    "mục 22",
    "quý III",
    "sắp đến hạn",
    "đăng ký khai sinh",
    "cấp phiếu lý lịch tư pháp",
    "so tttt",
]
AGENCY_ROWS = {
    "Sở Xây dựng": "406-14",
    "Sở Y tế": "406-22",
    "Sở Tư pháp": "406-7",
    "Sở Tài chính": "406-39",
    "Sở Lao động, Thương binh và Xã hội": "406-23",
    "Sở Tài nguyên và Môi trường": "406-19",
}
STATUS_WORDS = ["đang làm", "kiểm thử", "xong"]


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def message_for(rng: random.Random, agency: str, i: int) -> str:
    roll = rng.random()
    if roll < 0.55:
        return rng.choice(QUESTIONS)
    if roll < 0.70:
        return "/tiendo"
    if roll < 0.85:
        return f"/capnhat {AGENCY_ROWS[agency]} {STATUS_WORDS[i % 3]}"
    if roll < 0.95:
        return f"/lichsu {AGENCY_ROWS[agency]}"
    return "/muc 406-14"


async def echo(update: Update, context) -> None:
    await context.bot.send_message(update.effective_chat.id, "ok")


async def run(
    name: str,
    officers: int,
    messages: int,
    think: float,
    folder: Path,
    echo_only: bool,
    spread: bool = False,
) -> dict:
    # settle: the start-up heap frozen after start, as `python -m bot run` does (bot.app)
    player = Player(
        f"sqlite:///{folder / (name + '.db')}",
        [9000],
        files_dir=folder,
        limiter=PassThrough(),
        settle=True,
    )
    player.emulator.enforce_limits = False
    # one core, as `python -m bot run` keeps itself (bot/cores.py), unless --spread
    player.config.one_core = not spread
    player.clock.set(datetime(2021, 4, 13, 8, 0, tzinfo=TZ))
    await player.start()
    if echo_only:
        player.app.handlers.clear()
        player.app.add_handler(MessageHandler(filters.ALL, echo))
    svc = player.app.bot_data["services"]
    agencies = list(AGENCY_ROWS)
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
    latencies: list[float] = []
    answered = 0
    # Telegram's side: the emulator checking and keeping each request, and answering it, runs in
    # this process on the loop (one thread) and is counted in the CPU below; measured apart too.
    request = player.app.bot.request
    emulate = request.do_request
    telegram = 0.0

    async def timed(*args, **kwargs):
        nonlocal telegram
        began = time.thread_time()  # the emulator answers without awaiting: all on this thread
        try:
            return await emulate(*args, **kwargs)
        finally:
            telegram += time.thread_time() - began

    request.do_request = timed  # type: ignore[method-assign]

    async def officer(index: int) -> None:
        nonlocal answered
        rng = random.Random(index)
        user = 200000 + index
        agency = agencies[index % len(agencies)]
        # Latency runs from when the officer meant to send (their own schedule) to the reply handed
        # to Telegram,
        # so time spent waiting for the event loop behind other officers' messages counts.
        due = time.perf_counter() + rng.uniform(0, think)
        for i in range(messages):
            await asyncio.sleep(max(0.0, due - time.perf_counter()))
            update = player.emulator.user_message(user, message_for(rng, agency, i))
            player.emulator.updates.clear()
            # the messages Telegram accepted in this officer's chat (only sent ones are kept):
            # counted per chat, not by scanning every call made meanwhile, a scan that grew
            # with the latency and so cost a slower bot more (bench/README.md, Load)
            before = len(player.emulator.messages[user])
            await player.app.process_update(Update.de_json(update, player.app.bot))
            done = time.perf_counter()
            latencies.append((done - due) * 1000)
            answered += len(player.emulator.messages[user]) > before
            # The next message comes after reading the reply and thinking; at think 0, at once.
            due = max(due, done) + (rng.expovariate(1 / think) if think > 0 else 0)

    began, cpu = time.perf_counter(), time.process_time()
    await asyncio.gather(*(officer(i) for i in range(officers)))
    elapsed = time.perf_counter() - began
    cpu = time.process_time() - cpu  # every thread of the process: the loop and the workers
    memory = rss_mb()
    refused = len(player.emulator.refusals())
    await player.stop()
    latencies.sort()
    return {
        "name": name,
        "sent": officers * messages,
        "answered": answered,
        "refused": refused,
        "seconds": elapsed,
        "throughput": officers * messages / elapsed,
        "cpu_ms": 1000 * cpu / (officers * messages),
        "telegram_ms": 1000 * telegram / (officers * messages),
        "p50": statistics.median(latencies),
        "p99": latencies[int(0.99 * (len(latencies) - 1))],
        "rss": memory,
    }


async def main_async(officers: int, messages: int, think: float, spread: bool) -> None:
    folder = Path(tempfile.mkdtemp(prefix="bench-load-"))
    base = await run("echo", officers, messages, think, folder, True, spread)
    ours = await run("bot", officers, messages, think, folder, False, spread)
    cores = "threads spread over the cores" if spread else "threads on one core"
    print(
        f"{officers} officers × {messages} messages, think time {think:.1f} s (exponential), "
        f"SQLite, emulator limits off, {cores}\n"
    )
    print(
        "| bot | messages | answered | refused | total s | msg/s | p50 ms | p99 ms "
        "| CPU ms/msg | of which Telegram's side | RSS MB |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for r in (ours, base):
        print(
            f"| {r['name']} | {r['sent']} | {r['answered']} | {r['refused']} | {r['seconds']:.1f} "
            "| "
            f"{r['throughput']:.0f} | {r['p50']:.1f} | {r['p99']:.1f} | {r['cpu_ms']:.2f} "
            f"| {r['telegram_ms']:.2f} | {r['rss']:.0f} |"
        )
    print(f"\np99 ours / echo baseline: {ours['p99'] / base['p99']:.1f}×")
    print(f"capacity ours / echo baseline: {ours['throughput'] / base['throughput']:.2f}×")
    # CPU a message is steadier than msg/s on a machine other sessions share
    print(f"CPU a message, echo baseline / ours: {base['cpu_ms'] / ours['cpu_ms']:.2f}×")
    # the emulator stands in for Telegram, whose work on a longer reply the bot does not pay
    bot_own, echo_own = (r["cpu_ms"] - r["telegram_ms"] for r in (ours, base))
    print(f"CPU a message less Telegram's side, echo baseline / ours: {echo_own / bot_own:.2f}×")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--officers", type=int, default=200)
    parser.add_argument("--messages", type=int, default=50)
    parser.add_argument("--think", type=float, default=1.0)
    parser.add_argument(
        "--spread",
        action="store_true",
        help="leave the threads to the scheduler ([bot] one_core = false) for both bots",
    )
    args = parser.parse_args()
    asyncio.run(main_async(args.officers, args.messages, args.think, args.spread))


if __name__ == "__main__":
    main()
