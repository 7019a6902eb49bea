"""Instructions a message at saturation, the bot beside the echo baseline: the load bench's run
(bench_load.py, think time 0) under valgrind's callgrind, counting only while the officers send
(start-up and shut-down left out), one process for each bot. Valgrind runs the threads one at a
time, so this counts the work itself and not what two cores shared with other sessions make of
it: a figure that does not move with the machine's load, beside the CPU a message of
bench_load.py, which does. What it cannot show is the cost of threads taking turns (the GIL,
the hops to the worker threads, the caches two cores share).

Needs valgrind (apt-get install valgrind); about two minutes a bot on an idle machine.

    .venv/bin/python bench/bench_instructions.py [--officers 100] [--messages 10] [--tree PATH]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path


def parse() -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tree", default=str(Path(__file__).resolve().parents[1]))
    parser.add_argument("--officers", type=int, default=100)
    parser.add_argument("--messages", type=int, default=10)
    parser.add_argument("--one", choices=["bot", "echo"], help=argparse.SUPPRESS)
    return parser.parse_args()


def measured(args: argparse.Namespace) -> None:
    """Inside valgrind: the bench's officers, instrumented only while they send."""
    sys.path.insert(0, args.tree)
    sys.path.insert(0, str(Path(args.tree) / "bench"))
    import bench_load as load

    gather = asyncio.gather

    def instrument(on: bool) -> None:
        command = ["callgrind_control", "-i", "on" if on else "off", str(os.getpid())]
        subprocess.run(command, capture_output=True, check=True)

    async def counted(*aws, **kwargs):
        instrument(True)
        try:
            return await gather(*aws, **kwargs)
        finally:
            instrument(False)

    load.asyncio.gather = counted  # the officers are started by one gather (bench_load.run)
    folder = Path(tempfile.mkdtemp(prefix="bench-instructions-"))
    result = asyncio.run(
        load.run(args.one, args.officers, args.messages, 0.0, folder, args.one == "echo")
    )
    print(f"answered {result['answered']} of {result['sent']}")


def count(args: argparse.Namespace, which: str) -> tuple[int, str]:
    out = Path(tempfile.mkdtemp(prefix="callgrind-")) / "out"
    command = [
        "valgrind",
        "--tool=callgrind",
        "--instr-atstart=no",
        f"--callgrind-out-file={out}",
        sys.executable,
        __file__,
        "--tree",
        args.tree,
        "--officers",
        str(args.officers),
        "--messages",
        str(args.messages),
        "--one",
        which,
    ]
    run = subprocess.run(command, capture_output=True, text=True, check=True)
    totals = re.search(r"^totals:\s*(\d+)", out.read_text(), re.MULTILINE)
    if totals is None:
        raise SystemExit(f"callgrind wrote no totals for {which}")
    answered = next((ln for ln in run.stdout.splitlines() if ln.startswith("answered")), "?")
    return int(totals.group(1)), answered


def main() -> None:
    args = parse()
    if args.one:
        measured(args)
        return
    sent = args.officers * args.messages
    rows = {which: count(args, which) for which in ("bot", "echo")}
    print(f"tree {args.tree}, {args.officers} officers × {args.messages} messages, think time 0\n")
    print("| bot | messages | instructions a message (millions) | answered |")
    print("|---|---|---|---|")
    for which, (total, answered) in rows.items():
        print(f"| {which} | {sent} | {total / sent / 1e6:.2f} | {answered} |")
    ratio = rows["echo"][0] / rows["bot"][0]
    print(f"\ninstructions a message, echo baseline / ours: {ratio:.2f}×")


if __name__ == "__main__":
    main()
