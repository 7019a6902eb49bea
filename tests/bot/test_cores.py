"""A running bot keeps its threads to one core (bot/cores.py). Run in a child process: pinning
this test worker would slow the rest of the suite."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from bot.cores import SWITCH_INTERVAL

CHILD = textwrap.dedent(
    """
    import os, sys, threading
    from bot.cores import keep_to_one_core
    started = threading.Event()
    stop = threading.Event()
    def wait():
        started.set()
        stop.wait()
    early = threading.Thread(target=wait)
    early.start()
    started.wait()
    core = keep_to_one_core()
    seen = {}
    late = threading.Thread(target=lambda: seen.update(late=os.sched_getaffinity(0)))
    late.start()
    late.join()
    tids = [int(t) for t in os.listdir("/proc/self/task")]
    sets = {frozenset(os.sched_getaffinity(t)) for t in tids}
    stop.set()
    early.join()
    print(core, len(tids), sorted(map(sorted, sets)), sorted(seen["late"]),
          sys.getswitchinterval())
    """
)


@pytest.mark.skipif(
    not hasattr(os, "sched_getaffinity") or len(os.sched_getaffinity(0)) < 2,
    reason="one core only, or no affinity on this system: nothing to keep",
)
def test_every_thread_then_and_later_runs_on_one_core_with_a_shorter_switch_interval():
    done = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=60, check=True
    )
    core, threads, sets, late, interval = done.stdout.split(" ", 4)
    assert int(threads) >= 2  # the thread started before was moved too
    assert sets == f"[[{core}]]" and late == f"[{core}]"
    assert float(interval) == SWITCH_INTERVAL
    assert int(core) in os.sched_getaffinity(0)
