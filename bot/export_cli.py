"""`python -m bot export bieu02|tiendo|phuluc4 --out FILE [--agency NAME] [--db URL]`: a form as
.xlsx, built by the same use case as /baocao's buttons.
"""

from __future__ import annotations

import sys
from pathlib import Path

from bot.cli_context import open_desk
from bot.clock import today_local
from usecases.reports import build_report


def refused_out(out: Path) -> str | None:
    """Why the output path is refused: a folder that does not exist (it was made), a name not
    ending .xlsx (an xlsx was written under it)."""
    if out.suffix.lower() != ".xlsx":
        return f"Tệp ra {out} phải có đuôi .xlsx (bot ghi bảng tính .xlsx)."
    if not out.parent.is_dir():
        return f"Không có thư mục {out.parent}: tạo thư mục trước, hoặc chọn --out khác."
    return None


def main(args) -> int:
    out = Path(args.out)
    refused = refused_out(out)
    if refused:
        print(refused, file=sys.stderr)
        return 2
    opened = open_desk(args)
    if opened is None:
        return 2
    _, desk = opened
    agency = None
    if args.agency:
        agency = desk.assistant.agencies.resolve(args.agency)
        if agency is None:
            print(f"Không nhận ra cơ quan {args.agency!r}.", file=sys.stderr)
            return 2
    made = desk.call(build_report, args.kind, agency, args.today or today_local())
    out.write_bytes(made.content)
    print(f"Đã ghi {out} ({made.rows} dòng).")
    return 0
