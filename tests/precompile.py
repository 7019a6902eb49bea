"""Byte-code for the test run, compiled once before the workers start (tests/conftest.py).

pytest rewrites the asserts of every test module and conftest and caches the result beside it
(`__pycache__/*-pytest-<version>.pyc`); Python caches the project's own modules the same way.
On a clean clone nothing is cached yet, and the xdist workers start together: each of them
rewrote all 350 test modules itself (9 s of CPU a worker, the three together most of the run's
first 15 s). The controller writes those caches first, on every core, in the same format and
at the same place as pytest and Python would; a cache already up to date is left alone, so a
second run only reads a few bytes a file. Anything that goes wrong here leaves the caches to the
workers, as before.
"""

from __future__ import annotations

import compileall
import importlib.util
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# the project's packages, and the tests' own helpers (test modules are pytest's, below)
PACKAGES = ("bot", "db", "handlers", "knowledge", "usecases", "web", "tests")

_config = None  # the run's config, for the forked compilers (pytest's rewrite reads its ini)


def precompile(config) -> None:
    if sys.dont_write_bytecode or config.getoption("assertmode", "rewrite") != "rewrite":
        return
    try:
        from _pytest.assertion import rewrite
    except ImportError:
        return
    tests = [path for path in _test_modules() if _rewrite_stale(rewrite, path)]
    plain = [path for path in _plain_modules() if _plain_stale(path)]
    if not tests and not plain:
        return
    global _config
    _config = config
    jobs = [("test", str(path)) for path in tests] + [("plain", str(path)) for path in plain]
    try:
        import multiprocessing

        # fork: the children share the config and everything imported so far
        with multiprocessing.get_context("fork").Pool(os.cpu_count() or 1) as pool:
            pool.map(_compile, jobs, chunksize=4)
    except Exception:  # the workers compile whatever is still missing, as before
        pass
    finally:
        _config = None


def _rewritten(path: Path) -> bool:
    """A module pytest rewrites (python_files' default, and conftests)."""
    return path.name.startswith("test_") or path.name == "conftest.py"


def _test_modules() -> list[Path]:
    return sorted(path for path in (ROOT / "tests").rglob("*.py") if _rewritten(path))


def _plain_modules() -> list[Path]:
    return sorted(
        path
        for package in PACKAGES
        for path in (ROOT / package).rglob("*.py")
        if not (package == "tests" and _rewritten(path))
    )


def _rewrite_stale(rewrite, path: Path) -> bool:
    """pytest's own check of its hash-based pyc (rewrite._read_pyc), on the header alone."""
    pyc = rewrite.get_cache_dir(path) / (path.name[:-3] + rewrite.PYC_TAIL)
    try:
        with open(pyc, "rb") as cached:
            header = cached.read(16)
        source = path.read_bytes()
    except OSError:
        return True
    return (
        header
        != importlib.util.MAGIC_NUMBER
        + b"\x03\x00\x00\x00"
        + (importlib.util.source_hash(source)[:8])
    )


def _plain_stale(path: Path) -> bool:
    """Python's own check of a timestamp pyc: its source's mtime and size in the header."""
    try:
        with open(importlib.util.cache_from_source(str(path)), "rb") as pyc:
            header = pyc.read(16)
        stat = path.stat()
    except OSError:
        return True
    return (
        len(header) != 16
        or header[:4] != importlib.util.MAGIC_NUMBER
        or int.from_bytes(header[4:8], "little") != 0
        or int.from_bytes(header[8:12], "little") != int(stat.st_mtime) & 0xFFFFFFFF
        or int.from_bytes(header[12:16], "little") != stat.st_size & 0xFFFFFFFF
    )


def _compile(job: tuple[str, str]) -> None:
    kind, name = job
    path = Path(name)
    try:
        if kind == "plain":
            compileall.compile_file(name, quiet=2)
            return
        from _pytest.assertion import rewrite

        cache = rewrite.get_cache_dir(path)
        if not rewrite.try_makedirs(cache):
            return
        source_hash, code = rewrite._rewrite_test(path, _config)
        state = _config.stash[rewrite.assertstate_key]
        rewrite._write_pyc(state, code, source_hash, cache / (path.name[:-3] + rewrite.PYC_TAIL))
    except Exception:  # a module that does not compile: its worker says so when it imports it
        pass
