"""Two bot processes in webhook mode behind one address (a round-robin balancer here), on one
database: every update is answered once, a wrong secret is refused, concurrent updates of one row
keep a whole history. The processes are `python -m bot run` forked from the tests' fork server
(tests/e2e/forks.py); tests/bot/test_cli.py starts a fresh interpreter and stops it the same way.
"""

from __future__ import annotations

import json
import socket
import time
import urllib.error
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.process import BaseProcess
from pathlib import Path

from sqlalchemy import select

from db.models import StatusChange
from db.session import make_engine, make_sessions
from tests.e2e.forks import bot_command, said

SECRET = "bi-mat-406"
ADMIN = 9000
# six officers: the admin's chat takes a notice and an approval reply for each, one a second
# Four officers: the admin's chat receives one registration notice a second (Telegram's pace).
OFFICERS = list(range(1001, 1005))
UPDATES = 3 * len(OFFICERS)  # sent at once, through both instances


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(tmp_path: Path, db: str, port: int, name: str) -> tuple[BaseProcess, Path]:
    config = tmp_path / f"{name}.toml"
    config.write_text(
        f'[telegram]\nmode = "webhook"\nwebhook_url = "https://bot.example.org/telegram"\n'
        f'webhook_secret = "{SECRET}"\nlisten = "127.0.0.1"\nport = {port}\n'
        f'[bot]\nadmins = [{ADMIN}]\ndatabase = "{db}"\n',
        encoding="utf-8",
    )
    journal = tmp_path / f"{name}.jsonl"
    proc = bot_command(
        ["run", "--config", str(config), "--emulator", str(journal)],
        tmp_path / f"{name}.out",
        tmp_path / f"{name}.err",
        drop=("BOT_DATABASE_URL", "BOT_ADMINS", "TELEGRAM_BOT_TOKEN"),
    )
    return proc, journal


def wait_listening(port: int, proc: BaseProcess) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert proc.is_alive(), said(proc)
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise AssertionError(f"port {port} never opened")


def post(port: int, update: dict, secret: str = SECRET) -> int:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/telegram",
        data=json.dumps(update).encode(),
        headers={"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": secret},
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as err:
        return err.code


def get(port: int, path: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode()


def test_polling_mode_serves_the_desk_too(tmp_path, db_url):
    port = free_port()
    config = tmp_path / "polling.toml"
    config.write_text(
        f'[telegram]\nlisten = "127.0.0.1"\nport = {port}\n'
        f'[bot]\nadmins = [{ADMIN}]\ndatabase = "{db_url}"\n',
        encoding="utf-8",
    )
    journal = str(tmp_path / "sent.jsonl")
    proc = bot_command(
        ["run", "--config", str(config), "--emulator", journal],
        tmp_path / "polling.out",
        tmp_path / "polling.err",
        drop=("BOT_", "TELEGRAM_"),
    )
    try:
        wait_listening(port, proc)
        status, page = get(port, "/app/")
        assert status == 200 and "static/desk.js" in page
        assert get(port, "/app/static/desk.js")[0] == 200
        assert get(port, "/app/api/desk")[0] == 403
    finally:
        proc.terminate()  # SIGTERM: stopped cleanly, exit 0
        proc.join(timeout=30)
        assert proc.exitcode == 0, said(proc)


def message(update_id: int, user: int, text: str) -> dict:
    entities = (
        [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
        if text.startswith("/")
        else []
    )
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "date": int(time.time()),
            "text": text,
            "entities": entities,
            "chat": {"id": user, "type": "private", "first_name": f"U{user}"},
            "from": {"id": user, "is_bot": False, "first_name": f"U{user}"},
        },
    }


def replies(journals: list[Path]) -> list[dict]:
    out = []
    for journal in journals:
        if journal.exists():
            out += [
                json.loads(line)
                for line in journal.read_text(encoding="utf-8").splitlines()
                if line.strip()
            ]
    return out


def wait_for(journals: list[Path], count: int, chat_filter) -> list[dict]:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        got = [r for r in replies(journals) if chat_filter(r)]
        if len(got) >= count:
            return got
        time.sleep(0.1)
    return [r for r in replies(journals) if chat_filter(r)]


def test_two_webhook_instances_behind_one_address(tmp_path, db_url):
    ports = [free_port(), free_port()]
    procs = [start(tmp_path, db_url, port, f"bot{i}") for i, port in enumerate(ports)]
    journals = [journal for _, journal in procs]
    try:
        for (proc, _), port in zip(procs, ports, strict=False):
            wait_listening(port, proc)
        update_id = 0

        def send(user: int, text: str) -> int:
            nonlocal update_id
            update_id += 1
            # the balancer: round robin
            return post(ports[update_id % 2], message(update_id, user, text))

        # a forged call is refused
        assert post(ports[0], message(999, 1001, "/start"), secret="sai") == 403
        # the same server serves the desk; its API asks for Telegram's initData
        assert "Bảng theo dõi" in get(ports[1], "/app/")[1]
        assert get(ports[1], "/app/api/desk")[0] == 403
        for user in OFFICERS:
            assert send(user, "/dangky Sở Xây dựng") == 200
        wait_for(journals, len(OFFICERS), lambda r: r["chat_id"] == ADMIN)
        for user in OFFICERS:
            assert send(ADMIN, f"/duyet {user}") == 200
        wait_for(journals, 2 * len(OFFICERS), lambda r: r["chat_id"] in OFFICERS)
        statuses = ["đang làm", "kiểm thử", "xong"]
        # everyone updates 406-14 at once, through both
        with ThreadPoolExecutor(max_workers=8) as pool:
            codes = list(
                pool.map(
                    lambda i: send(
                        OFFICERS[i % len(OFFICERS)], f"/capnhat 406-14 {statuses[i % 3]}"
                    ),
                    range(UPDATES),
                )
            )
        assert codes == [200] * UPDATES
        got = wait_for(journals, 2 * len(OFFICERS) + UPDATES, lambda r: r["chat_id"] in OFFICERS)
    finally:
        for proc, _ in procs:
            proc.terminate()
        for proc, _ in procs:
            proc.join(timeout=30)
    per_chat = Counter(r["chat_id"] for r in got)
    # request, approval, 3 updates: once each
    assert all(per_chat[user] == 2 + 3 for user in OFFICERS), per_chat
    # the forged /start
    assert all(r["chat_id"] != 1001 or "Xin chào" not in (r["text"] or "") for r in got)
    assert all(replies([j]) for j in journals), "both instances answered"
    engine = make_engine(db_url)
    with make_sessions(engine)() as s:
        changes = list(s.scalars(select(StatusChange).order_by(StatusChange.id)))
    engine.dispose()
    # A status that already stands is not appended again ("đã ở trạng thái"), decided in the
    # write's transaction: every update either appended or said so.
    repeated = [r for r in got if "đã ở trạng thái" in (r["text"] or "")]
    assert len(changes) + len(repeated) == UPDATES
    previous = None
    for change in changes:  # a whole history: each change starts from the one before it
        assert change.old == previous and change.new != change.old
        previous = change.new
