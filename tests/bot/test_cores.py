"""A running bot keeps its threads to one core (bot/cores.py). Run in a child process: pinning
this test worker would slow the rest of the suite."""

from __future__ import annotations

import json
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
    early = threading.Thread(target=wait, daemon=True)  # never holds the child up on a failure
    early.start()
    started.wait()
    core = keep_to_one_core()
    seen = {}
    late = threading.Thread(target=lambda: seen.update(late=os.sched_getaffinity(0)))
    late.start()
    late.join()
    # a joined thread can still be listed for a moment after it ended: a tid that is gone by
    # the time it is read has no affinity left to check
    def affinity(tid):
        try:
            return frozenset(os.sched_getaffinity(tid))
        except ProcessLookupError:
            return None
    found = [affinity(int(t)) for t in os.listdir("/proc/self/task")]
    tids = [a for a in found if a is not None]
    sets = set(tids)
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


@pytest.mark.skipif(
    not hasattr(os, "sched_getaffinity") or len(os.sched_getaffinity(0)) < 2,
    reason="one core only, or no affinity on this system",
)
def test_a_file_parsed_in_a_child_process_may_use_every_core_again():
    """A child inherits its parent's one core (review); the sandbox's child widens its set
    before it parses, so a big file does not share the bot's core with it."""
    one = min(os.sched_getaffinity(0))
    wrapper = (
        f"import os, sys; os.sched_setaffinity(0, {{{one}}}); "
        "from knowledge.formats import sandbox; sandbox.child(); "
        "print(len(os.sched_getaffinity(0)), file=sys.stderr)"
    )
    header = {"job": "letter", "name": "a.txt", "seconds": 5, "memory": 512 * 2**20}
    done = subprocess.run(
        [sys.executable, "-c", wrapper],
        input=(json.dumps(header) + "\n").encode() + "Kính gửi: Sở Y tế".encode(),
        capture_output=True,
        timeout=60,
        check=True,
    )
    assert done.stderr.decode().split()[-1] == str(len(os.sched_getaffinity(0)))


async def test_the_running_bot_keeps_to_one_core_unless_told_not_to(tmp_path, monkeypatch):
    """post_init of a settled Application (`python -m bot run`) calls keep_to_one_core, and not
    with `[bot] one_core = false`."""
    import bot.app
    from bot.player import Player

    calls: list[str] = []
    monkeypatch.setattr(bot.app, "settle_heap", lambda: calls.append("heap"))
    monkeypatch.setattr(bot.app, "keep_to_one_core", lambda: calls.append("core"))
    for one_core in (True, False):
        player = Player(f"sqlite:///{tmp_path}/b{one_core}.db", [9000], settle=True)
        player.config.one_core = one_core
        await player.start()
        await player.stop()
    assert calls == ["heap", "core", "heap"]
