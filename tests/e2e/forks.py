"""Bot processes for the tests that need several at once: forked from a server that has imported
the bot once (multiprocessing's fork server, preloaded with tests.e2e.tick_preload). Each is a
whole process of its own, with its own event loop, database connections, ports and signals,
killed or stopped by the kernel like any other, but starts without the second and a half of CPU
that a fresh interpreter spends importing the bot and building the reader of the shipped
catalogue. A fresh `python -m bot` is still started where the start itself is what a test checks
(tests/bot/test_cli.py, tests/e2e/test_bot_e2e.py).
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import weakref
from multiprocessing.process import BaseProcess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

FORKS = multiprocessing.get_context("forkserver")
FORKS.set_forkserver_preload(["tests.e2e.tick_preload"])
_STDERR: weakref.WeakKeyDictionary[BaseProcess, Path] = weakref.WeakKeyDictionary()


def bot_command(args: list[str], out: Path, err: Path, drop: tuple[str, ...] = ()) -> BaseProcess:
    """`python -m bot *args` from the project's root in a forked process, started; its stdout and
    stderr written to `out` and `err`, the environment variables starting with `drop` unset.
    Its exit code is the command's."""
    proc = FORKS.Process(target=_command, args=(list(args), str(out), str(err), drop))
    proc.start()
    _STDERR[proc] = err
    return proc


def said(proc: BaseProcess) -> str:
    """The end of what a bot_command process wrote on its stderr."""
    err = _STDERR.get(proc)
    return err.read_text(encoding="utf-8")[-3000:] if err and err.exists() else ""


def _command(args: list[str], out: str, err: str, drop: tuple[str, ...]) -> None:
    from bot.cli import main

    for key in [key for key in os.environ if drop and key.startswith(drop)]:
        del os.environ[key]
    os.chdir(ROOT)
    for target, path in ((1, out), (2, err)):
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        os.dup2(fd, target)
        os.close(fd)
    sys.stdout.reconfigure(encoding="utf-8")
    sys.stderr.reconfigure(encoding="utf-8")
    sys.exit(main(args))
