"""The command line: `python -m bot ask|demo|run|web|status|reminders|export|import|letter ...`."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any, NoReturn

from bot.clock import TZ

# who speaks the demo console's lines typed without "<id> >" unless --as names another
CONSOLE_USER = 1001


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"ngày không hợp lệ: {text!r} (dùng YYYY-MM-DD)"
        ) from None


# argparse's own complaints, said in Vietnamese (its wording, Python 3.11–3.13)
_COMPLAINTS = [
    (re.compile(r"the following arguments are required: (.+)"), r"thiếu \1"),
    (re.compile(r"unrecognized arguments: (.+)"), r"không nhận ra \1"),
    (
        re.compile(r"argument (\S+): invalid choice: (.+?) \(choose from (.+)\)"),
        r"\1: không có \2 (chọn một trong: \3)",
    ),
    (re.compile(r"argument (\S+): invalid \S+ value: (.+)"), r"\1: giá trị không hợp lệ \2"),
    (re.compile(r"argument (\S+): expected one argument"), r"\1 cần một giá trị"),
    (re.compile(r"argument (\S+): not allowed with argument (\S+)"), r"\1 không dùng cùng \2"),
    (re.compile(r"argument (\S+): (.+)"), r"\1: \2"),
]


def _moment(text: str) -> datetime:
    """A local time as the demo's clock lines write it ("2021-04-14 08:30")."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"thời điểm không hợp lệ: {text!r} (dùng YYYY-MM-DD HH:MM)"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=TZ)


# What the options most commands share mean, said once for -h.
_SHARED_HELP = {
    "--db": "CSDL (đường dẫn SQLite hoặc URL); mặc định: theo cấu hình",
    "--config": "tệp cấu hình (mặc định: config.toml, rồi biến môi trường; xem README)",
    "--province": "tỉnh (tuyen-quang, khanh-hoa, …)",
    "--json": "in JSON thay cho văn bản",
    "--today": "coi hôm nay là ngày này (YYYY-MM-DD)",
    "--admin": "mã người dùng Telegram của quản trị viên (lặp lại được)",
    "--script": "kịch bản hội thoại chạy trước",
    "--batch": "đọc câu hỏi từ stdin, mỗi dòng một câu",
    "--out": "tệp .xlsx sẽ ghi",
    "--port": "cổng HTTP",
    "--as": "xem với tư cách người dùng này (mã Telegram)",
    "--name": "tên bảng (mặc định: tên tệp)",
    "--decision": "bảng thuộc quyết định 406 hay 411",
    "--from": "từ ngày (YYYY-MM-DD)",
    "--to": "đến ngày (YYYY-MM-DD)",
    "question": "câu hỏi, trong ngoặc kép",
    "file": "tệp cần đọc",
    "kind": "loại báo cáo",
}


class _Formatter(argparse.HelpFormatter):
    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, "Cách dùng: " if prefix is None else prefix)


