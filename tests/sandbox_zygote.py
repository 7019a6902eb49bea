"""The sandbox's child, forked from a process that has its readers imported already (tests only).

`python -m knowledge.formats.sandbox` is a new interpreter a file: its start and the readers'
imports (python-docx, the xlsx reader, the table importer) were two thirds of each child's CPU
(~200 of ~300 ms for a letter), and the e2e tests send a file in one test of three. In the test
processes the sandbox's command (`sandbox._command`, which the sandbox's own tests replace too)
becomes a small client, `python -S` with nothing but the standard library, that hands its stdin,
stdout and stderr to this zygote and waits: the zygote forks a child that runs the sandbox's own
`child()` on those descriptors — the same header, job, budgets (setrlimit in the child itself,
CPU time counted from the fork) and JSON answer — and the client ends as the child ended (its
exit status, or the same signal). A client killed by the parent (the wall-time guard) closes its
connection and the zygote kills the child. The zygote runs in the sandbox's own environment
(`sandbox._environment()`: none of the bot's secrets) and ends when its test process does.

What only a new interpreter shows (its start, its environment, its import of the job) is tested
with the real command: tests/conftest.py keeps it for the tests marked `real_sandbox`.
"""

from __future__ import annotations

import atexit
import contextlib
import importlib
import os
import selectors
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import traceback
from pathlib import Path

# The client: standard library only, so that `python -S` (no site, ~15 ms) runs it.
CLIENT = """
import os, signal, socket, struct, sys
s = socket.socket(socket.AF_UNIX)
s.connect(sys.argv[1])
socket.send_fds(s, [b"run"], [0, 1, 2])
null = os.open(os.devnull, os.O_RDWR)
for fd in (0, 1, 2):
    os.dup2(null, fd)
got = b""
while len(got) < 8:
    part = s.recv(8 - len(got))
    if not part:
        os._exit(70)
    got += part
signalled, value = struct.unpack("ii", got)
if signalled:
    signal.signal(value, signal.SIG_DFL)
    os.kill(os.getpid(), value)
os._exit(value)
"""

_STATUS = struct.Struct("ii")


def command(path: str) -> list[str]:
    return [sys.executable, "-S", "-c", CLIENT, path]


class Zygote:
    """One per test process, started on first use (tests/conftest.py)."""

    def __init__(self) -> None:
        from knowledge.formats import sandbox

        self.folder = tempfile.mkdtemp(prefix="sandbox-zygote-")
        self.path = str(Path(self.folder) / "socket")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.sandbox_zygote", self.path],
            stdin=subprocess.PIPE,  # closed when this process ends: the zygote ends then
            stdout=subprocess.PIPE,
            env=sandbox._environment(),
            cwd=sandbox.ROOT,
        )
        assert self.proc.stdout is not None
        ready = self.proc.stdout.readline()
        if ready.strip() != b"ready":
            raise RuntimeError(f"the sandbox zygote did not start: {ready!r}")

    def command(self) -> list[str]:
        return command(self.path)

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        self.proc.wait(10)
        for name in os.listdir(self.folder):
            os.unlink(os.path.join(self.folder, name))
        os.rmdir(self.folder)


_REAL: list = []  # the sandbox's own command, kept once replaced
_STARTED: list[Zygote] = []


def _zygote_command() -> list[str]:
    if not _STARTED:
        _STARTED.append(Zygote())
        atexit.register(_STARTED[0].close)
    return _STARTED[0].command()


def sandbox_for(real: bool) -> None:
    """The sandbox command for the next test: the zygote's client, or the real one (`real`)."""
    from knowledge.formats import sandbox

    if not _REAL:
        _REAL.append(sandbox._command)
    sandbox._command = _REAL[0] if real else _zygote_command  # type: ignore[assignment]


# -- the zygote ----------------------------------------------------------------------------------
def _warm() -> None:
    """What a child imports: the job modules, and the libraries they import on first use."""
    from knowledge.formats import sandbox

    for module, _ in sandbox.JOBS.values():
        importlib.import_module(module)
    for module in ("docx", "docx.table", "pypdf", "pypdf.errors"):
        with contextlib.suppress(ImportError):
            importlib.import_module(module)


def _run_child(fds: list[int], keep_closed: list[int]) -> None:
    """In the forked child: the client's descriptors as 0, 1, 2, then the sandbox's child()."""
    from knowledge.formats import sandbox

    code = 1
    try:
        for fd in keep_closed:
            with contextlib.suppress(OSError):
                os.close(fd)
        for target, fd in enumerate(fds):
            os.dup2(fd, target)
            os.close(fd)
        for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGPIPE):
            signal.signal(sig, signal.SIG_DFL)
        code = sandbox.child()
    except SystemExit as done:
        code = done.code if isinstance(done.code, int) else 1
    except BaseException:
        traceback.print_exc()
        code = 1
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code)


def serve(path: str) -> None:
    _warm()
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(path)
    listener.listen(64)
    chooser = selectors.DefaultSelector()
    chooser.register(listener, selectors.EVENT_READ, ("accept", None))
    chooser.register(sys.stdin.buffer, selectors.EVENT_READ, ("parent", None))
    clients: dict[int, tuple[socket.socket, int]] = {}  # pidfd -> (connection, pid)
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    while True:
        for key, _ in chooser.select():
            what, data = key.data
            if what == "parent":
                if not os.read(sys.stdin.fileno(), 4096):  # the test process is gone
                    for _, pid in clients.values():
                        _kill(pid)
                    return
            elif what == "accept":
                connection, _ = listener.accept()
                _, fds, _, _ = socket.recv_fds(connection, 16, 3)
                if len(fds) != 3:
                    for fd in fds:
                        os.close(fd)
                    connection.close()
                    continue
                sys.stdout.flush()
                open_fds = [listener.fileno(), chooser.fileno(), connection.fileno()]
                open_fds += [c.fileno() for c, _ in clients.values()] + list(clients)
                pid = os.fork()
                if pid == 0:
                    _run_child(fds, open_fds)
                for fd in fds:
                    os.close(fd)
                pidfd = os.pidfd_open(pid)
                clients[pidfd] = (connection, pid)
                chooser.register(pidfd, selectors.EVENT_READ, ("ended", pidfd))
                chooser.register(connection, selectors.EVENT_READ, ("client", pid))
            elif what == "client":  # the client closed: killed by its parent (timeout)
                if any(c is key.fileobj for c, _ in clients.values()):  # not ended meanwhile
                    _kill(data)
                    chooser.unregister(key.fileobj)
            elif what == "ended":
                connection, pid = clients.pop(data)
                chooser.unregister(data)
                os.close(data)
                _, status = os.waitpid(pid, 0)
                if os.WIFSIGNALED(status):
                    answer = _STATUS.pack(1, os.WTERMSIG(status))
                else:
                    answer = _STATUS.pack(0, os.WEXITSTATUS(status))
                with contextlib.suppress(KeyError, ValueError):
                    chooser.unregister(connection)
                with contextlib.suppress(OSError):
                    connection.sendall(answer)
                connection.close()


def _kill(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)


if __name__ == "__main__":
    serve(sys.argv[1])
