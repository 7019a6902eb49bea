"""`python -m bot status [--db URL] --json`: every current status with its history."""

from __future__ import annotations

import json

from bot.cli_context import open_desk
from usecases.progress import all_statuses


def main(args) -> int:
    opened = open_desk(args, check_province=False)
    if opened is None:
        return 2
    _, desk = opened
    lines = desk.call(all_statuses)
    out = [
        {
            "key": item.current.key,
            "agency": item.current.agency,
            "status": item.current.new,
            "note": item.current.note,
            "by": item.current.by,
            "at": item.current.at.isoformat(),
            "behalf": item.current.behalf,  # who wrote it for the unit ("ghi thay"), or null
            "history": [c.to_json() for c in item.history],
        }
        for item in lines
    ]
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=None))
    else:
        for line in lines:
            c = line.current
            by = f"do {c.behalf} ghi thay" if c.behalf else c.by
            print(f"{c.key} — {c.agency}: {c.new.label} ({by}, {c.at.isoformat()})")
        if not out:
            print("Chưa có cập nhật nào.")
    return 0
