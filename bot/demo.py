"""`python -m bot demo`: the offline bot through the emulator — a script, or a console chat."""

from __future__ import annotations

import asyncio
import json
import sys
import tempfile
from datetime import date
from pathlib import Path

from bot.app import build_services
from bot.cli import CONSOLE_USER
from bot.config import province_for
from bot.emulator_files import files_beside
from bot.player import Player, ScriptError, public
from bot.script_file import script_lines, start_moment
from knowledge.calendar.deadlines import fmt_date
from knowledge.catalogue.loader import default_catalogue
from knowledge.catalogue.plan import plan_start
from knowledge.render.answers import to_plain
from usecases import reminders


def show(call: dict, as_json: bool) -> str | None:
    if as_json:
        return json.dumps(public(call), ensure_ascii=False)
    if call["method"] not in (
        "sendMessage",
        "editMessageText",
        "sendDocument",
        "sendPhoto",
        "answerInlineQuery",
    ):
        return None
    text = (
        to_plain(call.get("text") or "")
        if call["method"] != "answerInlineQuery"
        else call.get("text")
    )
    buttons = "".join(f"\n   [{' | '.join(row)}]" for row in call.get("buttons") or [])
    error = f"\n   !! bị từ chối: {call['error']}" if call.get("error") else ""
    file = f"\n   📎 {call['file']}" if call.get("file") else ""
    return f"bot → {call['chat_id']}: {text}{buttons}{file}{error}"


async def play(args) -> int:
    database = args.db or f"sqlite:///{Path(tempfile.mkdtemp(prefix='dvc-demo-')) / 'demo.db'}"
    catalogue = default_catalogue()
    args.province = province_for(args.province, args.config)  # --province, else the config's
    if args.province not in catalogue.provinces:
        print(
            f"Không có tỉnh {args.province!r}. Các tỉnh: {', '.join(catalogue.provinces)}",
            file=sys.stderr,
        )
        return 2
    lines = script_lines(args.script) if args.script else []
    if lines is None:
        return 2
    province = catalogue.province(args.province)
    start = start_moment(lines, args.today, plan_start(catalogue, province))
    admins = args.admin or [9000]
    files_dir = files_beside(database)
    player = Player(
        database, admins, province=args.province, files_dir=files_dir, daily_ticks=True
    )
    player.opened_from_database = bool(args.db)
    # the people's names a script gave on this database before, as Telegram keeps an account's
    # (ux32: "Do User 9000 ghi thay" in the runs after the one that named the coordinator)
    player.emulator.names.update(_names_kept(files_dir))
    if args.db:
        _warn_earlier(player, start.date())
    player.clock.set(start)  # before the start: its catch-up of missed reminders runs on it
    if args.script:  # "1001 < form.xlsx" in a script: the path is the script's neighbour
        player.base_dir = Path(args.script).resolve().parent
    await player.start()
    try:
        if args.script:
            # what the start sent first (the catch-up of reminders missed since the database's
            # last tick), as `! restart` shows what a restart sends
            for call in player.emulator.calls:
                out = show(call, args.json)
                if out:
                    print(out, flush=True)
            for number, line in enumerate(lines, start=1):
                try:
                    calls = await player.line(line)
                except ScriptError as err:
                    print(f"{args.script}:{number}: {err}", file=sys.stderr)
                    return 2
                if not args.json and line.strip() and not line.startswith("#"):
                    print(line)
                for call in calls:
                    out = show(call, args.json)
                    if out:
                        print(out, flush=True)
            return 0
        await player.line(f"@ {start.date().isoformat()} 08:00")  # the day's reminders
        chosen = "bạn chọn" if args.today else f"trong kế hoạch của tỉnh {province.name}"
        speaker = getattr(args, "speaker", None) or CONSOLE_USER
        print(
            f"Trò chuyện với bot của tỉnh {province.name}. Đồng hồ giả lập: 08:00 ngày "
            f"{fmt_date(start)} ({chosen}); đổi bằng một dòng như '@ {start.year}-05-12 08:00', "
            "hoặc chạy lại với --today YYYY-MM-DD.\n"
            f"{speaker_line(speaker, admins)} "
            f"'{speaker} < đường/dẫn/tệp.xlsx' để gửi một tệp, "
            "'! restart' để khởi động lại bot, Ctrl-D để thoát."
        )
        loop = asyncio.get_running_loop()
        while True:
            line = await loop.run_in_executor(None, sys.stdin.readline)
            if not line:
                return 0
            if not line.strip():
                continue
            if ">" not in line and "<" not in line and not line.startswith(("@", "!", "#")):
                line = f"{speaker} > {line}"
            try:
                for call in await player.line(line):
                    out = show(call, False)
                    if out:
                        print(out, flush=True)
            except ScriptError as err:
                print(f"!! {err}")
    finally:
        await player.stop()
        _keep_names(files_dir, player.emulator.names)


def _warn_earlier(player: Player, day: date) -> None:
    """One line when the clock starts before the last day the database ran on (ux38 #12: a
    script on 18/5 after a run to 21/5 went on without a word): what was written later stays,
    and the reminders already sent are not sent again."""
    desk = build_services(player.config, player.clock, player.assistant)
    try:
        last = desk.call(reminders.last_day)
    finally:
        desk.close()
    if last is not None and day < last:
        print(
            f"⚠️ Đồng hồ {fmt_date(day)} sớm hơn ngày cuối của cơ sở dữ liệu ({fmt_date(last)}): "
            "những gì đã ghi sau ngày đó vẫn còn, nhắc hạn đã gửi không gửi lại.",
            file=sys.stderr,
        )


NAMES_FILE = "names.json"  # beside the files the bot sent, in the database's own folder


def _names_kept(files_dir: Path) -> dict[int, str]:
    try:
        found = json.loads((files_dir / NAMES_FILE).read_text(encoding="utf-8"))
        return {int(k): str(v) for k, v in found.items()}
    except (OSError, ValueError, AttributeError):
        return {}  # none kept yet, or unreadable: the emulator's "User <id>" as before


def _keep_names(files_dir: Path, names: dict[int, str]) -> None:
    if not names or names == _names_kept(files_dir):
        return
    try:
        files_dir.mkdir(parents=True, exist_ok=True)
        text = json.dumps({str(k): v for k, v in names.items()}, ensure_ascii=False)
        (files_dir / NAMES_FILE).write_text(text, encoding="utf-8")
    except OSError:
        pass  # a folder that takes no file: the names are given again next time


def speaker_line(speaker: int, admins: list[int]) -> str:
    """Who the console's lines speak as, said first (ux24: `demo --admin 9000` spoke as 1001,
    and the coordinator's first /nopbai tinh was refused without a word of why)."""
    if speaker in admins:
        other = next((a for a in (CONSOLE_USER, 1002) if a not in admins), CONSOLE_USER)
        return (
            f"Bạn là người dùng {speaker}, quản trị viên (--as); gõ '{other} > /dangky Sở Y tế' "
            "để nói thay người khác,"
        )
    admin = admins[0]
    return (
        f"Bạn là người dùng {speaker}, chưa là quản trị viên (quản trị viên là "
        f"{', '.join(map(str, admins))}: chạy lại với --as {admin}, hoặc gõ '{admin} > "
        f"/duyet {speaker}' để nói thay),"
    )


def main(args) -> int:
    return asyncio.run(play(args))
