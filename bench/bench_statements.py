"""SQL statements per message: how many statements, commits and connection checkouts one
question, one /capnhat, one /tiendo and one /lichsu cost, through the emulator and the real
Application on SQLite (the statements the bot's engine executes, BEGIN IMMEDIATE included).

Run it on this tree, and on another checkout of the project for a before/after (the same script,
the other tree's code and venv):

    .venv/bin/python bench/bench_statements.py
    /work/main/.venv/bin/python bench/bench_statements.py --tree /work/main
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from datetime import datetime
from pathlib import Path


def parse() -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tree", default=str(Path(__file__).resolve().parents[1]))
    parser.add_argument("--repeat", type=int, default=20)
    return parser.parse_args()


MESSAGES = {
    "question": ["giấy phép xây dựng hạn khi nào", "Sở Y tế phải làm gì", "gplx", "mục 22"],
    "/capnhat": ["/capnhat 406-14 đang làm", "/capnhat 406-14 kiểm thử", "/capnhat 406-14 xong"],
    "/tiendo": ["/tiendo"],
    "/lichsu": ["/lichsu 406-14"],
}


async def measure(repeat: int) -> dict[str, tuple[float, float, float]]:
    from sqlalchemy import event

    from bot.clock import TZ
    from bot.player import Player
    from bot.ratelimit import PassThrough

    folder = Path(tempfile.mkdtemp(prefix="bench-statements-"))
    player = Player(
        f"sqlite:///{folder / 'bot.db'}", [9000], files_dir=folder, limiter=PassThrough()
    )
    player.emulator.enforce_limits = False
    player.clock.set(datetime(2021, 4, 13, 8, 0, tzinfo=TZ))
    await player.start()
    await player.send(1001, "/dangky Sở Xây dựng", name="Nguyễn Văn An")
    await player.send(9000, "/duyet 1001")
    engine = player.app.bot_data["services"].repo.sessions.kw["bind"]
    counts = {"statements": 0, "commits": 0, "checkouts": 0}

    def statement(*_args) -> None:
        counts["statements"] += 1

    def commit(*_args) -> None:
        counts["commits"] += 1

    def checkout(*_args) -> None:
        counts["checkouts"] += 1

    event.listen(engine, "before_cursor_execute", statement)
    try:  # the caller's read goes straight to the driver's cursor, past the engine's events
        from db.prepared import Prepared
    except ImportError:  # a tree from before it
        pass
    else:
        first = Prepared.first

        def counted(self, connection, values):
            counts["statements"] += 1
            return first(self, connection, values)

        Prepared.first = counted  # type: ignore[method-assign]
    event.listen(engine, "commit", commit)
    event.listen(engine.pool, "checkout", checkout)
    out = {}
    for kind, texts in MESSAGES.items():
        await player.send(1001, texts[0])  # warm: the first look at the table, the caches
        before = dict(counts)
        for i in range(repeat):
            await player.send(1001, texts[i % len(texts)])
        out[kind] = tuple((counts[k] - before[k]) / repeat for k in counts)
    await player.stop()
    return out


def main() -> None:
    args = parse()
    sys.path.insert(0, args.tree)
    results = asyncio.run(measure(args.repeat))
    print(f"tree {args.tree}, {args.repeat} messages of each kind, SQLite\n")
    print("| message | statements | commits | connection checkouts |")
    print("|---|---|---|---|")
    for kind, (statements, commits, checkouts) in results.items():
        print(f"| {kind} | {statements:.1f} | {commits:.1f} | {checkouts:.1f} |")


if __name__ == "__main__":
    main()
