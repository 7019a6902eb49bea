"""The sandbox: a file parsed in a child process within a time and a memory budget, every failure
one line naming the file, and the event loop free while it runs.
"""

from __future__ import annotations

import asyncio
import logging
import resource
import sys
import time

import pytest

from knowledge.deliverables.forms import FORMS
from knowledge.formats import sandbox
from knowledge.formats.book import Book
from knowledge.formats.form_book import template
from knowledge.formats.safe_zip import FileRefused
from knowledge.formats.sandbox import Budget, run_job, run_job_async
from tests.hostile_files import book, sheet_xml
from tests.knowledge.formats.test_xlsx_reader import HOSTILE

# the child the bot starts, a new interpreter (tests/sandbox_zygote.py forks the others)
pytestmark = pytest.mark.real_sandbox

MB = 1024 * 1024


def stats_of(caplog) -> sandbox.Stats:
    return next(r.sandbox for r in reversed(caplog.records) if hasattr(r, "sandbox"))


def children_cpu() -> float:
    """CPU seconds of this process's children that have ended (run_job waits for its child)."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


@pytest.mark.parametrize("probe", list(HOSTILE))
def test_each_hostile_file_is_refused_within_the_budgets(caplog, probe):
    """Within 2 s of the child's CPU (its interpreter's start included): the budget is CPU time.
    Its wall time, which this asserted, passed 2 s on a machine loaded by other work (2.17 s at
    a load of 20) with the child's own work unchanged."""
    caplog.set_level(logging.INFO, logger=sandbox.__name__)
    make, says = HOSTILE[probe]
    data = make()
    before = children_cpu()
    with pytest.raises(FileRefused, match=says):
        run_job("xlsx", "bieu.xlsx", data)
    cpu = children_cpu() - before
    stats = stats_of(caplog)
    assert stats.refused and cpu < 2.0 and stats.peak < 200 * MB, (cpu, stats)


def test_a_real_template_comes_back_whole(caplog):
    caplog.set_level(logging.INFO, logger=sandbox.__name__)
    data = template(FORMS["pl4"], "Sở Y tế")
    read = Book.from_json(run_job("xlsx", "mau.xlsx", data))
    assert read.sheetnames == ["Phụ lục IV", "Hướng dẫn", "_mau"]
    assert not stats_of(caplog).refused


def test_out_of_memory_or_time_kills_only_the_child(monkeypatch):
    # 40,000 cells: a few MB of dictionary, past a 2 MB budget
    rows = ("<row>" + "<c><v>7</v></c>" * 20 + "</row>") * 2000
    data = book({"xl/worksheets/sheet1.xml": sheet_xml(rows)})
    assert len(Book.from_json(run_job("xlsx", "mau.xlsx", data)).sheets[0].cells) == 40_000
    with pytest.raises(FileRefused, match=r"^Tệp mau.xlsx quá lớn"):
        run_job("xlsx", "mau.xlsx", data, Budget(memory=2 * MB))
    monkeypatch.setattr(sandbox, "STARTUP_SECONDS", 0.0)
    with pytest.raises(FileRefused, match=r"^Tệp mau.xlsx: đọc quá 0 giây"):
        run_job("xlsx", "mau.xlsx", data, Budget(seconds=0.01))


def test_jobs_are_only_the_registered_readers():
    with pytest.raises(ValueError, match="no sandbox job"):
        run_job("os.system", "x", b"")


async def test_the_event_loop_keeps_turning_while_a_big_file_is_parsed():
    """160,000 cells (a second or two of parsing, within every bound): on the event loop it
    would stop every other update for that long; in the sandbox the loop never waits."""
    rows = ("<row>" + "<c><v>7</v></c>" * 20 + "</row>") * 8000
    data = book({"xl/worksheets/sheet1.xml": sheet_xml(rows)})
    gaps: list[float] = []
    done = asyncio.Event()

    async def ticker() -> None:
        last = time.perf_counter()
        while not done.is_set():
            await asyncio.sleep(0.01)
            now = time.perf_counter()
            gaps.append(now - last)
            last = now

    ticking = asyncio.create_task(ticker())
    started = time.perf_counter()
    # the budget is not what this test is about: on a machine other jobs load, the default 5 s
    # of wall time can run out on this file, which is within every bound of the reader
    read = await run_job_async("xlsx", "bieu.xlsx", data, Budget(seconds=30))
    took = time.perf_counter() - started
    done.set()
    await ticking
    assert len(read["sheets"][0]["cells"]) == 160_000
    assert took > 0.5 and max(gaps) < took / 2, (took, max(gaps))


def test_the_child_gets_none_of_the_bots_secrets(monkeypatch):
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123:secret")
    monkeypatch.setenv("BOT_DATABASE_URL", "postgresql+psycopg://bot:secret@db/bot")
    assert "secret" not in str(sandbox._environment())


def test_a_child_slowed_by_a_loaded_machine_is_not_refused_as_too_long(monkeypatch):
    """The budget is CPU time; the parent's clock allowed only the budget and the start, so a
    letter of 0.6 s of CPU taking 6-7 s on a loaded machine was refused as "đọc quá 5 giây".
    Here the child waits 3 s (no CPU) before it reads, on a 2 s budget: past the old guard (the
    budget and the start, 2.5 s), inside today's (three budgets and the start, 6.5 s). With a
    1 s budget and a 2 s wait the child had 1.5 s for its interpreter's start and its imports,
    which a machine loaded by other work took (refused as "đọc quá 1 giây"); now 3.5 s."""
    rows = ("<row>" + "<c><v>7</v></c>" * 2 + "</row>") * 3
    data = book({"xl/worksheets/sheet1.xml": sheet_xml(rows)})
    slow = "import runpy, time; time.sleep(3.0); runpy.run_module(%r, run_name='__main__')"
    monkeypatch.setattr(sandbox, "_command", lambda: [sys.executable, "-c", slow % sandbox.MODULE])
    monkeypatch.setattr(sandbox, "STARTUP_SECONDS", 0.5)
    budget = Budget(seconds=2)
    assert budget.seconds + sandbox.STARTUP_SECONDS < 3.0 < sandbox._wall(budget)
    read = run_job("xlsx", "mau.xlsx", data, budget)
    assert len(Book.from_json(read).sheets[0].cells) == 6