class Parser(argparse.ArgumentParser):
    """A command-line mistake is one Vietnamese line on stderr and exit 2, not argparse's usage
    block in English (the guide: a tool exits 2 with one line on stderr); -h is in Vietnamese
    too (argparse's headings and its own -h line)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "đối số"
        self._optionals.title = "tùy chọn"
        self.add_argument("-h", "--help", action="help", help="in hướng dẫn này rồi thoát")

    def add_argument(self, *names: Any, **kwargs: Any) -> argparse.Action:
        if "help" not in kwargs and names and names[0] in _SHARED_HELP:
            kwargs["help"] = _SHARED_HELP[names[0]]
        return super().add_argument(*names, **kwargs)

    def error(self, message: str) -> NoReturn:
        for pattern, said in _COMPLAINTS:
            if pattern.fullmatch(message):
                message = pattern.sub(said, message)
                break
        self.exit(2, f"{self.prog}: {message}. Xem: {self.prog} -h\n")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="python -m bot", description="Trợ lý hạn DVCTT theo QĐ 406/411")
    sub = parser.add_subparsers(dest="command", required=True, metavar="lệnh")

    ask = sub.add_parser("ask", help="trả lời một câu hỏi (hoặc --batch: mỗi dòng một câu)")
    ask.add_argument("question", nargs="?", default=None)
    ask.add_argument("--json", action="store_true")
    ask.add_argument("--today", type=_date, default=None)
    ask.add_argument("--province", default=None)
    ask.add_argument("--batch", action="store_true")
    ask.add_argument(
        "--agency", default=None, help="hỏi với tư cách cán bộ của cơ quan này (“bên em”)"
    )
    ask.add_argument("--db", default=None, help="trả lời tiến độ theo trạng thái trong CSDL này")
    ask.add_argument("--config", default=None)

    demo = sub.add_parser("demo", help="trò chuyện với bot qua trình giả lập, không cần token")
    demo.add_argument("--script", default=None)
    demo.add_argument("--admin", type=int, action="append", default=[])
    demo.add_argument("--db", default=None)
    demo.add_argument("--json", action="store_true")
    demo.add_argument("--config", default=None)
    demo.add_argument(
        "--today", type=_date, default=None, help="ngày bắt đầu (mặc định: trong kế hoạch)"
    )
    demo.add_argument("--province", default=None)
    demo.add_argument(
        "--as",
        dest="speaker",
        type=int,
        default=CONSOLE_USER,
        help=f"người nói các dòng gõ không có '<id> >' (mặc định {CONSOLE_USER})",
    )

    run = sub.add_parser("run", help="chạy bot trên Telegram")
    run.add_argument("--config", default=None)
    run.add_argument(
        "--emulator",
        metavar="JOURNAL",
        default=None,
        help="dùng trình giả lập Bot API thay cho Telegram, ghi tin đã gửi vào JOURNAL "
        "(để kiểm thử)",
    )

    web = sub.add_parser("web", help="bảng theo dõi trên web (Mini App); --demo: chạy thử")
    web.add_argument("--demo", action="store_true", help="qua trình giả lập, không cần Telegram")
    web.add_argument("--as", dest="user", type=int, required=True, metavar="USER_ID")
    web.add_argument("--port", type=int, default=8080)
    web.add_argument("--db", default=None)
    web.add_argument("--today", type=_date, default=None)
    web.add_argument("--admin", type=int, action="append", default=[])
    web.add_argument("--script", default=None, help="kịch bản chạy trước (như bot demo)")
    web.add_argument("--province", default=None)

    status = sub.add_parser("status", help="trạng thái hiện tại của mọi mục")
    status.add_argument("--db", default=None)
    status.add_argument("--json", action="store_true")
    status.add_argument("--config", default=None)

    reminders = sub.add_parser("reminders", help="nhắc hạn")
    rsub = reminders.add_subparsers(dest="action", required=True, metavar="lệnh")
    plan = rsub.add_parser("plan", help="kế hoạch nhắc hạn trong một khoảng ngày")
    plan.add_argument("--from", type=_date, required=True)
    plan.add_argument("--to", type=_date, required=True)
    plan.add_argument("--json", action="store_true")
    plan.add_argument("--db", default=None)
    plan.add_argument("--province", default=None)
    plan.add_argument("--config", default=None)

    export = sub.add_parser("export", help="xuất báo cáo .xlsx")
    export.add_argument("kind", choices=["bieu02", "tiendo", "phuluc4"])
    export.add_argument("--out", required=True)
    export.add_argument("--agency", default=None, help="chỉ mục của cơ quan này")
    export.add_argument("--db", default=None)
    export.add_argument("--province", default=None)
    export.add_argument("--today", type=_date, default=None)
    export.add_argument("--config", default=None)

    load = sub.add_parser(
        "import", help="xem khác biệt của bảng phân công (csv/xlsx) với bảng đang dùng; áp dụng"
    )
    load.add_argument("file", nargs="?", default=None)
    load.add_argument("--apply", action="store_true", help="dùng bảng này (một phiên bản mới)")
    load.add_argument("--replace", action="store_true", help="cho phép bỏ các mục bảng mới thiếu")
    load.add_argument(
        "--merge",
        action="store_true",
        help="chỉ đổi các mục có trong tệp, giữ nguyên các mục khác của bảng đang dùng",
    )
    load.add_argument("--history", action="store_true", help="các phiên bản đã dùng")
    load.add_argument(
        "--at",
        type=_moment,
        default=None,
        metavar="THỜI_ĐIỂM",
        help="ghi phiên bản vào thời điểm này (YYYY-MM-DD HH:MM, giờ Việt Nam): đồng hồ của "
        "bản demo, để các phiên bản ghi trong trò chuyện và ở dòng lệnh theo một đồng hồ",
    )
    load.add_argument(
        "--rollback", type=int, default=None, metavar="N", help="dùng lại phiên bản N"
    )
    load.add_argument("--province", default=None)
    load.add_argument("--name", default=None)
    load.add_argument("--decision", choices=["406", "411"], default=None)
    load.add_argument("--db", default=None)
    load.add_argument("--config", default=None)

    letter = sub.add_parser("letter", help="đọc một công văn (.docx, .pdf, .txt) thành nhiệm vụ")
    letter.add_argument("file", nargs="?", default=None)
    letter.add_argument("--province", default=None)
    letter.add_argument("--json", action="store_true")
    letter.add_argument("--today", type=_date, default=None)  # a letter dated after it: 🔎
    letter.add_argument(
        "--publish", action="store_true", help="công bố: theo dõi các nhiệm vụ (phiên bản mới)"
    )
    letter.add_argument("--history", action="store_true", help="các phiên bản công văn đã công bố")
    letter.add_argument(
        "--rollback", type=int, default=None, metavar="N", help="dùng lại phiên bản N"
    )
    letter.add_argument(
        "--withdraw", type=int, default=None, metavar="ID", help="thu hồi công văn số ID"
    )
    letter.add_argument("--db", default=None)
    letter.add_argument("--config", default=None)
    return parser


def main(argv: list[str] | None = None) -> int:
    from bot.config_error import ConfigError
    from db.unavailable import DatabaseUnavailable

    args = build_parser().parse_args(argv)
    try:
        return dispatch(args)
    except ConfigError as exc:
        for line in str(exc).splitlines():
            print(f"Cấu hình sai: {line}", file=sys.stderr)
        return 2
    except DatabaseUnavailable as exc:
        print(str(exc), file=sys.stderr)
        return 2


def dispatch(args) -> int:
    if args.command == "ask":
        from bot.ask_cli import main as ask_main

        return ask_main(args)
    if args.command == "demo":
        from bot.demo import main as demo_main

        return demo_main(args)
    if args.command == "run":
        from bot.run import main as run_main

        return run_main(args)
    if args.command == "web":
        from bot.web_demo import main as web_main

        return web_main(args)
    if args.command == "status":
        from bot.status import main as status_main

        return status_main(args)
    if args.command == "export":
        from bot.export_cli import main as export_main

        return export_main(args)
    if args.command == "import":
        from bot.import_cli import main as import_main

        return import_main(args)
    if args.command == "letter":
        from bot.letter_cli import main as letter_main

        return letter_main(args)
    if args.command == "reminders":
        from bot.plan_cli import main as plan_main

        return plan_main(args)
    return 2
