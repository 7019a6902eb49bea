"""`python -m bot web --demo --as USER_ID`: the web desk without Telegram.

The real Application runs against the Bot API emulator (as `bot demo` does, on its database, a
script played first if given), the desk is served on a local port, and the command prints a URL
whose fragment carries initData signed locally with the emulator's token for that user, as
Telegram would sign it: open it in a browser. Tests serve the desk the same way (DeskServer).
"""

from __future__ import annotations

import asyncio
import signal
import sys
import tempfile
from pathlib import Path
from urllib.parse import quote

from bot.app import EMULATOR_TOKEN
from bot.config import province_for
from bot.emulator_files import files_beside
from bot.player import Player, ScriptError
from bot.script_file import script_lines, start_moment
from bot.server import bind, desk_for, server_for
from knowledge.calendar.deadlines import fmt_date
from knowledge.catalogue.loader import default_catalogue
from knowledge.catalogue.plan import plan_start
from usecases.desk_views import enter, known_name
from usecases.results import Refusal
from web.app import site
from web.initdata import sign


class DeskServer:
    """The desk of a player's Application, served on a real local port."""

    def __init__(self, player: Player, host: str = "127.0.0.1", port: int = 0):
        assert player.app is not None, "start the player first"
        self.player = player
        self.desk = desk_for(player.app, player.config)
        self.server = server_for(site(self.desk))
        self.sock = bind(host, port)
        self.host, self.port = host, self.sock.getsockname()[1]
        self.task: asyncio.Task | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/app/"

    def init_data(self, user_id: int, name: str = "") -> str:
        token = self.player.config.token or EMULATOR_TOKEN
        return sign(user_id, token, self.player.clock.now(), name)

    def link(self, user_id: int, name: str = "") -> str:
        """The page's address as Telegram opens it: initData in the fragment."""
        return f"{self.url}#tgWebAppData={quote(self.init_data(user_id, name))}"

    async def start(self) -> DeskServer:
        self.task = asyncio.create_task(self.server.serve(sockets=[self.sock]))
        while not self.server.started:
            if self.task.done():
                self.task.result()  # raises what stopped it
            await asyncio.sleep(0.01)
        return self

    async def stop(self) -> None:
        self.server.should_exit = True
        if self.task is not None:
            await self.task
        self.sock.close()


def stop_signals() -> list[signal.Signals]:
    """SIGTERM (a service manager, `kill`) and SIGINT (Ctrl-C) stop the desk cleanly; SIGINT
    only when the process was not started with it ignored, as a shell's background job is (it
    is then not meant for this process)."""
    found = [signal.SIGTERM]
    if signal.getsignal(signal.SIGINT) is not signal.SIG_IGN:
        found.append(signal.SIGINT)
    return found


async def run(args) -> int:
    catalogue = default_catalogue()
    args.province = province_for(args.province)  # --province, else the config's
    if args.province not in catalogue.provinces:
        known = ", ".join(catalogue.provinces)
        print(f"Không có tỉnh {args.province!r}. Các tỉnh: {known}", file=sys.stderr)
        return 2
    lines = script_lines(args.script) if args.script else []
    if lines is None:
        return 2
    database = args.db or f"sqlite:///{Path(tempfile.mkdtemp(prefix='dvc-web-')) / 'web.db'}"
    plan_day = plan_start(catalogue, catalogue.province(args.province))
    start = start_moment([], args.today, plan_day)
    player = Player(
        database,
        args.admin or [9000],
        province=args.province,
        files_dir=files_beside(database),
        daily_ticks=True,
    )
    player.clock.set(start)  # before the start: its catch-up of missed reminders runs on it
    # heard from the start: a stop while the bot starts or plays the script ends it once ready
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in stop_signals():
        loop.add_signal_handler(sig, stopping.set)
    await player.start()
    try:
        await player.line(f"@ {start.date().isoformat()} 08:00")  # the day's reminders
        if args.script:
            for number, line in enumerate(lines, start=1):
                try:
                    await player.line(line)
                except ScriptError as err:
                    print(f"{args.script}:{number}: {err}", file=sys.stderr)
                    return 2
        try:
            desk = await DeskServer(player, "127.0.0.1", args.port).start()
        except OSError as err:
            print(f"Không mở được cổng {args.port}: {err}", file=sys.stderr)
            return 2
        assert player.app is not None
        services = player.app.bot_data["services"]
        # the name the bot holds for that user (an officer's, the one an admin signed with in
        # the chat), so the desk's writes are signed as the chat's are, not "Người dùng 9000"
        name = await services.run(known_name, args.user)
        who = await services.run(enter, args.user, name)
        if isinstance(who, Refusal):
            role = "chưa là cán bộ được duyệt"
        else:
            role = "quản trị viên" if who.is_admin else who.agency or ""
        print(
            f"Bảng theo dõi (người dùng {args.user}: {role}; ngày giả lập "
            f"{fmt_date(player.clock.today())}). Mở trong trình duyệt:\n"
            f"{desk.link(args.user, name)}\n"
            "Ctrl-C để dừng.",
            flush=True,
        )
        try:
            await stopping.wait()
        finally:
            await desk.stop()
    finally:
        await player.stop()  # the Application shut down, its database let go (post_shutdown)
        for sig in stop_signals():
            loop.remove_signal_handler(sig)
    print("Đã dừng bảng theo dõi.", flush=True)
    return 0


def main(args) -> int:
    if not args.demo:
        print(
            "Bảng theo dõi chạy cùng bot: python -m bot run (xem README). "
            "Chạy thử không cần Telegram: python -m bot web --demo --as <user id>",
            file=sys.stderr,
        )
        return 2
    try:
        return asyncio.run(run(args))
    except KeyboardInterrupt:
        return 0
