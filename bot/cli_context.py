"""What the database commands share: the config, and the desk (usecases/desk.py) on the
database (migrated), with the province's catalogue and any imported assignment table applied,
exactly as the running bot would see it. The commands call the same use cases as the chat.
"""

from __future__ import annotations

import dataclasses
import sys

from bot.clock import Clock
from bot.config import DEFAULT_DATABASE, Config, load_config
from db.session import missing_file, shown
from usecases.desk import Desk

MEMORY = "sqlite://"


def open_desk(
    args, check_province: bool = True, writable: bool = False
) -> tuple[Config, Desk] | None:
    """None (after saying why on stderr) when the province is unknown. A database that cannot
    be used raises db.session.DatabaseUnavailable, one line (bot/cli.py prints it); `writable`:
    the command writes, so a read-only file is refused at once; a command that only reads
    refuses a SQLite file that does not exist (None, after one line), rather than create it."""
    config = load_config(args.config)
    slug = getattr(args, "province", None) or config.province  # as config.province_for
    database = args.db or config.database
    missing = None if writable else missing_file(database)
    if missing is not None:
        if args.db or database != DEFAULT_DATABASE:
            # a mistyped --db answered "nothing reported" from an empty database it created
            print(
                f"Không có cơ sở dữ liệu {shown(database)}: tệp {missing} không tồn tại "
                "(lệnh này chỉ đọc, không tạo cơ sở dữ liệu mới). Kiểm tra --db.",
                file=sys.stderr,
            )
            return None
        database = MEMORY  # the built-in default not made yet: an empty one, nothing written
    config = dataclasses.replace(config, province=slug, database=database)
    clock = Clock()
    if getattr(args, "at", None) is not None:
        # the use cases' one clock (`import --at`): what the command line writes on a demo's
        # database is dated by the demo's time, not among its versions by the machine's
        clock.set(args.at)
    desk = Desk.open(config, clock, writable=writable)
    catalogue = desk.catalogue
    if check_province and slug not in catalogue.provinces:
        print(
            f"Không có tỉnh {slug!r}. Các tỉnh: {', '.join(catalogue.provinces)}", file=sys.stderr
        )
        return None
    return config, desk
