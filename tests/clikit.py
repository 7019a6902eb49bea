"""The command line run in the test's own process: `python -m bot …` costs a second and a half
of start-up a call, most of the time of the tests that call it several times. What it prints,
what it returns and what it refuses are the same; tests/bot/test_cli.py keeps real processes for
the start itself.
"""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from pathlib import Path

from bot.cli import main

ROOT = Path(__file__).resolve().parents[1]


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    """`python -m bot *args` from the project's root, as a CompletedProcess."""
    out, err = io.StringIO(), io.StringIO()
    here, saved_stdin = os.getcwd(), sys.stdin
    os.chdir(ROOT)
    sys.stdin = io.StringIO(stdin or "")
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(list(args))
            except SystemExit as exc:  # argparse refusing the arguments
                code = exc.code if isinstance(exc.code, int) else 2
    finally:
        os.chdir(here)
        sys.stdin = saved_stdin
    return subprocess.CompletedProcess(["bot", *args], code, out.getvalue(), err.getvalue())
