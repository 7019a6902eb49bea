"""A conversation script read for `demo` and `web --demo`: its lines, or one line on stderr and
exit 2 for a file that cannot be read (missing, a folder, not UTF-8), never a traceback."""

from __future__ import annotations

import re
import sys
from datetime import date, datetime
from pathlib import Path

from bot.clock import TZ as _TZ

_CLOCK = re.compile(r"^@\s*(\d{4}-\d{2}-\d{2})(?:[ T](\d{1,2}):(\d{2}))?\s*$")

MAX_SCRIPT_BYTES = 10 * 1024 * 1024  # a script is typed by hand; a larger file is another file


def script_lines(path: str) -> list[str] | None:
    """The script's lines, or None once the reason it cannot be read is printed."""
    try:
        file = Path(path)
        if file.is_dir():
            raise IsADirectoryError("là một thư mục")
        if file.stat().st_size > MAX_SCRIPT_BYTES:
            raise ValueError(f"lớn hơn {MAX_SCRIPT_BYTES // 1024 // 1024} MB")
        return file.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        why = "không có tệp này"
    except UnicodeDecodeError:
        why = "không phải văn bản UTF-8"
    except PermissionError:
        why = "không có quyền đọc"
    except (OSError, ValueError) as err:
        why = str(err.args[-1]) if err.args else type(err).__name__
    print(f"Không đọc được kịch bản {path}: {why}", file=sys.stderr)
    return None


def clock_moment(line: str) -> datetime | None:
    """The moment a clock line (`@ 2021-04-13 08:00`, `@ 2021-04-13 8:00`, `@ 2021-04-13`: 08:00)
    sets, in Asia/Ho_Chi_Minh; None for any other line, and for a day or hour that does not exist
    (the player then says the line is not valid)."""
    m = _CLOCK.match(line.strip())
    if not m:
        return None
    hour, minute = (int(m.group(2)), int(m.group(3))) if m.group(2) else (8, 0)
    try:
        day = datetime.fromisoformat(m.group(1))
        return day.replace(hour=hour, minute=minute, tzinfo=_TZ)
    except ValueError:
        return None


def start_moment(lines: list[str], today: date | None, plan_day: date) -> datetime:
    """Where the emulated clock stands when the bot starts. The start itself catches up the
    reminder ticks missed since the database's last one, so it must run on the script's time,
    never the machine's (a demo run in 2026 stored reminders for 2026 occurrences, delivered on
    the 2021 timeline): `--today` at 08:00; else a script's own first clock line when nothing
    happens before it (a second run on a database already in June does not start in April);
    else 08:00 on the plan's first day."""
    if today is not None:
        return datetime(today.year, today.month, today.day, 8, tzinfo=_TZ)
    for line in lines:
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        moment = clock_moment(stripped)
        if moment is not None:
            return moment
        break
    return datetime(plan_day.year, plan_day.month, plan_day.day, 8, tzinfo=_TZ)
