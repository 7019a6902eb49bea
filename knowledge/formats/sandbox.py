"""Parsing a file someone sent in a process of its own, with a time and a memory budget.

The bot's event loop (and the command line) hands the bytes to a short-lived child interpreter,
`python -m knowledge.formats.sandbox`, which caps its own address space and CPU time
(resource.setrlimit) before it reads anything, runs one registered job and answers in JSON. A
file that outgrows the budget kills only the child; the parent waits without blocking (the event
loop keeps answering others) and gets one Vietnamese line naming the file (FileRefused) for
anything that went wrong: the reader's own refusals, memory or time exhausted, a crash.

Jobs are looked up by name in JOBS, never by a path the caller builds, so the child runs nothing
but the readers listed here.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import logging
import os
import resource
import subprocess
import sys
import time
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from knowledge.formats.safe_zip import FileRefused

if TYPE_CHECKING:  # the child never imports asyncio: a tenth of its start, ~100 a test run
    import asyncio

log = logging.getLogger(__name__)

MODULE = "knowledge.formats.sandbox"
ROOT = str(Path(__file__).resolve().parents[2])
MB = 1024 * 1024
# job name -> (module, function(name, data) -> JSON-able value)
JOBS = {
    "xlsx": ("knowledge.formats.xlsx_reader", "job"),
    "table": ("knowledge.catalogue.importer", "job"),
    "letter": ("knowledge.formats.letter_file", "job"),
    "head": ("knowledge.formats.document_head", "job"),  # a .docx/.pdf's first words
}
STARTUP_SECONDS = 3.0  # the child's interpreter start, on a loaded machine, beyond the budget
# The budget is the child's CPU time (RLIMIT_CPU stops a runaway parse); the parent's clock only
# guards against a child that stalls, so it allows a loaded machine's share of a core: under a
# load of 6 on 2 cores a letter's 0.6 s of CPU took 6-7 s and was refused as "too long".
WALL_FACTOR = 3.0
CONCURRENT = 2  # children at once per event loop: one per core


@dataclass(frozen=True)
class Budget:
    seconds: float = 5.0  # CPU and wall time of the parse
    memory: int = 200 * MB  # address space beyond the child's interpreter


BUDGET = Budget()


@dataclass(frozen=True)
class Stats:
    job: str
    name: str
    seconds: float  # wall time, start of the child to its answer
    peak: int  # the child's peak resident memory beyond its start, bytes (0 if it died)
    refused: bool


def _command() -> list[str]:
    return [sys.executable, "-m", MODULE]


def _environment() -> dict[str, str]:
    """Only what the child needs: none of the bot's secrets (its token, the database URL)."""
    path = os.pathsep.join(p for p in (ROOT, os.environ.get("PYTHONPATH", "")) if p)
    return {"PYTHONPATH": path, "PYTHONIOENCODING": "utf-8", "PYTHONDONTWRITEBYTECODE": "1"}


def _request(job: str, name: str, data: bytes, budget: Budget) -> bytes:
    if job not in JOBS:
        raise ValueError(f"no sandbox job {job!r}")
    header = {"job": job, "name": name, "seconds": budget.seconds, "memory": budget.memory}
    return json.dumps(header).encode() + b"\n" + data


def _answer(job: str, name: str, code: int | None, out: bytes, started: float) -> Any:
    seconds = time.monotonic() - started
    try:
        reply = json.loads(out) if out else {}
    except ValueError:
        reply = {}
    peak = int(reply.get("peak", 0)) if isinstance(reply, dict) else 0
    refused = not (isinstance(reply, dict) and "value" in reply)
    stats = Stats(job, name, seconds, peak, refused)
    log.info(
        "sandbox %s %s: %.2f s, peak %.1f MB%s",
        job,
        name,
        seconds,
        peak / MB,
        " (refused)" if refused else "",
        extra={"sandbox": stats},
    )
    if not refused:
        return reply["value"]
    if isinstance(reply, dict) and isinstance(reply.get("refused"), str):
        raise FileRefused(reply["refused"])
    # killed: out of memory or CPU time (a signal), or a crash before it could answer
    log.warning("sandbox %s %s ended with %s without an answer", job, name, code)
    raise FileRefused(f"Tệp {name} quá lớn hoặc bị hỏng: không đọc được trong giới hạn cho phép.")


