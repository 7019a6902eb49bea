"""How fast the web desk opens in headless Chromium for Tuyên Quang's whole table (issue 23).

A database is filled as a busy plan would leave it: every unit of the province (27) has an
officer, and every (row or task, unit) of the province's table has a history of one to three
status changes spread over the plan's weeks. The desk is then served as `python -m bot web
--demo` serves it (the real Application on the emulator, uvicorn on a local port) and Debian's
Chromium opens it at a phone's width, as the coordinator and as an officer.

Ours: from navigation to the view drawn (the coordinator's units × deliverables, then the units ×
rows matrix; the officer's own rows). Baseline, in the same run and the same browser: the same
page with its API answer served from memory (recorded from ours first), so the ratio is what our
server-side work (initData check, use case, rules, JSON) adds to the page's own cost.

    .venv/bin/python bench/bench_web.py [--db URL] [--runs 7]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.clock import TZ
from bot.player import Player
from bot.web_demo import DeskServer
from knowledge.rules.officers import OfficerState
from knowledge.rules.progress import standings
from knowledge.rules.statuses import Status
from usecases.desk_views import known_units

ADMIN = 9000
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"]
ARGS += ["--disable-background-networking", "--disable-component-update", "--disable-sync"]
CYCLE = [Status.DANG_THUC_HIEN, Status.DANG_KIEM_THU, Status.HOAN_THANH, Status.VUONG_MAC]


def fill(player: Player) -> tuple[int, int, int, str]:
    """Officers for every unit and a history for every unit of the table; returns (units,
    columns, changes, an officer's agency with many rows)."""
    svc = player.app.bot_data["services"]
    province, catalogue = svc.province, svc.assistant.catalogue
    start = datetime(2021, 4, 13, 8, tzinfo=TZ)
    units = sorted(known_units(province))
    for i, unit in enumerate(units):
        user = 2000 + i
        svc.repo.request_registration(user, f"Cán bộ {i}", unit, start)
        svc.repo.decide(user, OfficerState.APPROVED, ADMIN, start)
    changes = 0
    scope = standings(catalogue, province, {}, start.date())
    for n, s in enumerate(scope):
        user = 2000 + units.index(s.agency)
        for step in range(1 + n % 3):
            status = CYCLE[(n + step) % len(CYCLE)]
            at = start + timedelta(days=7 * step + n % 5, hours=n % 8)
            svc.repo.record(s.key, s.agency, status, "ghi chú" if step else "", user, at)
            changes += 1
    columns = len({s.key for s in scope})
    busiest = max(units, key=lambda u: len(province.rows_of(u)))
    return len(units), columns, changes, busiest


class Bench:
    def __init__(self, database: str):
        self.loop = asyncio.new_event_loop()
        threading.Thread(target=self.loop.run_forever, daemon=True).start()
        self.player = Player(database, [ADMIN], files_dir=tempfile.mkdtemp())
        self.run(self.player.start())
        self.run(self.player.line("@ 2021-05-24 09:00"))
        self.shape = fill(self.player)

        async def serve():
            return await DeskServer(self.player).start()

        self.desk = self.run(serve())

    def run(self, coroutine):
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(120)


def from_memory(body: str):
    """The baseline's API: the recorded answer, with no server work."""

    def fulfill(route) -> None:
        route.fulfill(body=body, content_type="application/json")

    return fulfill


def timed(page, url: str, ready: str, then: tuple[str, str] | None = None) -> list[float]:
    page.goto("about:blank")
    begin = time.perf_counter()
    page.goto(url)
    try:
        page.locator(ready).wait_for(timeout=15_000)
    except Exception:
        print("not drawn:", page.locator("#notice").inner_text(), page.url[:80], file=sys.stderr)
        raise
    times = [time.perf_counter() - begin]
    if then:
        begin = time.perf_counter()
        page.click(then[0])
        page.locator(then[1]).wait_for()
        times.append(time.perf_counter() - begin)
    return times


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default=None)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    database = args.db or f"sqlite:///{Path(tempfile.mkdtemp()) / 'bench.db'}"
    bench = Bench(database)
    units, columns, changes, busiest = bench.shape
    officer = 2000 + sorted(known_units(bench.player.app.bot_data["services"].province)).index(
        busiest
    )
    from playwright.sync_api import sync_playwright

    rows = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        views = [
            ("coordinator", ADMIN, "#handins-table", ("#tab-matrix", "#matrix td.cell >> nth=0")),
            (f"officer ({busiest})", officer, "#mine-list li >> nth=0", None),
        ]
        for name, user, ready, then in views:
            link = bench.desk.link(user)
            ours: list[list[float]] = []
            base: list[list[float]] = []
            page = browser.new_page(viewport={"width": 390, "height": 844})
            answer = json.dumps(
                page.request.get(
                    bench.desk.url + "api/desk",
                    headers={"Authorization": "tma " + bench.desk.init_data(user)},
                ).json()
            )
            for _ in range(args.runs):  # alternate: the machine's load falls on both alike
                page.unroute("**/api/desk")
                ours.append(timed(page, link, ready, then))
                page.route("**/api/desk", from_memory(answer))
                base.append(timed(page, link, ready, then))
            page.close()
            labels = ["open"] + (["matrix"] if then else [])
            for i, label in enumerate(labels):
                a = statistics.median(x[i] for x in ours) * 1000
                b = statistics.median(x[i] for x in base) * 1000
                rows.append((name, label, a, b, len(answer) // 1024))
        browser.close()
    engine = "PostgreSQL" if database.startswith("postgresql") else "SQLite"
    print(
        f"{engine}: {units} units, {columns} rows and tasks in the matrix, {changes} changes; "
        f"median of {args.runs} loads each, headless Chromium at 390×844\n"
    )
    print("| view | step | ours ms | baseline ms | ratio | answer KiB |")
    print("|---|---|---|---|---|---|")
    for name, label, a, b, size in rows:
        print(f"| {name} | {label} | {a:.0f} | {b:.0f} | {a / b:.2f}× | {size} |")
    bench.run(bench.desk.stop())
    bench.run(bench.player.stop())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
