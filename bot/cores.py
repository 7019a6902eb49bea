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

Several instances on one machine are spread over the cores by host name and process id (each
container has its own name, and its bot is often process 1). A child process (the file sandbox,
knowledge/formats/sandbox.py) widens its own set again. `[bot] one_core =
false` (BOT_ONE_CORE=false) leaves the process to the scheduler.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import sys
import zlib

log = logging.getLogger(__name__)

SWITCH_INTERVAL = 0.001  # seconds; Python's default is 0.005


def keep_to_one_core() -> int | None:
    """Every thread of this process (and those it starts later) on one of the cores it may use;
    the core, or None where the system cannot say (not Linux), there is only one, or the system
    refuses (a cpuset changed under us): then the process runs as the scheduler places it."""
    sys.setswitchinterval(SWITCH_INTERVAL)  # one core or several: the hand-offs come sooner
    if not hasattr(os, "sched_setaffinity"):
        return None
    try:
        allowed = sorted(os.sched_getaffinity(0))
        if len(allowed) < 2:
            return None
        # in a container the bot is often process 1 in every one: the host's name tells them apart
        spread = zlib.crc32(socket.gethostname().encode()) + os.getpid()
        core = allowed[spread % len(allowed)]
        # sched_setaffinity sets one thread; threads started later inherit their starter's set
        for tid in os.listdir("/proc/self/task"):
            with contextlib.suppress(ProcessLookupError):  # a thread that ended meanwhile
                os.sched_setaffinity(int(tid), {core})
    except OSError as err:
        log.warning("Không giữ được các luồng trên một lõi CPU (%s); chạy như thường.", err)
        return None
    log.info("Các luồng của bot chạy trên lõi CPU %d (một lõi: ít chuyển GIL giữa các lõi).", core)
    return core