def _wall(budget: Budget) -> float:
    return budget.seconds * WALL_FACTOR + STARTUP_SECONDS


def _timed_out(name: str, budget: Budget) -> FileRefused:
    return FileRefused(
        f"Tệp {name}: đọc quá {budget.seconds:.0f} giây nên đã dừng (tệp quá lớn hoặc hỏng)."
    )


def run_job(job: str, name: str, data: bytes, budget: Budget = BUDGET) -> Any:
    """Run `job` on the file in a child process (the command line): its value, or FileRefused."""
    request = _request(job, name, data, budget)
    started = time.monotonic()
    try:
        done = subprocess.run(
            _command(),
            input=request,
            capture_output=True,
            timeout=_wall(budget),
            env=_environment(),
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise _timed_out(name, budget) from None
    return _answer(job, name, done.returncode, done.stdout, started)


_gates: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] = (
    weakref.WeakKeyDictionary()
)


def _gate() -> asyncio.Semaphore:
    import asyncio

    loop = asyncio.get_running_loop()
    if loop not in _gates:
        _gates[loop] = asyncio.Semaphore(CONCURRENT)
    return _gates[loop]


async def run_job_async(job: str, name: str, data: bytes, budget: Budget = BUDGET) -> Any:
    """The same from the event loop: it waits on the child without blocking other updates."""
    import asyncio

    request = _request(job, name, data, budget)
    async with _gate():
        started = time.monotonic()
        proc = await asyncio.create_subprocess_exec(
            *_command(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=_environment(),
        )
        try:
            out, _ = await asyncio.wait_for(proc.communicate(request), _wall(budget))
        except TimeoutError:
            proc.kill()
            await proc.wait()
            raise _timed_out(name, budget) from None
    # a large answer is decoded beside the loop, not on it
    return await asyncio.to_thread(_answer, job, name, proc.returncode, out, started)


# -- the child ----------------------------------------------------------------------------------
def _resident() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _address_space() -> int:
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):
        return 0


def _limit(budget: Budget) -> None:
    cpu = max(1, int(budget.seconds) + 1)
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    used = _address_space()
    if used:
        resource.setrlimit(resource.RLIMIT_AS, (used + budget.memory, used + budget.memory))


def child() -> int:
    # A running bot keeps its threads to one core (bot/cores.py) and a child inherits that: a
    # parse may use any core the machine lets it (outside the bot's cpuset nothing is taken).
    with contextlib.suppress(AttributeError, OSError):
        os.sched_setaffinity(0, range(os.cpu_count() or 1))
    stdin = sys.stdin.buffer
    header = json.loads(stdin.readline())
    job, name = header["job"], str(header["name"])
    module, function = JOBS[job]
    reader = getattr(importlib.import_module(module), function)
    data = stdin.read()
    baseline = _resident()
    _limit(Budget(float(header["seconds"]), int(header["memory"])))
    reply: dict[str, Any]
    try:
        reply = {"value": reader(name, data)}
    except FileRefused as err:
        reply = {"refused": str(err)}
    except MemoryError:
        reply = {"refused": f"Tệp {name} quá lớn: đọc nó cần quá nhiều bộ nhớ."}
    except Exception as err:  # a reader's bug on a strange file: still one line for the sender
        print(f"{type(err).__name__}: {err}", file=sys.stderr)
        reply = {"refused": f"Tệp {name} bị hỏng hoặc sai định dạng: không đọc được."}
    reply["peak"] = max(0, _resident() - baseline)
    sys.stdout.write(json.dumps(reply, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(child())
