"""`python -m bot export bieu02|tiendo|phuluc4 --out FILE [--agency NAME] [--db URL]`: a form as
.xlsx, built by the same use case as /baocao's buttons.
"""

from __future__ import annotations

import sys
from pathlib import Path

from bot.cli_context import open_desk
from bot.clock import today_local
from usecases.reports import build_report


def main(args) -> int:
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
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(made.content)
    print(f"Đã ghi {out} ({made.rows} dòng).")
    return 0
