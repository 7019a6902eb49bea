"""A conversation script read for `demo` and `web --demo`: its lines, or one line on stderr and
exit 2 for a file that cannot be read (missing, a folder, not UTF-8), never a traceback."""

from __future__ import annotations

import sys
from pathlib import Path

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
