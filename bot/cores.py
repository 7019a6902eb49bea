"""The bot's threads kept to one CPU core, with a shorter GIL switch interval.

The event loop hands each message's database work to a use-case thread (usecases/workers.py)
and takes the result back. Both run Python under one GIL, so only one of them runs at a time
anyway; spread over two cores, every hand-off of the GIL wakes a thread on the other core, whose
caches hold something else. Measured at saturation (bench/README.md, Load): the same bot on one
core spends 0.85-0.97 ms of CPU a message against 1.50-1.57 on two, and answers 1,030-1,180
messages a second against 670-720. SQLite's C code could run beside the loop on a second core,
but that was worth far less than the hand-offs cost.

On one core a thread waiting for the GIL waits for the interval (5 ms by default) before the
holder is asked to let go; at 1 ms the burst's p99 stayed near the echo baseline's.

Several instances on one machine are spread over the cores by process id. `[bot] one_core =
false` (BOT_ONE_CORE=false) leaves the process to the scheduler.
"""

from __future__ import annotations

import logging
import os
import sys

log = logging.getLogger(__name__)

SWITCH_INTERVAL = 0.001  # seconds; Python's default is 0.005


def keep_to_one_core() -> int | None:
    """Every thread of this process (and those it starts later) on one of the cores it may use;
    the core, or None where the system cannot say (not Linux) or there is only one."""
    if not hasattr(os, "sched_setaffinity"):
        return None
    allowed = sorted(os.sched_getaffinity(0))
    if len(allowed) < 2:
        return None
    core = allowed[os.getpid() % len(allowed)]
    # sched_setaffinity sets one thread; threads started later inherit their starter's set
    for tid in os.listdir("/proc/self/task"):
        try:
            os.sched_setaffinity(int(tid), {core})
        except (ProcessLookupError, PermissionError):  # a thread that ended meanwhile
            continue
    sys.setswitchinterval(SWITCH_INTERVAL)
    log.info("Các luồng của bot chạy trên lõi CPU %d (một lõi: ít chuyển GIL giữa các lõi).", core)
    return core
