"""The order the collected tests are handed to the xdist workers (tests/conftest.py).

`--dist worksteal` gives each worker a contiguous share of the collection at the start, and a
worker that runs out takes the second half of the longest queue left. A test that waits on real
time for many seconds (real processes racing, webhooks, the sandbox's time limits) at the end of a
share therefore ran last, alone, with both cores idle: in one run the two longest tests of
tests/e2e/test_processes.py ended the suite on one worker, 42 s after the others had begun to
steal. Here the long tests are dealt first, the longest to the share with the least long work so
far, each at the front of its share, and the quick tests fill the rest in their collected order,
so a steal takes quick tests. The tests that drive the browser stay together on one worker: each
worker that runs one starts a Chromium of its own.

Nothing but the order changes: every worker computes the same order from the same collection.
"""

from __future__ import annotations

# Tests that take long on an idle machine, by node id prefix, with rough seconds per test:
# mostly waits on real time (processes, servers, the sandbox's limits), some heavy CPU. A prefix
# that no longer matches (a test renamed) only loses its place at the front.
LONG = {
    "tests/e2e/test_processes.py::test_sigkill_at_random_points_of_a_tick": 10.0,
    "tests/e2e/test_processes.py::test_processes_starting_together": 8.0,
    "tests/e2e/test_processes.py": 4.0,
    "tests/e2e/test_webhook.py": 8.0,
    "tests/e2e/test_hostile_writes.py": 6.0,
    "tests/bot/test_cli.py::test_web_demo": 6.0,
    "tests/e2e/test_bot_e2e.py::test_script_run": 6.0,
    "tests/e2e/test_hostile.py": 3.0,
    "tests/bot/test_import_versions.py::test_a_corrupt_workbook": 4.0,
    "tests/e2e/test_chart_counts_e2e.py": 4.0,
    "tests/e2e/test_progress_day.py": 4.0,
}
BROWSER = "browser"  # the fixture of tests/web/conftest.py: one Chromium per worker
BROWSER_SECONDS = 2.0  # a browser test, rough


def _seconds(item) -> float:
    for prefix, seconds in LONG.items():  # the most specific prefixes first
        if item.nodeid.startswith(prefix):
            return seconds
    return 0.0


def _shares(total: int, workers: int) -> list[int]:
    """The sizes of the workers' first shares, as xdist's worksteal scheduler cuts them."""
    sizes, left = [], total
    for i in range(workers):
        sizes.append(left // (workers - i))
        left -= sizes[-1]
    return sizes


def order(items: list, workers: int) -> list:
    """The collection reordered for `workers` workers (see the module's docstring)."""
    if workers < 2 or not items:
        return items
    browser = [item for item in items if BROWSER in getattr(item, "fixturenames", ())]
    units: list[tuple[float, list]] = []  # (seconds, tests run together), longest first
    if browser:
        units.append((BROWSER_SECONDS * len(browser), browser))
    taken = {id(item) for item in browser}
    for item in items:
        seconds = _seconds(item)
        if seconds and id(item) not in taken:
            units.append((seconds, [item]))
            taken.add(id(item))
    units.sort(key=lambda unit: -unit[0])  # stable: collected order among equals
    sizes = _shares(len(items), workers)
    front: list[list] = [[] for _ in range(workers)]
    load = [0.0] * workers
    for seconds, tests in units:
        fits = [w for w in range(workers) if len(front[w]) + len(tests) <= sizes[w]]
        if not fits:
            return items  # too few tests for the shares: leave the order alone
        chosen = min(fits, key=lambda w: load[w])
        front[chosen].extend(tests)
        load[chosen] += seconds
    rest = iter(item for item in items if id(item) not in taken)
    ordered = []
    for w in range(workers):
        ordered.extend(front[w])
        ordered.extend(next(rest) for _ in range(sizes[w] - len(front[w])))
    return ordered
